package dev.ratchet.lint.sql;

import java.util.List;

/**
 * What changing a column from one type to another does on a database: nothing to the rows
 * (a longer {@code varchar}, {@code varchar} to {@code text}, a wider {@code numeric}
 * precision on PostgreSQL), a rewrite of every row that the release still running reads the
 * same way (an integer widened, a {@code varchar} that crosses MySQL's 255-byte length on
 * MariaDB/MySQL), or a conversion that may narrow or change values.
 */
public enum TypeChange {

	/** The database changes the type without touching the rows; old code reads the same. */
	IN_PLACE,

	/** Every row is rewritten, but old code reads the values the same way. */
	REWRITE,

	/** Values may be narrowed or converted; or the old type is not known. */
	INCOMPATIBLE;

	private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");

	private static final int DEFAULT_FRACTIONAL_DIGITS = 6;

	private static final int MYSQL_BYTES_PER_CHARACTER = 4;

	private static final int MYSQL_ONE_LENGTH_BYTE = 255;

	/**
	 * Judges a type change.
	 * @param dialect the database's short name, such as {@code postgresql} or {@code mariadb}
	 * @param from the column's type before, or {@code null} when not known
	 * @param to the new type
	 * @return what the change does
	 */
	public static TypeChange of(String dialect, ColumnType from, ColumnType to) {
		if (from == null || to == null) {
			return INCOMPATIBLE;
		}
		if (from.equals(to)) {
			return IN_PLACE;
		}
		boolean mysql = Dialects.isMySql(dialect);
		if (from.name().equals("varchar") && to.name().equals("varchar")) {
			if (to.length() >= 0 && (from.length() < 0 || to.length() < from.length())) {
				return INCOMPATIBLE;
			}
			if (!mysql) {
				return IN_PLACE;
			}
			return (lengthBytes(from.length()) == lengthBytes(to.length())) ? IN_PLACE : REWRITE;
		}
		if (from.name().equals("varchar") && to.name().equals("text")) {
			return mysql ? REWRITE : IN_PLACE;
		}
		if (from.name().equals("text") && to.name().equals("varchar") && to.length() < 0) {
			return mysql ? REWRITE : IN_PLACE;
		}
		if (from.name().equals("numeric") && to.name().equals("numeric")) {
			return widerNumeric(from, to) ? (mysql ? REWRITE : IN_PLACE) : INCOMPATIBLE;
		}
		if (from.name().equals("char") && to.name().equals("char") && to.length() > from.length()) {
			return REWRITE;
		}
		int fromRank = INTEGERS.indexOf(from.name());
		int toRank = INTEGERS.indexOf(to.name());
		if (fromRank >= 0 && toRank > fromRank) {
			return REWRITE;
		}
		if (from.name().equals("real") && to.name().equals("double precision")) {
			return REWRITE;
		}
		if (from.isTemporal() && from.name().equals(to.name()) && morePrecise(from, to, mysql)) {
			return mysql ? REWRITE : IN_PLACE;
		}
		return INCOMPATIBLE;
	}

	/**
	 * Returns whether a temporal type keeps at least the fractional seconds it had; an
	 * unwritten precision is 6 digits on PostgreSQL and 0 on MariaDB and MySQL.
	 */
	private static boolean morePrecise(ColumnType from, ColumnType to, boolean mysql) {
		int unwritten = mysql ? 0 : DEFAULT_FRACTIONAL_DIGITS;
		int before = (from.length() < 0) ? unwritten : from.length();
		int after = (to.length() < 0) ? unwritten : to.length();
		return after >= before;
	}

	private static boolean widerNumeric(ColumnType from, ColumnType to) {
		if (to.length() < 0) {
			return true;
		}
		if (from.length() < 0) {
			return false;
		}
		return to.scale() == from.scale() && to.length() >= from.length();
	}

	private static int lengthBytes(int characters) {
		return (characters < 0 || characters * MYSQL_BYTES_PER_CHARACTER > MYSQL_ONE_LENGTH_BYTE) ? 2 : 1;
	}

}
