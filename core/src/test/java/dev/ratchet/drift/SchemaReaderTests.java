package dev.ratchet.drift;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.ratchet.drift.TestDatabase.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link SchemaReader}: real DDL read back on H2, and on PostgreSQL and MariaDB
 * when {@code RATCHET_TEST_POSTGRES_URL} and {@code RATCHET_TEST_MARIADB_URL} are set.
 */
class SchemaReaderTests {

	@ParameterizedTest
	@EnumSource(Engine.class)
	void readsEveryTableOfTheCurrentSchemaAndNothingElse(Engine engine) throws Exception {
		try (TestDatabase database = TestDatabase.create(engine)) {
			database.run("create.sql");
			LiveSchema schema = SchemaReader.read(database.connection());
			assertThat(schema.tables()).containsOnlyKeys("customer", "customer_tag", "databasechangelog",
					"databasechangeloglock");
			assertThat(schema.table("CUSTOMER").columns()).hasSize(19);
		}
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void readsOnlyTheNamedTablesAndLeavesOutThoseThatDoNotExist(Engine engine) throws Exception {
		try (TestDatabase database = TestDatabase.create(engine)) {
			database.run("create.sql");
			LiveSchema schema = SchemaReader.readTables(database.connection(), List.of("customer", "no_such_table"));
			assertThat(schema.tables()).containsOnlyKeys("customer");
			assertThat(schema.table("customer").columns()).hasSize(19);
		}
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void readsTypeSizeScaleAndNullability(Engine engine) throws Exception {
		try (TestDatabase database = TestDatabase.create(engine)) {
			database.run("create.sql");
			LiveTable customer = SchemaReader.read(database.connection()).table("customer");
			assertThat(customer.column("NAME")).satisfies((name) -> {
				assertThat(name.size()).isEqualTo(100);
				assertThat(name.nullable()).isFalse();
				assertThat(name.hasDefault()).isFalse();
			});
			assertThat(customer.column("amount")).satisfies((amount) -> {
				assertThat(amount.size()).isEqualTo(10);
				assertThat(amount.decimalDigits()).isEqualTo(2);
				assertThat(amount.nullable()).isTrue();
			});
			assertThat(customer.column("id").hasDefault()).as("auto-increment").isTrue();
		}
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void readsEachColumnIntoItsTypeFamily(Engine engine) throws Exception {
		try (TestDatabase database = TestDatabase.create(engine)) {
			database.run("create.sql");
			LiveTable customer = SchemaReader.read(database.connection()).table("customer");
			boolean mariadb = engine == Engine.MARIADB;
			Map<String, TypeFamily> expected = Map.ofEntries(Map.entry("id", TypeFamily.NUMERIC),
					Map.entry("name", TypeFamily.TEXT), Map.entry("notes", TypeFamily.TEXT),
					Map.entry("quantity", TypeFamily.NUMERIC), Map.entry("amount", TypeFamily.NUMERIC),
					Map.entry("active", TypeFamily.BOOLEAN), Map.entry("archived", TypeFamily.BOOLEAN),
					Map.entry("created_at", TypeFamily.TIMESTAMP), Map.entry("updated_at", TypeFamily.TIMESTAMP),
					Map.entry("birthday", TypeFamily.DATE), Map.entry("opens_at", TypeFamily.TIME),
					Map.entry("token", TypeFamily.UUID), Map.entry("legacy_token", TypeFamily.TEXT),
					Map.entry("raw_token", TypeFamily.BINARY),
					Map.entry("attributes", mariadb ? TypeFamily.TEXT : TypeFamily.JSON),
					Map.entry("photo", TypeFamily.BINARY), Map.entry("status", TypeFamily.TEXT),
					Map.entry("priority", TypeFamily.NUMERIC), Map.entry("tier", TypeFamily.TEXT));
			expected.forEach((column, family) -> assertThat(TypeFamily.of(customer.column(column)))
				.as("%s (%s)", column, customer.column(column).typeName())
				.isEqualTo(family));
		}
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void countsDefaultsAutoIncrementAndGeneratedColumnsAsDefaults(Engine engine) throws Exception {
		try (TestDatabase database = TestDatabase.create(engine)) {
			database.run("defaults.sql");
			LiveTable counter = SchemaReader.read(database.connection()).table("counter");
			assertThat(counter.columns().values())
				.extracting((column) -> column.name().toLowerCase(Locale.ROOT), LiveColumn::nullable,
						LiveColumn::hasDefault)
				.containsExactlyInAnyOrder(tuple("id", false, true), tuple("start_value", false, true),
						tuple("next_value", true, true), tuple("required_value", false, false),
						tuple("optional_value", true, false));
		}
	}

	@ParameterizedTest
	@EnumSource(value = Engine.class, names = { "H2", "POSTGRESQL" })
	void readsOnlyTheGivenSchemaEvenWhenItsNameContainsAWildcard(Engine engine) throws Exception {
		try (TestDatabase database = TestDatabase.create(engine)) {
			database.execute("create schema a_b", "create schema axb", "create table a_b.kept (id int)",
					"create table axb.skipped (id int)");
			LiveSchema schema = SchemaReader.read(database.connection(), null, "a_b");
			assertThat(schema.tables()).containsOnlyKeys("kept");
		}
	}

	@Test
	void foldsAnUnquotedSchemaNameToTheCaseTheDatabaseStores() throws Exception {
		try (TestDatabase database = TestDatabase.create(Engine.H2)) {
			database.run("create.sql");
			assertThat(SchemaReader.read(database.connection(), null, "public").tables()).containsKey("customer");
			assertThat(SchemaReader.read(database.connection(), null, "\"PUBLIC\"").tables()).containsKey("customer");
			assertThat(SchemaReader.read(database.connection(), null, "\"public\"").tables()).isEmpty();
		}
	}

	@Test
	void readsAMariaDbDatabaseAsTheCatalog() throws Exception {
		try (TestDatabase database = TestDatabase.create(Engine.MARIADB)) {
			database.run("create.sql");
			assertThat(database.connection().getSchema()).isNull();
			LiveSchema schema = SchemaReader.read(database.connection(), database.name(), null);
			assertThat(schema.tables()).containsKeys("customer", "customer_tag");
		}
	}

	@Test
	void readsViewsLikeTables() throws Exception {
		try (TestDatabase database = TestDatabase.create(Engine.H2)) {
			database.run("create.sql");
			database.execute("create view customer_name as select id, name from customer");
			assertThat(SchemaReader.read(database.connection()).table("customer_name").columns())
				.containsOnlyKeys("id", "name");
		}
	}

	@Test
	void issuesExactlyOneMetadataQueryPerSchema() throws Exception {
		try (TestDatabase database = TestDatabase.create(Engine.H2)) {
			database.run("create.sql");
			for (int i = 0; i < 20; i++) {
				database.execute("create table extra_" + i + " (id int, name varchar(10))");
			}
			List<String> calls = new ArrayList<>();
			LiveSchema schema = SchemaReader.read(recording(database.connection(), calls));
			assertThat(schema.tables()).hasSize(24);
			assertThat(calls).containsExactly("getColumns");
		}
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void findsNoDriftForEveryTypeFamilyThenExactlyTheDriftOfEachAlteration(Engine engine) throws Exception {
		try (TestDatabase database = TestDatabase.create(engine)) {
			database.run("create.sql");
			EntityModel entities = CustomerEntities.model(engine);
			DriftDetector detector = new DriftDetector();
			assertThat(detector.detect(entities, SchemaReader.read(database.connection()))).isEmpty();
			database.run("alter.sql");
			List<DriftItem> drift = detector.detect(entities, SchemaReader.read(database.connection()));
			assertThat(drift)
				.extracting((item) -> item.kind().id(), (item) -> item.severity().id(), (item) -> lowerCase(item.table()),
						(item) -> lowerCase(item.column()), DriftItem::entity)
				.containsExactly(tuple("extra-table", "info", "audit_log", null, null),
						tuple("nullable-mismatch", "error", "customer", "amount", "Customer"),
						tuple("missing-column", "error", "customer", "birthday", "Customer"),
						tuple("extra-column", "info", "customer", "legacy_ref", "Customer"),
						tuple("length-mismatch", "error", "customer", "name", "Customer"),
						tuple("type-mismatch", "error", "customer", "quantity", "Customer"),
						tuple("unmapped-required-column", "error", "customer", "tenant", "Customer"));
			String varchar = (engine == Engine.H2) ? "character varying" : "varchar";
			assertThat(drift).extracting(DriftItem::expected, DriftItem::actual)
				.containsExactly(tuple(null, null), tuple("nullable", "not null"), tuple("date", null),
						tuple(null, varchar + "(30)"), tuple("varchar(100)", varchar + "(50)"),
						tuple("integer", varchar + "(20)"), tuple(null, varchar + "(20) not null"));
		}
	}

	private static String lowerCase(String name) {
		return (name != null) ? name.toLowerCase(Locale.ROOT) : null;
	}

	private static Connection recording(Connection connection, List<String> queries) {
		DatabaseMetaData metaData = proxy(DatabaseMetaData.class, (proxy, method, args) -> {
			if (method.getReturnType() == ResultSet.class) {
				queries.add(method.getName());
			}
			return invoke(method, connection.getMetaData(), args);
		});
		return proxy(Connection.class, (proxy, method, args) -> {
			if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
				queries.add(method.getName());
			}
			return method.getName().equals("getMetaData") ? metaData : invoke(method, connection, args);
		});
	}

	private static <T> T proxy(Class<T> type, InvocationHandler handler) {
		return type.cast(Proxy.newProxyInstance(SchemaReaderTests.class.getClassLoader(), new Class<?>[] { type },
				handler));
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
