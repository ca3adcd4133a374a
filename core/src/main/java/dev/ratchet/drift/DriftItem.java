package dev.ratchet.drift;

/**
 * One way the database disagrees with the entities or the changelog.
 *
 * @param kind the kind, such as {@code missing-column} or {@code checksum-mismatch}
 * @param severity {@code error}, {@code warn} or {@code info}
 * @param table the table, or {@code null}
 * @param column the column, or {@code null}
 * @param entity the entity, or {@code null}
 * @param changeSet the changeset, {@code file::id::author}, for changelog drift; otherwise {@code null}
 * @param expected what the entities or the changelog expect, or {@code null}
 * @param actual what the database has, or {@code null}
 */
public record DriftItem(String kind, String severity, String table, String column, String entity, String changeSet,
		String expected, String actual) {

	/** The severity of drift that breaks inserts or queries. */
	public static final String ERROR = "error";

	/** The severity of drift that may break code. */
	public static final String WARN = "warn";

	/** The severity of drift that is normal under additive-only migrations. */
	public static final String INFO = "info";

	/**
	 * Returns drift for an applied changeset that was edited afterwards.
	 * @param changeSet the changeset
	 * @param stored the checksum stored when it ran
	 * @param current the checksum it has now
	 * @return the drift item
	 */
	public static DriftItem checksumMismatch(String changeSet, String stored, String current) {
		return new DriftItem("checksum-mismatch", ERROR, null, null, null, changeSet, current, stored);
	}

	/**
	 * Returns drift for a changeset applied in the database but absent from the changelog.
	 * @param changeSet the changeset
	 * @return the drift item
	 */
	public static DriftItem unexpectedChangeSet(String changeSet) {
		return new DriftItem("unexpected-changeset", ERROR, null, null, null, changeSet, null, "applied");
	}

	/**
	 * Returns whether this drift has severity error.
	 * @return whether it is an error
	 */
	public boolean isError() {
		return ERROR.equals(this.severity);
	}

}
