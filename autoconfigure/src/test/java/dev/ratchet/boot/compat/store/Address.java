package dev.ratchet.boot.compat.store;

import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

	private String city;

	private String postcode;

	protected Address() {
	}

	public Address(String city, String postcode) {
		this.city = city;
		this.postcode = postcode;
	}

	public String getCity() {
		return this.city;
	}

	public String getPostcode() {
		return this.postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = postcode;
	}

}
