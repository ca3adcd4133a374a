package dev.ratchet.boot.liquibase;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import dev.ratchet.boot.liquibase.AttemptOutcome.FailedChangeSet;
import dev.ratchet.boot.liquibase.AttemptOutcome.Stop;
import dev.ratchet.boot.liquibase.UpdateDecision.Finish;
import dev.ratchet.boot.liquibase.UpdateDecision.LogLine;
import dev.ratchet.boot.liquibase.UpdateDecision.Retry;
import dev.ratchet.boot.liquibase.UpdateDecision.Tries;
import dev.ratchet.boot.session.MigrationTimeouts;
import dev.ratchet.state.RunOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link UpdateDecision}: what follows an attempt of the boot-time update, decided
 * from its {@link AttemptOutcome} alone.
 */
class UpdateDecisionTests {

	private static final UpdateSettings FAIL = UpdateSettings.builder()
		.timeouts(new MigrationTimeouts(Duration.ofSeconds(2), null, 2))
		.build();

	private static final UpdateSettings CONTINUE = UpdateSettings.builder()
		.onFailure(OnFailure.CONTINUE)
		.timeouts(new MigrationTimeouts(Duration.ofSeconds(2), null, 2))
		.build();

	private static final Tries FIRST = new Tries(0, 0, true);

	@Test
	void anAttemptThatThrewNothingSucceeds() {
		Finish finish = finish(outcome(Stop.NONE, null, null), FIRST, FAIL);
		assertThat(finish.outcome()).isEqualTo(RunOutcome.SUCCESS);
		assertThat(finish.thrown()).isNull();
		assertThat(finish.error()).isNull();
		assertThat(finish.log()).isEmpty();
	}

	@Test
	void aVerifyOnlyInstanceIsSkippedAndStartsWhateverTheFailureSetting() {
		Finish finish = finish(outcome(Stop.SKIPPED, null, new UpdateSkippedException("liquibase")), FIRST, FAIL);
		assertThat(finish.outcome()).isEqualTo(RunOutcome.SKIPPED);
		assertThat(finish.thrown()).isNull();
		assertThat(finish.log()).singleElement()
			.satisfies((line) -> assertThat(line.message()).contains("ratchet.migration.enabled=false"));
	}

	@Test
	void aBlockedUpdateStopsStartupUnlessItContinues() {
		MigrationBlockedException blocked = new MigrationBlockedException("liquibase", List.of());
		AttemptOutcome attempt = new AttemptOutcome(null, Stop.BLOCKED, blocked, null, List.of(), null, blocked);
		Finish failing = finish(attempt, FIRST, FAIL);
		assertThat(failing.outcome()).isEqualTo(RunOutcome.BLOCKED);
		assertThat(failing.thrown()).isSameAs(blocked);
		assertThat(failing.error()).isEqualTo(blocked.getMessage());
		Finish continuing = finish(attempt, FIRST, CONTINUE);
		assertThat(continuing.outcome()).isEqualTo(RunOutcome.BLOCKED);
		assertThat(continuing.thrown()).isNull();
		assertThat(continuing.log()).singleElement().satisfies((line) -> {
			assertThat(line.level()).isEqualTo(LogLine.Level.ERROR);
			assertThat(line.message()).endsWith("Starting anyway on the old schema (ratchet.migration.on-failure=continue).");
		});
	}

	@Test
	void aLockTimeoutIsRetriedWithABackoffAsLongAsRetriesAreLeft() {
		AttemptOutcome attempt = outcome(Stop.NONE, failed(false), lockTimeout());
		UpdateDecision first = UpdateDecision.after(attempt, new Tries(0, 1, true), FAIL, "liquibase");
		assertThat(first).isInstanceOfSatisfying(Retry.class, (retry) -> {
			assertThat(retry.backoff()).isEqualTo(Duration.ofSeconds(1));
			assertThat(retry.message()).contains("in changeset db/r2.yaml::2::ana", "retry 1 of 2");
		});
		UpdateDecision second = UpdateDecision.after(attempt, new Tries(1, 2, true), FAIL, "liquibase");
		assertThat(second).isInstanceOfSatisfying(Retry.class,
				(retry) -> assertThat(retry.backoff()).isEqualTo(Duration.ofSeconds(2)));
		Finish last = finish(attempt, new Tries(2, 3, true), FAIL);
		assertThat(last.outcome()).isEqualTo(RunOutcome.FAILED);
		assertThat(last.thrown()).isInstanceOfSatisfying(UpdateFailedException.class,
				(failure) -> assertThat(failure.isLockTimeout()).isTrue());
		assertThat(last.error()).contains("waited longer than ratchet.online.lock-timeout (PT2S) for a lock 3 times");
	}

	@Test
	void aLockTimeoutIsNotRetriedAfterAnInterruptedWait() {
		Finish finish = finish(outcome(Stop.NONE, failed(false), lockTimeout()), new Tries(0, 1, false), FAIL);
		assertThat(finish.outcome()).isEqualTo(RunOutcome.FAILED);
		assertThat(finish.error()).contains("for a lock once");
	}

	@Test
	void aChangesetThatLeftDdlBehindIsNotRetried() {
		Finish finish = finish(outcome(Stop.NONE, failed(true), lockTimeout()), new Tries(0, 1, true), FAIL);
		assertThat(finish.outcome()).isEqualTo(RunOutcome.FAILED);
		assertThat(finish.failedChangeSet()).isEqualTo("db/r2.yaml::2::ana");
		assertThat(finish.error()).contains("table half_done created");
		assertThat(finish.log()).singleElement().satisfies((line) -> {
			assertThat(line.level()).isEqualTo(LogLine.Level.WARN);
			assertThat(line.message()).contains("Not retried: the changeset left part of its changes behind.");
		});
	}

	@Test
	void aFailedChangesetIsNamedAndStopsStartupUnlessItContinues() {
		AttemptOutcome attempt = outcome(Stop.NONE, failed(false), new IllegalStateException("wrapped"));
		Finish failing = finish(attempt, FIRST, FAIL);
		assertThat(failing.outcome()).isEqualTo(RunOutcome.FAILED);
		assertThat(failing.failedChangeSet()).isEqualTo("db/r2.yaml::2::ana");
		assertThat(failing.error()).startsWith("relation \"missing\" does not exist");
		assertThat(failing.thrown()).isInstanceOfSatisfying(UpdateFailedException.class, (failure) -> {
			assertThat(failure.getFailedChangeSet()).isEqualTo("db/r2.yaml::2::ana");
			assertThat(failure.isLockTimeout()).isFalse();
		});
		Finish continuing = finish(attempt, FIRST, CONTINUE);
		assertThat(continuing.thrown()).isNull();
		assertThat(continuing.log()).singleElement()
			.satisfies((line) -> assertThat(line.cause()).as("no stack trace quoting the failed SQL").isNull());
	}

	@Test
	void aChangesetWhoseObjectsExistIsReportedAsAppliedButNotRecorded() {
		FailedChangeSet failed = new FailedChangeSet("db/r2.yaml::2::ana",
				"ERROR: column \"c2\" of relation \"t0034\" already exists", null, false,
				new RanBefore("column \"c2\" of relation \"t0034\" already exists", List.of()));
		Finish finish = finish(outcome(Stop.NONE, failed, new IllegalStateException("wrapped")), FIRST, FAIL);
		assertThat(finish.error()).contains("Changeset db/r2.yaml::2::ana was applied before but not recorded: "
				+ "column \"c2\" of relation \"t0034\" already exists")
			.contains("ratchet.migration.mark-ran=db/r2.yaml::2::ana");
		assertThat(finish.thrown()).isInstanceOfSatisfying(UpdateFailedException.class,
				(failure) -> assertThat(failure.getRanBefore()).isSameAs(failed.ranBefore()));
	}

	@Test
	void aFailureOutsideAnyChangesetIsThrownAsItCame() {
		IllegalStateException failure = new IllegalStateException("Connection refused");
		Finish finish = finish(outcome(Stop.NONE, null, failure), FIRST, FAIL);
		assertThat(finish.outcome()).isEqualTo(RunOutcome.FAILED);
		assertThat(finish.failedChangeSet()).isNull();
		assertThat(finish.thrown()).isSameAs(failure);
		assertThat(finish.error()).isEqualTo("Connection refused");
		Exception checked = new Exception("checked");
		assertThat(finish(outcome(Stop.NONE, null, checked), FIRST, FAIL).thrown())
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("Liquibase update of 'liquibase' failed: checked")
			.hasCause(checked);
	}

	private static Finish finish(AttemptOutcome attempt, Tries tries, UpdateSettings settings) {
		UpdateDecision decision = UpdateDecision.after(attempt, tries, settings, "liquibase");
		assertThat(decision).isInstanceOf(Finish.class);
		return (Finish) decision;
	}

	private static AttemptOutcome outcome(Stop stop, FailedChangeSet failed, Exception failure) {
		return new AttemptOutcome(null, stop, null, null, List.of(), failed, failure);
	}

	private static FailedChangeSet failed(boolean leftDdlBehind) {
		return new FailedChangeSet("db/r2.yaml::2::ana", "relation \"missing\" does not exist",
				leftDdlBehind ? "MariaDB does not roll back DDL: changeset db/r2.yaml::2::ana left behind: table "
						+ "half_done created." : null,
				leftDdlBehind, null);
	}

	private static Exception lockTimeout() {
		return new IllegalStateException("update failed",
				new SQLException("canceling statement due to lock timeout", "55P03"));
	}

}
