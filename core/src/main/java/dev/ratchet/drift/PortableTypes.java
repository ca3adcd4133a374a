package dev.ratchet.drift;

import java.sql.Types;

/**
 * Spells the type of a mapped column as Liquibase's portable types, which Liquibase turns
 * into each database's own ({@code boolean} is {@code BIT(1)} on MariaDB, {@code clob} is
 * {@code TEXT} on PostgreSQL), so that one changeset fits every database the application
 * runs on. A large object, a timestamp with a time zone and a type without a portable
 * spelling keep the SQL type of the entity model's dialect.
 */
final class PortableTypes {

	private static final int UUID = 3000;

	private static final int JSON = 3001;

	private static final int TIMESTAMP_UTC = 3003;

	private static final int LONG32VARCHAR = 4001;

	private static final int LONG32NVARCHAR = 4002;

	private static final int LONG32VARBINARY = 4003;

	private static final int DEFAULT_STRING_LENGTH = 255;

	private PortableTypes() {
	}

	/**
	 * Returns the portable type of a mapped column.
	 * @param column the column
	 * @return the type, such as {@code varchar(32)} or {@code decimal(19, 2)}
	 */
	static String of(MappedColumn column) {
		if ("STRING".equals(column.enumType())) {
			return "varchar(" + lengthOf(column) + ")";
		}
		if ("ORDINAL".equals(column.enumType())) {
			return "smallint";
		}
		return switch (column.jdbcType()) {
			case Types.CHAR, Types.NCHAR -> "char(" + lengthOf(column) + ")";
			case Types.VARCHAR, Types.NVARCHAR -> "varchar(" + lengthOf(column) + ")";
			case Types.LONGVARCHAR, Types.LONGNVARCHAR, LONG32VARCHAR, LONG32NVARCHAR -> "clob";
			case Types.CLOB, Types.NCLOB -> dialectsOr(column, "clob");
			case Types.BIGINT -> "bigint";
			case Types.INTEGER -> "int";
			case Types.SMALLINT -> "smallint";
			case Types.TINYINT -> "tinyint";
			case Types.NUMERIC, Types.DECIMAL -> decimal(column);
			case Types.DOUBLE -> "double";
			case Types.FLOAT, Types.REAL -> "float";
			case Types.BOOLEAN, Types.BIT -> "boolean";
			case Types.DATE -> "date";
			case Types.TIME, Types.TIME_WITH_TIMEZONE -> "time";
			case Types.TIMESTAMP -> "datetime";
			case Types.TIMESTAMP_WITH_TIMEZONE, TIMESTAMP_UTC -> dialectsOr(column, "timestamp with time zone");
			case Types.BINARY, Types.VARBINARY -> (column.length() != null && column.length() > 0)
					? "varbinary(" + column.length() + ")" : "longblob";
			case Types.LONGVARBINARY, LONG32VARBINARY -> "longblob";
			case Types.BLOB -> dialectsOr(column, "longblob");
			case UUID -> "uuid";
			case JSON -> "json";
			default -> column.sqlType();
		};
	}

	/**
	 * Returns the dialect's own type where no portable spelling fits every database and
	 * Liquibase line: large objects (PostgreSQL's {@code oid}, MariaDB's {@code longblob})
	 * and timestamps with a time zone (MariaDB has none).
	 */
	private static String dialectsOr(MappedColumn column, String portable) {
		return (column.sqlType() != null && !column.sqlType().isBlank()) ? column.sqlType() : portable;
	}

	private static int lengthOf(MappedColumn column) {
		return (column.length() != null && column.length() > 0) ? column.length() : DEFAULT_STRING_LENGTH;
	}

	private static String decimal(MappedColumn column) {
		if (column.precision() == null || column.precision() <= 0) {
			return "decimal";
		}
		return "decimal(" + column.precision() + ", " + ((column.scale() != null) ? column.scale() : 0) + ")";
	}

}
