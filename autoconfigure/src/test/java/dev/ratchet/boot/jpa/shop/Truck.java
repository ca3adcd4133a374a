package dev.ratchet.boot.jpa.shop;

import jakarta.persistence.Entity;

/**
 * A truck, in a table of its own joined to the vehicle table.
 */
@Entity
public class Truck extends Vehicle {

	private int payloadKg;

}
