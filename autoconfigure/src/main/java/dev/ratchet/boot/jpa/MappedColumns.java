package dev.ratchet.boot.jpa;

import dev.ratchet.drift.MappedColumn;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PrimaryKey;
import org.hibernate.mapping.Table;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/**
 * Describes one mapped column as Hibernate's schema export would create it: the type code
 * and SQL type of the dialect, the size the dialect resolves (length for character and
 * binary types, precision and scale for decimals), and nullability, primary key columns
 * being NOT NULL, the database default it declares and whether it is an identity column.
 */
final class MappedColumns {

	private MappedColumns() {
	}

	static MappedColumn of(Column column, Table table, Metadata metadata) {
		Dialect dialect = metadata.getDatabase().getDialect();
		int typeCode = column.getSqlTypeCode(metadata);
		String sqlType = column.getSqlType(metadata);
		Size size = column.getColumnSize(dialect, metadata);
		Integer length = hasLength(typeCode) ? toInteger(size.getLength()) : null;
		boolean decimal = SqlTypes.isNumericOrDecimal(typeCode);
		Integer precision = decimal ? size.getPrecision() : null;
		Integer scale = decimal ? size.getScale() : null;
		boolean nullable = column.isNullable() && !column.isIdentity() && !isPrimaryKey(column, table);
		return new MappedColumn(column.getName(), typeCode, sqlType, length, precision, scale, nullable,
				enumType(column), column.getDefaultValue(), column.isIdentity());
	}

	private static boolean hasLength(int typeCode) {
		return SqlTypes.isCharacterType(typeCode) || typeCode == SqlTypes.BINARY || SqlTypes.isVarbinaryType(typeCode);
	}

	private static Integer toInteger(Long length) {
		return (length != null) ? (int) Math.min(length, Integer.MAX_VALUE) : null;
	}

	private static boolean isPrimaryKey(Column column, Table table) {
		PrimaryKey primaryKey = table.getPrimaryKey();
		return primaryKey != null && primaryKey.containsColumn(column);
	}

	private static String enumType(Column column) {
		if (!(column.getValue() instanceof BasicValue value)) {
			return null;
		}
		BasicValue.Resolution<?> resolution = value.resolve();
		if (!resolution.getDomainJavaType().getJavaTypeClass().isEnum() || resolution.getValueConverter() != null) {
			return null;
		}
		JdbcType jdbcType = resolution.getJdbcType();
		return jdbcType.isStringLike() ? "STRING" : "ORDINAL";
	}

}
