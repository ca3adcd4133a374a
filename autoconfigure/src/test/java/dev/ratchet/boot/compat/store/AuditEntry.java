package dev.ratchet.boot.compat.store;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An audit entry, new in release 2 with its own table.
 */
@Entity
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String message;

	protected AuditEntry() {
	}

	public AuditEntry(String message) {
		this.message = message;
	}

	public Long getId() {
		return this.id;
	}

	public String getMessage() {
		return this.message;
	}

}
