package dev.ratchet.boot.fleet.n;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Release N's customer: it maps the phone column.
 */
@Entity
public class Customer {

	@Id
	private Long id;

	@Column(length = 100)
	private String name;

	@Column(length = 40)
	private String phone;

}
