package dev.ratchet.boot.compat.store;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("car")
public class Car extends Vehicle {

	protected Car() {
	}

	public Car(Long id, String name) {
		super(id, name);
	}

}
