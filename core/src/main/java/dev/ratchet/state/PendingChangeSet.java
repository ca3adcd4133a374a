package dev.ratchet.state;

import java.util.List;

/**
 * A changeset waiting to run.
 *
 * @param changeSet the changeset, {@code file::id::author}
 * @param changeTypes the Liquibase change types it holds, such as {@code addColumn}
 */
public record PendingChangeSet(String changeSet, List<String> changeTypes) {

	/**
	 * Creates a new instance.
	 */
	public PendingChangeSet {
		changeTypes = List.copyOf(changeTypes);
	}

}
