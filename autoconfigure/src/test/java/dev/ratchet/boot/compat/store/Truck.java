package dev.ratchet.boot.compat.store;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/**
 * A truck; release 2 added {@code payload}.
 */
@Entity
@DiscriminatorValue("truck")
public class Truck extends Vehicle {

	private Integer payload;

	protected Truck() {
	}

	public Truck(Long id, String name) {
		super(id, name);
	}

	public Integer getPayload() {
		return this.payload;
	}

	public void setPayload(Integer payload) {
		this.payload = payload;
	}

}
