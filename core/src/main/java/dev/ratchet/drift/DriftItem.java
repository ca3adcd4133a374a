package dev.ratchet.drift;

/**
 * One way the database disagrees with the entities or the changelog.
 *
 * @param kind the kind
 * @param severity the severity
 * @param table the table, or {@code null}
 * @param column the column, or {@code null}
 * @param entity the entity, or {@code null}
 * @param changeSet the changeset, {@code file::id::author}, for changelog drift; otherwise {@code null}
 * @param expected what the entities or the changelog expect, or {@code null}
 * @param actual what the database has, or {@code null}
 */
public record DriftItem(DriftKind kind, DriftSeverity severity, String table, String column, String entity, String changeSet,
		String expected, String actual) {

	/**
	 * Returns drift for an applied changeset that was edited afterwards.
	 * @param changeSet the changeset
	 * @param stored the checksum stored when it ran
	 * @param current the checksum it has now
	 * @return the drift item
	 */
	public static DriftItem checksumMismatch(String changeSet, String stored, String current) {
		return new DriftItem(DriftKind.CHECKSUM_MISMATCH, DriftSeverity.ERROR, null, null, null, changeSet, current, stored);
	}

	/**
	 * Returns drift for a changeset applied in the database but absent from the changelog.
	 * @param changeSet the changeset
	 * @return the drift item
	 */
	public static DriftItem unexpectedChangeSet(String changeSet) {
		return new DriftItem(DriftKind.UNEXPECTED_CHANGESET, DriftSeverity.ERROR, null, null, null, changeSet, null, "applied");
	}

	/**
	 * Returns whether this drift has severity error.
	 * @return whether it is an error
	 */
	public boolean isError() {
		return this.severity == DriftSeverity.ERROR;
	}

}
