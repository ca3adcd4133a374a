package dev.ratchet.boot.jpa.ahead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A payment by card, in release 1 already.
 */
@Entity
@Table(name = "card_payment")
public class CardPayment extends Payment {

	@Column(length = 19)
	private String cardNumber;

}
