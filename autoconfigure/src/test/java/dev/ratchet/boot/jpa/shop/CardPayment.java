package dev.ratchet.boot.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/**
 * A payment by card, in the payment table.
 */
@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {

	@Column(length = 19)
	private String cardNumber;

}
