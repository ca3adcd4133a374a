package dev.ratchet.boot.jpa.shop;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/**
 * A payment, the root of a single-table hierarchy.
 */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public abstract class Payment {

	@Id
	@GeneratedValue
	private Long id;

	@Column(precision = 10, scale = 2, nullable = false)
	private BigDecimal amount;

}
