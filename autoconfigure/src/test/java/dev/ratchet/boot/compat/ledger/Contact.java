package dev.ratchet.boot.compat.ledger;

import jakarta.persistence.Embeddable;

/**
 * How to reach an account holder.
 */
@Embeddable
public class Contact {

	private String email;

	private String phone;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

}
