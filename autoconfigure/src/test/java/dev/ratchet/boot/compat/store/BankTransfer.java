package dev.ratchet.boot.compat.store;

import java.math.BigDecimal;

import jakarta.persistence.Entity;

/**
 * A bank transfer; release 2 added {@code iban}.
 */
@Entity
public class BankTransfer extends Payment {

	private String reference;

	private String iban;

	protected BankTransfer() {
	}

	public BankTransfer(Long id, BigDecimal amount, String reference) {
		super(id, amount);
		this.reference = reference;
	}

	public String getReference() {
		return this.reference;
	}

	public String getIban() {
		return this.iban;
	}

	public void setIban(String iban) {
		this.iban = iban;
	}

}
