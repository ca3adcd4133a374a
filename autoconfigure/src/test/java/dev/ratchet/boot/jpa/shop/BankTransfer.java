package dev.ratchet.boot.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/**
 * A payment by bank transfer, in the payment table.
 */
@Entity
@DiscriminatorValue("BANK")
public class BankTransfer extends Payment {

	@Column(length = 34)
	private String iban;

}
