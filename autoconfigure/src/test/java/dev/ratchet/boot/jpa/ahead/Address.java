package dev.ratchet.boot.jpa.ahead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A postal address. Release 2 added {@code postcode}.
 */
@Embeddable
public class Address {

	private String street;

	@Column(length = 12)
	private String postcode;

}
