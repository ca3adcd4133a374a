package dev.ratchet.drift;

/**
 * A column as the entities map it.
 *
 * @param name the physical column name (after the naming strategy, unquoted)
 * @param jdbcType the {@link java.sql.Types} code the mapping uses
 * @param sqlType the SQL type the ORM would generate, such as {@code varchar(255)}, for reports
 * @param length the length for character and binary types, or {@code null}
 * @param precision the precision for numeric types, or {@code null}
 * @param scale the scale for numeric types, or {@code null}
 * @param nullable whether the mapping allows NULL
 * @param enumType {@code STRING} or {@code ORDINAL} for an enum, otherwise {@code null}
 * @param defaultValue the database default the mapping declares (an SQL expression, such
 * as {@code 0} or {@code 'new'}), or {@code null}
 * @param generated whether the database generates the value on insert (an identity column)
 */
public record MappedColumn(String name, int jdbcType, String sqlType, Integer length, Integer precision,
		Integer scale, boolean nullable, String enumType, String defaultValue, boolean generated) {

	/**
	 * Creates a column with no database default that the database does not generate.
	 * @param name the physical column name
	 * @param jdbcType the {@link java.sql.Types} code
	 * @param sqlType the SQL type the ORM would generate
	 * @param length the length, or {@code null}
	 * @param precision the precision, or {@code null}
	 * @param scale the scale, or {@code null}
	 * @param nullable whether the mapping allows NULL
	 * @param enumType {@code STRING}, {@code ORDINAL} or {@code null}
	 */
	public MappedColumn(String name, int jdbcType, String sqlType, Integer length, Integer precision, Integer scale,
			boolean nullable, String enumType) {
		this(name, jdbcType, sqlType, length, precision, scale, nullable, enumType, null, false);
	}

}
