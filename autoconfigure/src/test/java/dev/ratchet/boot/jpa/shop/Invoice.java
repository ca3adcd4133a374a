package dev.ratchet.boot.jpa.shop;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * An invoice, in a table of its own with the document's columns repeated.
 */
@Entity
public class Invoice extends Document {

	@Column(precision = 10, scale = 2)
	private BigDecimal total;

}
