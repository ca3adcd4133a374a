package dev.ratchet.compat;

import java.sql.Types;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.ratchet.drift.LiveColumn;
import dev.ratchet.drift.LiveSchema;
import dev.ratchet.drift.LiveTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RatchetSchema}, on live schemas built by hand.
 */
class RatchetSchemaTests {

	private final RatchetSchema schema = new RatchetSchema();

	@Test
	void knowsNoTableOrColumnBeforeTheFirstUpdate() {
		assertThat(this.schema.hasTable("app_user")).isFalse();
		assertThat(this.schema.hasColumn("app_user", "id")).isFalse();
	}

	@Test
	void knowsTheTablesAndColumnsOfTheLatestReading() {
		this.schema.update(live(table("app_user", "id", "email")));
		assertThat(this.schema.hasTable("app_user")).isTrue();
		assertThat(this.schema.hasColumn("app_user", "id")).isTrue();
		assertThat(this.schema.hasColumn("app_user", "email")).isTrue();
		assertThat(this.schema.hasColumn("app_user", "phone")).isFalse();
		assertThat(this.schema.hasTable("audit_entry")).isFalse();
		assertThat(this.schema.hasColumn("audit_entry", "id")).isFalse();
	}

	@Test
	void matchesTablesAndColumnsIgnoringCase() {
		this.schema.update(live(table("App_User", "ID", "Email")));
		assertThat(this.schema.hasTable("app_user")).isTrue();
		assertThat(this.schema.hasTable("APP_USER")).isTrue();
		assertThat(this.schema.hasColumn("APP_USER", "email")).isTrue();
		assertThat(this.schema.hasColumn("app_user", "EMAIL")).isTrue();
		assertThat(this.schema.hasColumn("App_User", "Id")).isTrue();
	}

	@Test
	void anUpdateReplacesWhatWasKnown() {
		this.schema.update(live(table("app_user", "id"), table("legacy_note", "id")));
		this.schema.update(live(table("app_user", "id", "phone"), table("audit_entry", "id")));
		assertThat(this.schema.hasColumn("app_user", "phone")).isTrue();
		assertThat(this.schema.hasTable("audit_entry")).isTrue();
		assertThat(this.schema.hasTable("legacy_note")).isFalse();
		assertThat(this.schema.hasColumn("legacy_note", "id")).isFalse();
	}

	@Test
	void anUpdateCanForgetAColumn() {
		this.schema.update(live(table("app_user", "id", "phone")));
		this.schema.update(live(table("app_user", "id")));
		assertThat(this.schema.hasTable("app_user")).isTrue();
		assertThat(this.schema.hasColumn("app_user", "phone")).isFalse();
	}

	private static LiveSchema live(LiveTable... tables) {
		Map<String, LiveTable> byName = new LinkedHashMap<>();
		Arrays.stream(tables).forEach((table) -> byName.put(table.name().toLowerCase(Locale.ROOT), table));
		return new LiveSchema(byName);
	}

	private static LiveTable table(String name, String... columns) {
		Map<String, LiveColumn> byName = new LinkedHashMap<>();
		for (String column : columns) {
			byName.put(column.toLowerCase(Locale.ROOT),
					new LiveColumn(column, "varchar", Types.VARCHAR, 255, null, true, false));
		}
		return new LiveTable(name, byName);
	}

}
