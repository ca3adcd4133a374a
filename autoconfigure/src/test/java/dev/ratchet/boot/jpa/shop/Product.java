package dev.ratchet.boot.jpa.shop;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/**
 * A product, mapped with the default table name.
 */
@Entity
public class Product {

	@Id
	@GeneratedValue
	private Long id;

	@Column(length = 80, nullable = false)
	private String title;

	@Column(precision = 10, scale = 2)
	private BigDecimal unitPrice;

}
