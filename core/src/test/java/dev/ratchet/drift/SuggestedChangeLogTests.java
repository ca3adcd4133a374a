package dev.ratchet.drift;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import liquibase.change.Change;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SuggestedChangeLog}, on entity models and live schemas built by hand;
 * every suggestion is parsed back with Liquibase's own YAML parser.
 */
class SuggestedChangeLogTests {

	@TempDir
	Path directory;

	@Test
	void nothingMissingSuggestsNothing() {
		EntityModel model = new EntityModel(List.of(member()));
		assertThat(SuggestedChangeLog.of(model, schema(live("member", "id", "name", "nickname", "points")))).isNull();
	}

	@Test
	void aMissingColumnIsAddedNullableWithItsPortableType() throws Exception {
		EntityModel model = new EntityModel(List.of(member()));
		String yaml = SuggestedChangeLog.of(model, schema(live("member", "id", "name", "points")));
		assertThat(yaml).contains("""
				    - addColumn:
				        tableName: member
				        columns:
				        - column:
				            name: nickname
				            type: varchar(40)
				""");
		assertThat(yaml).doesNotContain("nullable: false");
		ChangeSet changeSet = parse(yaml);
		assertThat(changeSet.getAuthor()).isEqualTo("ratchet");
		assertThat(changeSet.getChanges()).extracting(Change::getSerializedObjectName).containsExactly("addColumn");
	}

	@Test
	void aMissingColumnWithADatabaseDefaultIsAddedNotNullWithTheDefault() throws Exception {
		EntityModel model = new EntityModel(List.of(member()));
		String yaml = SuggestedChangeLog.of(model, schema(live("member", "id", "name", "nickname")));
		assertThat(yaml).contains("""
				            name: points
				            type: int
				            defaultValueComputed: '0'
				            constraints:
				              nullable: false
				""");
		parse(yaml);
	}

	@Test
	void aMissingTableIsCreatedWithItsPrimaryKeyColumnsAndIndexes() throws Exception {
		MappedTable voucher = new MappedTable("Voucher", "voucher",
				List.of(new MappedColumn("id", Types.BIGINT, "bigint", null, null, null, false, null, null, true),
						column("code", Types.VARCHAR, 20, false), decimal("amount", 10, 2),
						column("issued_on", Types.DATE, null, true), column("active", Types.BOOLEAN, null, false),
						column("kind", Types.VARCHAR, 255, true, "STRING"),
						column("created_at", Types.TIMESTAMP, null, true)),
				List.of("id"), List.of(new MappedIndex("ix_voucher_code", List.of("code"), false),
						new MappedIndex("uk_voucher_kind", List.of("kind", "code"), true)));
		String yaml = SuggestedChangeLog.of(new EntityModel(List.of(member(), voucher)),
				schema(live("member", "id", "name", "nickname", "points")));
		assertThat(yaml).contains("""
				    - createTable:
				        tableName: voucher
				        columns:
				        - column:
				            name: id
				            type: bigint
				            autoIncrement: true
				            constraints:
				              primaryKey: true
				              nullable: false
				        - column:
				            name: code
				            type: varchar(20)
				            constraints:
				              nullable: false
				        - column:
				            name: amount
				            type: decimal(10, 2)
				        - column:
				            name: issued_on
				            type: date
				        - column:
				            name: active
				            type: boolean
				            constraints:
				              nullable: false
				        - column:
				            name: kind
				            type: varchar(255)
				        - column:
				            name: created_at
				            type: datetime
				""");
		assertThat(yaml).contains("""
				    - createIndex:
				        indexName: ix_voucher_code
				        tableName: voucher
				        columns:
				        - column:
				            name: code
				""");
		assertThat(yaml).contains("""
				        indexName: uk_voucher_kind
				        tableName: voucher
				        unique: true
				""");
		assertThat(parse(yaml).getChanges()).extracting(Change::getSerializedObjectName)
			.containsExactly("createTable", "createIndex", "createIndex");
	}

	@Test
	void anIndexOverANewColumnOfAnExistingTableIsCreated() throws Exception {
		MappedTable member = new MappedTable("Member", "member", member().columns(), List.of("id"),
				List.of(new MappedIndex("ix_member_nickname", List.of("nickname"), false),
						new MappedIndex("ix_member_name", List.of("name"), false)));
		String yaml = SuggestedChangeLog.of(new EntityModel(List.of(member)),
				schema(live("member", "id", "name", "points")));
		assertThat(yaml).contains("indexName: ix_member_nickname").doesNotContain("ix_member_name");
		parse(yaml);
	}

	@Test
	void neverDropsRenamesOrChangesATypeEvenWhenTheDriftHasThem() throws Exception {
		EntityModel model = new EntityModel(List.of(member()));
		Map<String, LiveColumn> columns = new LinkedHashMap<>();
		columns.put("id", new LiveColumn("id", "bigint", Types.BIGINT, 19, null, false, false));
		columns.put("name", new LiveColumn("name", "int4", Types.INTEGER, 10, null, false, false));
		columns.put("legacy_code", new LiveColumn("legacy_code", "varchar", Types.VARCHAR, 10, null, false, false));
		LiveSchema schema = schema(new LiveTable("member", columns), live("old_table", "id"));
		List<DriftItem> drift = new DriftDetector().detect(model, schema);
		assertThat(drift).extracting(DriftItem::kind).contains(DriftKind.TYPE_MISMATCH,
				DriftKind.UNMAPPED_REQUIRED_COLUMN, DriftKind.EXTRA_TABLE, DriftKind.MISSING_COLUMN);
		String yaml = SuggestedChangeLog.of(model, drift);
		assertThat(parse(yaml).getChanges()).extracting(Change::getSerializedObjectName).containsOnly("addColumn");
		assertThat(yaml).doesNotContainIgnoringCase("drop").doesNotContainIgnoringCase("rename")
			.doesNotContain("modifyDataType").doesNotContain("legacy_code").doesNotContain("old_table");
	}

	@Test
	void theSameDriftGetsTheSameChangeSetId() {
		EntityModel model = new EntityModel(List.of(member()));
		LiveSchema schema = schema(live("member", "id", "name"));
		assertThat(SuggestedChangeLog.of(model, schema)).isEqualTo(SuggestedChangeLog.of(model, schema))
			.containsPattern("id: ratchet-suggested-[0-9a-f]{8}");
	}

	@Test
	void namesAndDefaultsThatNeedQuotesAreQuoted() throws Exception {
		MappedTable table = new MappedTable("Note", "note",
				List.of(new MappedColumn("id", Types.BIGINT, "bigint", null, null, null, false, null),
						new MappedColumn("status", Types.VARCHAR, "varchar(10)", 10, null, null, false, null,
								"'new: draft'", false)),
				List.of("id"), List.of());
		String yaml = SuggestedChangeLog.of(new EntityModel(List.of(table)), schema(live("note", "id")));
		assertThat(yaml).contains("defaultValueComputed: '''new: draft'''");
		assertThat(parse(yaml).getChanges()).hasSize(1);
	}

	private ChangeSet parse(String yaml) throws Exception {
		Path file = this.directory.resolve("suggested.yaml");
		Files.writeString(file, yaml);
		try (DirectoryResourceAccessor accessor = new DirectoryResourceAccessor(this.directory)) {
			DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance()
				.getParser("suggested.yaml", accessor)
				.parse("suggested.yaml", new ChangeLogParameters(), accessor);
			assertThat(changeLog.getChangeSets()).hasSize(1);
			return changeLog.getChangeSets().get(0);
		}
	}

	private static MappedTable member() {
		return new MappedTable("Member", "member",
				List.of(new MappedColumn("id", Types.BIGINT, "bigint", null, null, null, false, null, null, true),
						column("name", Types.VARCHAR, 80, false), column("nickname", Types.VARCHAR, 40, true),
						new MappedColumn("points", Types.INTEGER, "integer", null, null, null, false, null, "0",
								false)),
				List.of("id"), List.of());
	}

	private static MappedColumn column(String name, int type, Integer length, boolean nullable) {
		return column(name, type, length, nullable, null);
	}

	private static MappedColumn column(String name, int type, Integer length, boolean nullable, String enumType) {
		return new MappedColumn(name, type, "sql-" + name, length, null, null, nullable, enumType);
	}

	private static MappedColumn decimal(String name, int precision, int scale) {
		return new MappedColumn(name, Types.NUMERIC, "numeric", null, precision, scale, true, null);
	}

	private static LiveSchema schema(LiveTable... tables) {
		Map<String, LiveTable> byName = new LinkedHashMap<>();
		for (LiveTable table : tables) {
			byName.put(table.name(), table);
		}
		return new LiveSchema(byName);
	}

	private static LiveTable live(String name, String... columns) {
		Map<String, LiveColumn> byName = new LinkedHashMap<>();
		for (String column : columns) {
			byName.put(column, new LiveColumn(column, "varchar", Types.VARCHAR, 255, null, true, false));
		}
		return new LiveTable(name, byName);
	}

}
