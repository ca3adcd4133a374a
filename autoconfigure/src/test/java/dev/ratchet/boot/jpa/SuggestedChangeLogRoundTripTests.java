package dev.ratchet.boot.jpa;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.ratchet.boot.jpa.ahead.AheadEntities;
import dev.ratchet.boot.jpa.shop.ShopEntities;
import dev.ratchet.boot.testsupport.JpaApps;
import dev.ratchet.boot.testsupport.SqlDatabase;
import dev.ratchet.boot.testsupport.SqlDatabase.Engine;
import dev.ratchet.drift.DriftItem;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.MigrationStatus;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suggested changelog, applied as the next release, leaves no error drift and compat
 * mode off, on H2, PostgreSQL and MariaDB: entities ahead of release 1 (a new column, one
 * with a database default, a new embeddable column, a new entity with an index, a new
 * joined subclass table), and entities of every mapping kind on an empty database.
 */
class SuggestedChangeLogRoundTripTests {

	@TempDir
	Path directory;

	@ParameterizedTest
	@EnumSource(Engine.class)
	void entitiesAheadOfTheChangelogGetTheAdditiveChangeSetTheyNeed(Engine engine) throws Exception {
		try (SqlDatabase database = engine.create()) {
			Files.copy(new ClassPathResource("suggest/release-1.yaml").getInputStream(),
					this.directory.resolve("release-1.yaml"));
			String suggested = suggestion(database, AheadEntities.class, master("release-1.yaml"));
			assertThat(suggested).contains("- createTable:\n        tableName: voucher")
				.contains("- createTable:\n        tableName: wallet_payment")
				.contains("- addColumn:\n        tableName: member")
				.contains("name: nickname")
				.contains("name: postcode")
				.contains("name: points\n            type: int\n            defaultValueComputed: '0'")
				.contains("indexName: ix_voucher_code")
				.doesNotContainIgnoringCase("drop")
				.doesNotContainIgnoringCase("rename")
				.doesNotContain("modifyDataType")
				.doesNotContain("tableName: card_payment");
			Files.writeString(this.directory.resolve("release-2.yaml"), suggested);
			assertNoErrorDrift(database, AheadEntities.class, master("release-1.yaml", "release-2.yaml"));
		}
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void onAnEmptyDatabaseTheSuggestionCreatesEveryTableTheEntitiesMap(Engine engine) throws Exception {
		try (SqlDatabase database = engine.create()) {
			String suggested = suggestion(database, ShopEntities.class, master());
			assertThat(suggested.split("- createTable:", -1)).hasSize(11);
			Files.writeString(this.directory.resolve("release-1.yaml"), suggested);
			assertNoErrorDrift(database, ShopEntities.class, master("release-1.yaml"));
		}
	}

	private String suggestion(SqlDatabase database, Class<?> entities, String changeLog) {
		String[] suggested = new String[1];
		JpaApps.runner(database.url(), entities, changeLog).run((context) -> {
			assertThat(context).hasNotFailed();
			MigrationState state = JpaApps.state(context);
			assertThat(state.drift()).anyMatch(DriftItem::isError);
			suggested[0] = state.suggestedChangeLog();
		});
		assertThat(suggested[0]).isNotNull();
		return suggested[0];
	}

	private void assertNoErrorDrift(SqlDatabase database, Class<?> entities, String changeLog) {
		JpaApps.runner(database.url(), entities, changeLog)
			.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "ratchet.drift.fail-on=error")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				MigrationState state = JpaApps.state(context);
				assertThat(state.drift()).noneMatch(DriftItem::isError);
				assertThat(state.compat().active()).isFalse();
				assertThat(state.suggestedChangeLog()).isNull();
				assertThat(state.status()).isEqualTo(MigrationStatus.UP_TO_DATE);
			});
	}

	/**
	 * Writes a master changelog including releases from this directory, a file of its own
	 * per release: Liquibase remembers for the life of the JVM that a changelog file was up
	 * to date on a database.
	 */
	private String master(String... releases) throws Exception {
		StringBuilder yaml = new StringBuilder("databaseChangeLog:\n");
		for (String release : releases) {
			yaml.append("  - include: {file: ").append(release).append(", relativeToChangelogFile: true}\n");
		}
		if (releases.length == 0) {
			yaml.append("  []\n");
		}
		Path master = this.directory.resolve("master-" + releases.length + ".yaml");
		Files.writeString(master, (releases.length == 0) ? "databaseChangeLog: []\n" : yaml.toString());
		return "file:" + master;
	}

}
