package dev.ratchet.drift;

import java.sql.Types;
import java.util.List;

import dev.ratchet.drift.TestDatabase.Engine;

/**
 * The entity model Hibernate 7 builds for the {@code customer} tables of
 * {@code drift/<engine>/create.sql}: the JDBC type codes of {@code Column.getSqlTypeCode}
 * and the SQL types of {@code Column.getSqlType} on each dialect.
 */
final class CustomerEntities {

	static final int UUID = 3000;

	static final int JSON = 3001;

	static final int ENUM = 6000;

	static final int NAMED_ENUM = 6001;

	private CustomerEntities() {
	}

	static EntityModel model(Engine engine) {
		boolean postgresql = engine == Engine.POSTGRESQL;
		boolean mariadb = engine == Engine.MARIADB;
		MappedTable customer = new MappedTable("Customer", "customer", List.of(
				column("id", Types.BIGINT, "bigint", false),
				text("name", "varchar(100)", 100, false),
				text("notes", "text", 255, true),
				column("quantity", Types.INTEGER, "integer", true),
				new MappedColumn("amount", Types.NUMERIC, mariadb ? "decimal(10,2)" : "numeric(10,2)", null, 10, 2,
						true, null),
				column("active", Types.BOOLEAN, mariadb ? "bit" : "boolean", false),
				column("archived", Types.BOOLEAN, mariadb ? "bit" : "boolean", true),
				column("created_at", Types.TIMESTAMP, mariadb ? "datetime(6)" : "timestamp(6)", true),
				column("updated_at", Types.TIMESTAMP_WITH_TIMEZONE,
						mariadb ? "timestamp(6)" : "timestamp(6) with time zone", true),
				column("birthday", Types.DATE, "date", true),
				column("opens_at", Types.TIME, "time", true),
				column("token", UUID, "uuid", true),
				column("legacy_token", UUID, "char(36)", true),
				column("raw_token", UUID, postgresql ? "bytea" : "binary(16)", true),
				column("attributes", JSON, postgresql ? "jsonb" : "json", true),
				new MappedColumn("photo", Types.VARBINARY, postgresql ? "bytea" : "varbinary(255)", 255, null, null,
						true, null),
				enumColumn("status", postgresql ? Types.VARCHAR : ENUM,
						postgresql ? "varchar(255)" : "enum ('ACTIVE','CLOSED')", "STRING"),
				enumColumn("priority", Types.TINYINT, postgresql ? "smallint" : "tinyint", "ORDINAL"),
				enumColumn("tier", postgresql ? NAMED_ENUM : ENUM, postgresql ? "customer_tier" : "enum ('LOW','HIGH')",
						"STRING")));
		MappedTable tags = new MappedTable("Customer", "customer_tag",
				List.of(column("customer_id", Types.BIGINT, "bigint", false), text("tag", "varchar(50)", 50, false)));
		return new EntityModel(List.of(customer, tags));
	}

	private static MappedColumn column(String name, int jdbcType, String sqlType, boolean nullable) {
		return new MappedColumn(name, jdbcType, sqlType, null, null, null, nullable, null);
	}

	private static MappedColumn text(String name, String sqlType, int length, boolean nullable) {
		return new MappedColumn(name, Types.VARCHAR, sqlType, length, null, null, nullable, null);
	}

	private static MappedColumn enumColumn(String name, int jdbcType, String sqlType, String enumType) {
		Integer length = "STRING".equals(enumType) ? 255 : null;
		return new MappedColumn(name, jdbcType, sqlType, length, null, null, true, enumType);
	}

}
