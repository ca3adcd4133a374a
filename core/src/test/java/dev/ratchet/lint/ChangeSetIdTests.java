package dev.ratchet.lint;

import java.util.List;

import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ChangeSetId}.
 */
class ChangeSetIdTests {

	@Test
	void parseSplitsFileIdAndAuthor() {
		ChangeSetId id = ChangeSetId.parse("db/changelog/008.yaml::8::ana");
		assertThat(id.file()).isEqualTo("db/changelog/008.yaml");
		assertThat(id.id()).isEqualTo("8");
		assertThat(id.author()).isEqualTo("ana");
	}

	@Test
	void parseTrimsEachPart() {
		assertThat(ChangeSetId.parse(" db/changelog/008.yaml :: 8 :: ana "))
			.hasToString("db/changelog/008.yaml::8::ana");
	}

	@Test
	void toStringIsFileIdAndAuthorJoinedLikeLiquibase() {
		assertThat(new ChangeSetId("db/changelog/008.yaml", "8", "ana")).hasToString("db/changelog/008.yaml::8::ana");
	}

	@Test
	void parseReadsWhatToStringWrites() {
		ChangeSetId id = new ChangeSetId("db/changelog/008.yaml", "add-orders-index", "ana.lopez");
		assertThat(ChangeSetId.parse(id.toString())).isEqualTo(id);
	}

	@Test
	void classpathPrefixIsRemoved() {
		assertThat(ChangeSetId.parse("classpath:db/changelog/008.yaml::8::ana").file())
			.isEqualTo("db/changelog/008.yaml");
		assertThat(ChangeSetId.parse("classpath*:db/changelog/008.yaml::8::ana").file())
			.isEqualTo("db/changelog/008.yaml");
	}

	@Test
	void leadingSlashesAreRemoved() {
		assertThat(ChangeSetId.parse("/db/changelog/008.yaml::8::ana").file()).isEqualTo("db/changelog/008.yaml");
		assertThat(ChangeSetId.parse("classpath://db/changelog/008.yaml::8::ana").file())
			.isEqualTo("db/changelog/008.yaml");
	}

	@Test
	void backslashesBecomeSlashes() {
		assertThat(new ChangeSetId("db\\changelog\\008.yaml", "8", "ana").file()).isEqualTo("db/changelog/008.yaml");
	}

	@Test
	void idsWrittenDifferentlyForTheSameFileAreEqual() {
		assertThat(ChangeSetId.parse("classpath:/db/changelog/008.yaml::8::ana"))
			.isEqualTo(ChangeSetId.parse("db/changelog/008.yaml::8::ana"));
	}

	@Test
	void missingAuthorBecomesEmpty() {
		assertThat(new ChangeSetId("db/changelog/008.yaml", "8", null)).hasToString("db/changelog/008.yaml::8::");
	}

	@Test
	void parseRejectsTextWithoutThreeParts() {
		assertThatIllegalArgumentException().isThrownBy(() -> ChangeSetId.parse("db/changelog/008.yaml::8"))
			.withMessageContaining("file::id::author");
		assertThatIllegalArgumentException().isThrownBy(() -> ChangeSetId.parse("db/changelog/008.yaml"))
			.withMessageContaining("'db/changelog/008.yaml'");
	}

	@Test
	void ofParsedChangeSetUsesThePathLiquibaseRecords() {
		ChangeSet changeSet = ChangeLogs.parse("ids/plain.yaml").get(0);
		assertThat(ChangeSetId.of(changeSet)).hasToString("changelogs/ids/plain.yaml::1::ana");
	}

	@Test
	void ofChangeSetFromClasspathLocationHasNoPrefix() {
		ChangeSet changeSet = new ChangeSet("8", "ana", false, false, "classpath:/db/changelog/008.yaml", null, null,
				(DatabaseChangeLog) null);
		assertThat(ChangeSetId.of(changeSet)).hasToString("db/changelog/008.yaml::8::ana");
	}

	@Test
	void ofChangeSetUsesItsLogicalFilePath() {
		List<ChangeSet> changeSets = ChangeLogs.parse("ids/logical-file-path.yaml");
		assertThat(changeSets).map(ChangeSetId::of)
			.map(ChangeSetId::toString)
			.containsExactly("db/changelog/orders.yaml::1::ana", "db/changelog/customers.yaml::2::bob");
	}

}
