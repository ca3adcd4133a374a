package dev.ratchet.boot.jpa.ahead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A payment from a wallet: a joined subclass new in release 2.
 */
@Entity
@Table(name = "wallet_payment")
public class WalletPayment extends Payment {

	@Column(length = 60)
	private String wallet;

}
