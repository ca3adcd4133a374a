package dev.ratchet.drift;

import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import dev.ratchet.TypeNames;

/**
 * A family of column types that hold the same kind of value, whatever the dialect calls
 * them: {@code int8}, {@code BIGINT} and {@code numeric(10,2)} are all {@link #NUMERIC}.
 * Drift compares families, not type names, so that equivalent types never count as drift.
 * A live type is recognized by its {@link TypeNames#baseName canonical name} first (the name
 * carries the dialect's meaning, such as PostgreSQL's {@code timestamptz} reported as
 * {@link Types#TIMESTAMP}), then by its {@link Types} code; a mapped type by its JDBC type
 * code first, including the codes Hibernate adds ({@code SqlTypes.UUID} 3000,
 * {@code SqlTypes.JSON} 3001, its enum codes), then by its SQL type.
 */
public enum TypeFamily {

	/** Character strings, including MariaDB's {@code tinytext}…{@code longtext}, PostgreSQL's {@code bpchar} and native enums. */
	TEXT,

	/** Integer, decimal and floating point numbers, including ordinal enums. */
	NUMERIC,

	/** Booleans, including {@code bit(1)} and MariaDB's {@code tinyint(1)}. */
	BOOLEAN,

	/** Timestamps with or without time zone, including {@code datetime} and {@code timestamptz}. */
	TIMESTAMP,

	/** Dates. */
	DATE,

	/** Times of day with or without time zone. */
	TIME,

	/** UUIDs. */
	UUID,

	/** JSON documents. */
	JSON,

	/** Byte strings and binary large objects. */
	BINARY,

	/** Anything else: never reported as a mismatch, so that unknown types cause no false drift. */
	OTHER;

	private static final Map<String, TypeFamily> NAMES = names();

	private static final Map<Integer, TypeFamily> CODES = codes();

	private static final int UUID_TEXT_LENGTH = 36;

	private static final int UUID_BINARY_LENGTH = 16;

	/**
	 * Returns the family of a live column.
	 * @param column the column as the database reports it
	 * @return the family
	 */
	public static TypeFamily of(LiveColumn column) {
		return of(column.jdbcType(), column.typeName(), column.size());
	}

	/**
	 * Returns the family of a type as a database's metadata reports it.
	 * @param jdbcType the {@link Types} code
	 * @param typeName the database's type name
	 * @param size the column size, or {@code null}
	 * @return the family
	 */
	public static TypeFamily of(int jdbcType, String typeName, Integer size) {
		TypeFamily named = byName(TypeNames.baseName(typeName), jdbcType, size);
		return (named != null) ? named : CODES.getOrDefault(jdbcType, OTHER);
	}

	/**
	 * Returns the family of a column as the entities map it.
	 * @param column the mapped column
	 * @return the family
	 */
	public static TypeFamily of(MappedColumn column) {
		TypeFamily coded = CODES.get(column.jdbcType());
		if (coded != null) {
			return coded;
		}
		TypeFamily named = byName(TypeNames.baseName(column.sqlType()), column.jdbcType(), column.length());
		if (named != null && named != OTHER) {
			return named;
		}
		if ("STRING".equals(column.enumType())) {
			return TEXT;
		}
		return "ORDINAL".equals(column.enumType()) ? NUMERIC : OTHER;
	}

	/**
	 * Returns whether values that the entities map to this family can be stored in and read
	 * from the live column. Besides the same family and {@link #OTHER} on either side, it
	 * accepts a UUID in {@code char(36)} or {@code binary(16)}, JSON in unbounded text (how
	 * MariaDB stores {@code json}), and a boolean in MariaDB's {@code tinyint}.
	 * @param column the live column
	 * @return whether the column fits this family
	 */
	public boolean accepts(LiveColumn column) {
		TypeFamily actual = of(column);
		if (this == OTHER || actual == OTHER || this == actual) {
			return true;
		}
		String name = TypeNames.baseName(column.typeName());
		return switch (this) {
			case UUID -> (actual == TEXT && atLeast(column.size(), UUID_TEXT_LENGTH))
					|| (actual == BINARY && atLeast(column.size(), UUID_BINARY_LENGTH));
			case JSON -> actual == TEXT && !TypeName.isBoundedText(name);
			case BOOLEAN -> actual == NUMERIC && "tinyint".equals(name);
			default -> false;
		};
	}

	private static boolean atLeast(Integer size, int minimum) {
		return size == null || size <= 0 || size >= minimum;
	}

	private static TypeFamily byName(String name, int jdbcType, Integer size) {
		if ("tinyint".equals(name)) {
			boolean flag = jdbcType == Types.BIT || jdbcType == Types.BOOLEAN || Objects.equals(size, 1);
			return flag ? BOOLEAN : NUMERIC;
		}
		if ("bit".equals(name)) {
			return (size == null || size <= 1) ? BOOLEAN : OTHER;
		}
		return NAMES.get(name);
	}

	private static Map<String, TypeFamily> names() {
		Map<String, TypeFamily> names = new HashMap<>();
		add(names, TEXT, "char", "varchar", "national char", "national character", "national char varying",
				"national character varying", "varchar_ignorecase", "text", "tinytext", "ntext", "nclob",
				"character large object", "national character large object", "longvarchar", "longnvarchar", "citext",
				"enum");
		add(names, NUMERIC, "smallint", "integer", "bigint", "serial", "smallserial", "bigserial", "serial2", "numeric",
				"dec", "real", "float", "double precision", "decfloat");
		add(names, BOOLEAN, "boolean");
		add(names, TIMESTAMP, "timestamp", "timestamptz", "datetime", "datetime2", "smalldatetime", "datetimeoffset");
		add(names, DATE, "date");
		add(names, TIME, "time", "time without time zone", "time with time zone", "timetz");
		add(names, UUID, "uuid", "uniqueidentifier");
		add(names, JSON, "json", "jsonb");
		add(names, BINARY, "binary", "varbinary", "binary varying", "blob", "tinyblob", "mediumblob", "longblob",
				"bytea", "binary large object", "longvarbinary", "image", "raw");
		add(names, OTHER, "oid", "year", "interval", "inet", "cidr", "xml", "money", "set", "geometry");
		return Map.copyOf(names);
	}

	private static Map<Integer, TypeFamily> codes() {
		Map<Integer, TypeFamily> codes = new HashMap<>();
		add(codes, TEXT, Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR,
				Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB, SqlTypeCodes.LONG32VARCHAR, SqlTypeCodes.LONG32NVARCHAR,
				SqlTypeCodes.MATERIALIZED_CLOB, SqlTypeCodes.MATERIALIZED_NCLOB, SqlTypeCodes.ENUM,
				SqlTypeCodes.NAMED_ENUM, SqlTypeCodes.ORDINAL_ENUM, SqlTypeCodes.NAMED_ORDINAL_ENUM);
		add(codes, NUMERIC, Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.NUMERIC, Types.DECIMAL,
				Types.REAL, Types.FLOAT, Types.DOUBLE);
		add(codes, BOOLEAN, Types.BOOLEAN, Types.BIT);
		add(codes, TIMESTAMP, Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, SqlTypeCodes.TIMESTAMP_UTC,
				SqlTypeCodes.INSTANT, SqlTypeCodes.LOCAL_DATE_TIME, SqlTypeCodes.OFFSET_DATE_TIME,
				SqlTypeCodes.ZONED_DATE_TIME);
		add(codes, DATE, Types.DATE, SqlTypeCodes.LOCAL_DATE);
		add(codes, TIME, Types.TIME, Types.TIME_WITH_TIMEZONE, SqlTypeCodes.TIME_UTC, SqlTypeCodes.LOCAL_TIME,
				SqlTypeCodes.OFFSET_TIME);
		add(codes, UUID, SqlTypeCodes.UUID);
		add(codes, JSON, SqlTypeCodes.JSON);
		add(codes, BINARY, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB,
				SqlTypeCodes.LONG32VARBINARY, SqlTypeCodes.MATERIALIZED_BLOB);
		return Map.copyOf(codes);
	}

	private static void add(Map<String, TypeFamily> names, TypeFamily family, String... typeNames) {
		for (String typeName : typeNames) {
			names.put(typeName, family);
		}
	}

	private static void add(Map<Integer, TypeFamily> codes, TypeFamily family, int... typeCodes) {
		for (int typeCode : typeCodes) {
			codes.put(typeCode, family);
		}
	}

}
