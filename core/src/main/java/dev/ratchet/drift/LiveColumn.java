package dev.ratchet.drift;

/**
 * A column as the live database has it.
 *
 * @param name the column name as the database reports it
 * @param typeName the database's type name, such as {@code varchar} or {@code int8}
 * @param jdbcType the {@link java.sql.Types} code
 * @param size the column size (length for character types, precision for numeric types), or {@code null}
 * @param decimalDigits the scale, or {@code null}
 * @param nullable whether it accepts NULL
 * @param hasDefault whether it has a default value (or is generated)
 */
public record LiveColumn(String name, String typeName, int jdbcType, Integer size, Integer decimalDigits,
		boolean nullable, boolean hasDefault) {

}
