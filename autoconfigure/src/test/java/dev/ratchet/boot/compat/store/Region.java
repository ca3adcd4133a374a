package dev.ratchet.boot.compat.store;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Region {

	@Id
	private Long id;

	private String name;

	protected Region() {
	}

	public Region(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

}
