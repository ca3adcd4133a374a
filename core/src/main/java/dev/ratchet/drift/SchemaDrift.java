package dev.ratchet.drift;

/**
 * Creates the drift items of the schema kinds, one method per kind.
 */
final class SchemaDrift {

	private static final String NULLABLE = "nullable";

	private static final String NOT_NULL = "not null";

	private SchemaDrift() {
	}

	static DriftItem missingTable(MergedTable table) {
		return new DriftItem(DriftKind.MISSING_TABLE, DriftSeverity.ERROR, table.name(), null, table.entity(), null, null, null);
	}

	static DriftItem missingColumn(String table, MergedColumn column) {
		ColumnMapping mapping = column.first();
		return new DriftItem(DriftKind.MISSING_COLUMN, DriftSeverity.ERROR, table, column.name(), mapping.entity(), null,
				mapping.expectedType(), null);
	}

	static DriftItem typeMismatch(String table, MergedColumn column, ColumnMapping mapping, LiveColumn live) {
		return new DriftItem(DriftKind.TYPE_MISMATCH, DriftSeverity.ERROR, table, column.name(), mapping.entity(), null,
				mapping.expectedType(), TypeName.describe(live));
	}

	static DriftItem lengthMismatch(String table, MergedColumn column, ColumnMapping mapping, LiveColumn live) {
		return new DriftItem(DriftKind.LENGTH_MISMATCH, DriftSeverity.ERROR, table, column.name(), mapping.entity(), null,
				mapping.expectedType(), TypeName.describe(live));
	}

	/**
	 * The entity may leave the column null, but the database requires a value and has no
	 * default: inserts that leave it null fail.
	 */
	static DriftItem nullableRequired(String table, MergedColumn column, ColumnMapping mapping) {
		return new DriftItem(DriftKind.NULLABLE_MISMATCH, DriftSeverity.ERROR, table, column.name(), mapping.entity(), null,
				NULLABLE, NOT_NULL);
	}

	/**
	 * The entity requires a value, but the database accepts NULL: rows written by others
	 * may break the entity.
	 */
	static DriftItem nullableOptional(String table, MergedColumn column) {
		return new DriftItem(DriftKind.NULLABLE_MISMATCH, DriftSeverity.WARN, table, column.name(), column.first().entity(), null,
				NOT_NULL, NULLABLE);
	}

	static DriftItem unmappedRequiredColumn(MergedTable table, LiveColumn live) {
		return new DriftItem(DriftKind.UNMAPPED_REQUIRED_COLUMN, DriftSeverity.ERROR, table.name(), live.name(), table.entity(),
				null, null, TypeName.describe(live) + " " + NOT_NULL);
	}

	static DriftItem extraColumn(MergedTable table, LiveColumn live) {
		return new DriftItem(DriftKind.EXTRA_COLUMN, DriftSeverity.INFO, table.name(), live.name(), table.entity(), null, null,
				TypeName.describe(live));
	}

	static DriftItem extraTable(LiveTable table) {
		return new DriftItem(DriftKind.EXTRA_TABLE, DriftSeverity.INFO, table.name(), null, null, null, null, null);
	}

}
