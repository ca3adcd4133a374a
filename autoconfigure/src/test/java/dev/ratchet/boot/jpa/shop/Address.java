package dev.ratchet.boot.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A postal address, embedded in the owner's table.
 */
@Embeddable
public class Address {

	@Column(length = 100)
	private String street;

	private String city;

	@Column(length = 10)
	private String postalCode;

}
