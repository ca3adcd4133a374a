package dev.ratchet.drift;

/**
 * The ways the database can disagree with the entities or the changelog.
 */
public enum DriftKind {

	/** An entity's table is not in the database. */
	MISSING_TABLE("missing-table"),

	/** A mapped column is not in the database. */
	MISSING_COLUMN("missing-column"),

	/** A column's type is not the one the entity maps. */
	TYPE_MISMATCH("type-mismatch"),

	/** A column is shorter (or less precise) than the entity maps. */
	LENGTH_MISMATCH("length-mismatch"),

	/** A column's nullability is not the one the entity maps. */
	NULLABLE_MISMATCH("nullable-mismatch"),

	/** A NOT NULL column without default that no entity writes: inserts fail. */
	UNMAPPED_REQUIRED_COLUMN("unmapped-required-column"),

	/** A column no entity maps, normal under additive migrations. */
	EXTRA_COLUMN("extra-column"),

	/** A table no entity maps, normal under additive migrations. */
	EXTRA_TABLE("extra-table"),

	/** An applied changeset edited afterwards. */
	CHECKSUM_MISMATCH("checksum-mismatch"),

	/** A changeset applied in the database but absent from the changelog. */
	UNEXPECTED_CHANGESET("unexpected-changeset");

	private final String id;

	DriftKind(String id) {
		this.id = id;
	}

	/**
	 * Returns the kind as the endpoint and the meters spell it.
	 * @return the id, such as {@code missing-column}
	 */
	public String id() {
		return this.id;
	}

	@Override
	public String toString() {
		return this.id;
	}

}
