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
 */
public record MappedColumn(String name, int jdbcType, String sqlType, Integer length, Integer precision,
		Integer scale, boolean nullable, String enumType) {

}
