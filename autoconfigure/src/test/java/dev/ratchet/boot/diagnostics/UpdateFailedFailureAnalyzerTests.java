package dev.ratchet.boot.diagnostics;

import java.util.List;

import dev.ratchet.boot.liquibase.RanBefore;
import dev.ratchet.boot.liquibase.UpdateFailedException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateFailedFailureAnalyzerTests {

	private static final String LEFT_BEHIND = "MariaDB does not roll back DDL: changeset db/r2.yaml::r2-1::ana "
			+ "left behind: table half_done created.";

	@Test
	void namesTheChangesetTheErrorAndWhatItLeftBehind() {
		FailureAnalysis analysis = analyze(
				new UpdateFailedException("liquibase", "db/r2.yaml::r2-1::ana", "Table 'no_such_table' doesn't exist",
						LEFT_BEHIND, new IllegalStateException()));
		assertThat(analysis.getDescription()).startsWith("Liquibase update of 'liquibase' failed in changeset "
				+ "db/r2.yaml::r2-1::ana." + System.lineSeparator() + LEFT_BEHIND)
			.contains("Table 'no_such_table' doesn't exist");
		assertThat(analysis.getAction()).contains("undo what it left behind");
	}

	@Test
	void whereDdlIsTransactionalNothingIsSaidToBeLeftBehind() {
		FailureAnalysis analysis = analyze(new UpdateFailedException("liquibase", "db/r2.yaml::r2-1::ana",
				"relation \"no_such_table\" does not exist", null, new IllegalStateException()));
		assertThat(analysis.getDescription()).doesNotContain("left behind")
			.contains("relation \"no_such_table\" does not exist");
		assertThat(analysis.getAction()).doesNotContain("left behind");
	}

	@Test
	void anUpdateThatKeptWaitingForALockSaysHowToFindTheSessionHoldingIt() {
		FailureAnalysis analysis = analyze(new UpdateFailedException("liquibase", "db/r2.yaml::r2-1::ana",
				"canceling statement due to lock timeout" + System.lineSeparator() + "The update waited longer than "
						+ "ratchet.online.lock-timeout (PT5S) for a lock 4 times (ratchet.online.lock-retries=3): "
						+ "another session holds a lock on a table the changeset changes.",
				null, true, new IllegalStateException()));
		assertThat(analysis.getDescription()).contains("a lock 4 times (ratchet.online.lock-retries=3)");
		assertThat(analysis.getAction()).contains("pg_stat_activity").contains("SHOW PROCESSLIST")
			.contains("ratchet.online.lock-timeout");
	}

	@Test
	void aChangesetAppliedButNotRecordedIsNotBlamedAndTheAnalysisSaysHowToRecordIt() {
		FailureAnalysis analysis = analyze(new UpdateFailedException("liquibase", "db/r2.yaml::r2-1::ana",
				"Table 'orders' already exists", null, false, new RanBefore("Table 'orders' already exists", List.of()),
				new IllegalStateException()));
		assertThat(analysis.getDescription())
			.startsWith("Liquibase update of 'liquibase' failed in changeset db/r2.yaml::r2-1::ana on its first "
					+ "change: Table 'orders' already exists.")
			.contains("The changeset is not at fault")
			.contains("applied but not recorded")
			.containsOnlyOnce("Table 'orders' already exists");
		assertThat(analysis.getAction()).contains("ratchet.migration.mark-ran=db/r2.yaml::r2-1::ana")
			.contains("refuses, naming what is missing")
			.doesNotContain("Fix the changeset");
	}

	@Test
	void aChangesetAppliedInPartSaysWhatIsMissingAndBothWaysOn() {
		FailureAnalysis analysis = analyze(new UpdateFailedException("liquibase", "db/r2.yaml::r2-1::ana",
				"Table 'orders' already exists", null, false,
				new RanBefore("Table 'orders' already exists", List.of("index orders_total")),
				new IllegalStateException()));
		assertThat(analysis.getDescription()).contains("began to run before and was not recorded")
			.contains("but index orders_total not");
		assertThat(analysis.getAction()).startsWith("Either create index orders_total by hand")
			.contains("ratchet.migration.mark-ran=db/r2.yaml::r2-1::ana")
			.contains("or undo what it created");
	}

	private static FailureAnalysis analyze(UpdateFailedException failure) {
		return new UpdateFailedFailureAnalyzer().analyze(new BeanCreationException("liquibase", "failed", failure));
	}

}
