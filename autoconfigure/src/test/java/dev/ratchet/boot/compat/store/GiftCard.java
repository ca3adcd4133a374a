package dev.ratchet.boot.compat.store;

import java.math.BigDecimal;

import jakarta.persistence.Entity;

/**
 * A gift card payment, new in release 2 with its own table.
 */
@Entity
public class GiftCard extends Payment {

	private String code;

	protected GiftCard() {
	}

	public GiftCard(Long id, BigDecimal amount, String code) {
		super(id, amount);
		this.code = code;
	}

	public String getCode() {
		return this.code;
	}

}
