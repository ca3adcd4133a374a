package dev.ratchet.boot.compat.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A ledger, whose table does not exist yet in the tests.
 */
@Entity
@Table(name = "ledger")
public class Ledger {

	@Id
	private Long id;

	@Version
	private long version;

	private String title;

	protected Ledger() {
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

}
