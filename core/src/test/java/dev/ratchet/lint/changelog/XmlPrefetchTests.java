package dev.ratchet.lint.changelog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.ratchet.lint.ChangeLogLintException;
import dev.ratchet.lint.ChangeText;
import dev.ratchet.lint.StaticLintFixture;
import liquibase.GlobalConfiguration;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link XmlPrefetch}: static lint reads XML changelogs ahead of Liquibase, and what
 * it parses is exactly what Liquibase's own XML parser parses.
 */
class XmlPrefetchTests {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
			+ "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
			+ "    xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog "
			+ "http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\">\n";

	private static final String TAIL = "</databaseChangeLog>\n";

	@TempDir
	Path folder;

	private StaticLintFixture fixture;

	@BeforeEach
	void writeChangeLog() {
		this.fixture = new StaticLintFixture(this.folder);
		this.fixture.write("db/master.xml", HEAD + "  <property name=\"dir\" value=\"db/more\"/>\n"
				+ "  <include file=\"db/r1.xml\"/>\n"
				+ "  <include file=\"sub/r2.xml\" relativeToChangelogFile=\"true\"/>\n"
				+ "  <include file=\"${dir}/r3.xml\"/>\n"
				+ "  <include file=\"db/r1.xml\"/>\n"
				+ "  <include file=\"/db/sub/../r4.xml\"/>\n" + TAIL);
		this.fixture.write("db/r1.xml", HEAD + changeSet("1", "<createTable tableName=\"orders\">"
				+ "<column name=\"id\" type=\"bigint\"><constraints primaryKey=\"true\"/></column></createTable>")
				+ "  <changeSet id=\"2\" author=\"ana\" context=\"prod\" labels=\"v2\" dbms=\"postgresql\">\n"
				+ "    <sql>UPDATE orders SET state = 'a' WHERE id &lt; 3</sql>\n"
				+ "    <modifySql dbms=\"postgresql\"><append value=\" -- appended\"/></modifySql>\n"
				+ "  </changeSet>\n" + TAIL);
		this.fixture.write("db/sub/r2.xml", HEAD + "  <include file=\"deeper/r5.xml\" relativeToChangelogFile=\"true\"/>\n"
				+ changeSet("3", "<addColumn tableName=\"orders\"><column name=\"note\" type=\"varchar(${size})\"/></addColumn>")
				+ TAIL);
		this.fixture.write("db/sub/deeper/r5.xml", HEAD + changeSet("5", "<dropColumn tableName=\"orders\" columnName=\"note\"/>")
				+ TAIL);
		this.fixture.write("db/more/r3.xml", HEAD + changeSet("3", "<dropTable tableName=\"audit\"/>") + TAIL);
		this.fixture.write("db/r4.xml", HEAD + changeSet("4",
				"<createIndex tableName=\"orders\" indexName=\"orders_state\"><column name=\"state\"/></createIndex>")
				+ TAIL);
	}

	@Test
	void whatStaticLintParsesIsWhatLiquibaseParses() throws Exception {
		assertThat(lintParse("db/master.xml")).isEqualTo(liquibaseParse("db/master.xml")).hasSize(8);
	}

	@Test
	void theWalkReadsIncludesDepthFirstAndEachTreeIsTakenOnce() throws Exception {
		ResourceAccessor accessor = new BoundedYamlResources(new DirectoryResourceAccessor(this.folder));
		Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), accessor,
				GlobalConfiguration.VALIDATE_XML_CHANGELOG_FILES.getKey(), false), () -> {
			try (XmlPrefetch prefetch = XmlPrefetch.start("db/master.xml", accessor)) {
				assertThat(prefetch.take("db/master.xml").getChildren(null, "include")).hasSize(5);
				assertThat(prefetch.take("db/sub/deeper/r5.xml").getChildren(null, "changeSet")).hasSize(1);
				assertThat(prefetch.take("db/sub/../more/r3.xml")).isNotNull();
				assertThat(prefetch.take("db/more/r3.xml")).isNull();
				assertThat(prefetch.take("db/r1.xml")).isNotNull();
				assertThat(prefetch.take("db/r1.xml")).isNull();
				assertThat(prefetch.take("db/missing.xml")).isNull();
			}
		});
	}

	@Test
	void aFileThatFailsToParseFailsWithLiquibasesMessage() throws Exception {
		this.fixture.write("db/more/r3.xml", HEAD + "  <changeSet id=\"3\" author=\"ana\">\n    <dropTable tableName=\"audit\">\n"
				+ "  </changeSet>\n" + TAIL);
		String liquibase = liquibaseFailure("db/master.xml");
		assertThatExceptionOfType(ChangeLogLintException.class).isThrownBy(() -> lintParse("db/master.xml"))
			.withMessageContaining(liquibase)
			.withMessageContaining("db/more/r3.xml");
	}

	@Test
	void lintsRunAtOnceEachParseTheirOwnChangeLog() throws Exception {
		this.fixture.write("other/master.xml", HEAD + "  <include file=\"other/o1.xml\"/>\n" + TAIL);
		this.fixture.write("other/o1.xml", HEAD + changeSet("o1", "<dropTable tableName=\"other\"/>") + TAIL);
		List<String> master = liquibaseParse("db/master.xml");
		List<String> other = liquibaseParse("other/master.xml");
		ExecutorService executor = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<String>>> parses = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String path = (i % 2 == 0) ? "db/master.xml" : "other/master.xml";
				parses.add(executor.submit(() -> lintParse(path)));
			}
			for (int i = 0; i < parses.size(); i++) {
				assertThat(parses.get(i).get()).isEqualTo((i % 2 == 0) ? master : other);
			}
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void parsesOutsideStaticLintAreLiquibasesOwn() throws Exception {
		lintParse("db/master.xml");
		ResourceAccessor accessor = new DirectoryResourceAccessor(this.folder);
		DatabaseChangeLog parsed = Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), accessor), () -> ChangeLogParserFactory
			.getInstance()
			.getParser("db/r4.xml", accessor)
			.parse("db/r4.xml", new ChangeLogParameters(), accessor));
		ChangeLogParser liquibases = ChangeLogParserFactory.getInstance()
			.getParsers()
			.stream()
			.filter((parser) -> parser.getClass() == XMLChangeLogSAXParser.class)
			.findFirst()
			.orElseThrow();
		DatabaseChangeLog byLiquibase = Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), accessor),
				() -> liquibases.parse("db/r4.xml", new ChangeLogParameters(), accessor));
		assertThat(describe(parsed.getChangeSets())).isEqualTo(describe(byLiquibase.getChangeSets())).hasSize(1);
	}

	private List<String> lintParse(String path) throws ChangeLogLintException {
		return ChangeLogSource.of(path, List.of(this.folder), Map.of("size", "80"), getClass().getClassLoader())
			.read((changeLog) -> describe(changeLog.changeSets()));
	}

	private List<String> liquibaseParse(String path) throws Exception {
		return describe(parseWithLiquibase(path).getChangeSets());
	}

	private String liquibaseFailure(String path) {
		try {
			parseWithLiquibase(path);
		}
		catch (Exception ex) {
			Throwable cause = ex;
			while (cause.getCause() != null && cause.getMessage() == null) {
				cause = cause.getCause();
			}
			return cause.getMessage();
		}
		throw new AssertionError("Liquibase parsed " + path);
	}

	private DatabaseChangeLog parseWithLiquibase(String path) throws Exception {
		ResourceAccessor accessor = new DirectoryResourceAccessor(this.folder);
		ChangeLogParameters parameters = new ChangeLogParameters();
		parameters.set("size", "80");
		return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), accessor,
				GlobalConfiguration.VALIDATE_XML_CHANGELOG_FILES.getKey(), false), () -> {
			XMLChangeLogSAXParser liquibase = new NonValidatingParser();
			ChangeLogParserFactory.getInstance().register(liquibase);
			try {
				return liquibase.parse(path, parameters, accessor);
			}
			finally {
				ChangeLogParserFactory.getInstance().unregister(liquibase);
			}
		});
	}

	/**
	 * Liquibase's own XML parser, made without XSD validation (as static lint reads XML) and
	 * put first for the includes of one reference parse: the parser Liquibase registered
	 * validates or not depending on the scope it was first made in.
	 */
	private static final class NonValidatingParser extends XMLChangeLogSAXParser {

		@Override
		public int getPriority() {
			return PRIORITY_DATABASE * 10;
		}

	}

	private static List<String> describe(List<ChangeSet> changeSets) {
		List<String> described = new ArrayList<>();
		for (ChangeSet changeSet : changeSets) {
			StringBuilder text = new StringBuilder(changeSet.getFilePath() + "::" + changeSet.getId() + "::"
					+ changeSet.getAuthor() + " " + changeSet.getContextFilter() + " " + changeSet.getLabels() + " "
					+ changeSet.getDbmsSet() + " " + changeSet.getSqlVisitors().size());
			for (Change change : changeSet.getChanges()) {
				text.append("\n  ").append(ChangeText.of(change));
			}
			described.add(text.toString());
		}
		return described;
	}

	private static String changeSet(String id, String changes) {
		return "  <changeSet id=\"" + id + "\" author=\"ana\">\n    " + changes + "\n  </changeSet>\n";
	}

}
