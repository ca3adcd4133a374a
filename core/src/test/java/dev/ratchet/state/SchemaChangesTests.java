package dev.ratchet.state;

import java.sql.Types;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.ratchet.drift.LiveColumn;
import dev.ratchet.drift.LiveSchema;
import dev.ratchet.drift.LiveTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaChangesTests {

	private static final String CHANGE_SET = "db/r2.yaml::r2-1::ana";

	@Test
	void aCreatedTableAndAnAddedColumnAreLeftBehind() {
		LiveSchema before = schema(table("task", "id", "title"));
		LiveSchema after = schema(table("task", "id", "title", "priority"), table("audit_entry", "id", "message"));
		SchemaChanges changes = SchemaChanges.between(before, after);
		assertThat(changes.createdTables()).containsExactly("audit_entry");
		assertThat(changes.addedColumns()).containsExactly("task.priority");
		assertThat(changes.leftBehind("MariaDB", CHANGE_SET)).isEqualTo("MariaDB does not roll back DDL: changeset "
				+ CHANGE_SET + " left behind: table audit_entry created, column task.priority added.");
	}

	@Test
	void droppedTablesAndColumnsAreNamedToo() {
		LiveSchema before = schema(table("task", "id", "legacy_ref"), table("orders", "id"));
		LiveSchema after = schema(table("task", "id"));
		assertThat(SchemaChanges.between(before, after).describe())
			.isEqualTo("table orders dropped, column task.legacy_ref dropped");
	}

	@Test
	void aRenamedTableIsOneDroppedAndOneCreated() {
		SchemaChanges changes = SchemaChanges.between(schema(table("orders", "id")), schema(table("purchase", "id")));
		assertThat(changes.describe()).isEqualTo("table purchase created, table orders dropped");
	}

	@Test
	void namesDifferingOnlyInCaseAreTheSameTableAndColumn() {
		SchemaChanges changes = SchemaChanges.between(schema(table("TASK", "ID")), schema(table("task", "id")));
		assertThat(changes.isEmpty()).isTrue();
	}

	@Test
	void namesAreListedInAlphabeticalOrder() {
		LiveSchema after = schema(table("zebra", "id"), table("Alpha", "id"), table("middle", "id"));
		assertThat(SchemaChanges.between(schema(), after).createdTables()).containsExactly("Alpha", "middle", "zebra");
	}

	@Test
	void whenNothingChangedTheSentenceSaysNothingWasLeft() {
		LiveSchema schema = schema(table("task", "id"));
		SchemaChanges changes = SchemaChanges.between(schema, schema);
		assertThat(changes.isEmpty()).isTrue();
		assertThat(changes.describe()).isEqualTo("no table or column changed");
		assertThat(changes.leftBehind("MariaDB", CHANGE_SET))
			.isEqualTo("MariaDB does not roll back DDL: changeset " + CHANGE_SET + " left no table or column behind.");
	}

	private static LiveSchema schema(LiveTable... tables) {
		Map<String, LiveTable> byName = new HashMap<>();
		Arrays.stream(tables).forEach((table) -> byName.put(table.name().toLowerCase(Locale.ROOT), table));
		return new LiveSchema(byName);
	}

	private static LiveTable table(String name, String... columns) {
		Map<String, LiveColumn> byName = new HashMap<>();
		for (String column : columns) {
			byName.put(column.toLowerCase(Locale.ROOT),
					new LiveColumn(column, "varchar", Types.VARCHAR, 255, null, true, false));
		}
		return new LiveTable(name, byName);
	}

}
