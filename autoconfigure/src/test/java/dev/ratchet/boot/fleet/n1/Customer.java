package dev.ratchet.boot.fleet.n1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Release N+1's customer: it no longer maps the phone column.
 */
@Entity
public class Customer {

	@Id
	private Long id;

	@Column(length = 100)
	private String name;

}
