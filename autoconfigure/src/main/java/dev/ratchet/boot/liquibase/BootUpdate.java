package dev.ratchet.boot.liquibase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

import dev.ratchet.LiquibaseTables;
import dev.ratchet.boot.liquibase.AttemptOutcome.PendingLint;
import dev.ratchet.boot.liquibase.MigrationRuns.ChangeSetRun;
import dev.ratchet.boot.liquibase.MigrationRuns.RunResult;
import dev.ratchet.boot.liquibase.UpdateDecision.Finish;
import dev.ratchet.boot.liquibase.UpdateDecision.LogLine;
import dev.ratchet.boot.liquibase.UpdateDecision.Retry;
import dev.ratchet.boot.liquibase.UpdateDecision.Tries;
import dev.ratchet.boot.session.LockMode;
import dev.ratchet.boot.session.MigrationLock;
import dev.ratchet.boot.session.MigrationSession;
import dev.ratchet.lint.ParsedChangeLog;
import dev.ratchet.state.AlreadyChecked;
import dev.ratchet.state.LastRun;
import dev.ratchet.state.RunOutcome;
import liquibase.Liquibase;
import liquibase.integration.spring.Customizer;
import liquibase.integration.spring.SpringLiquibase;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The boot-time update of one decorated {@link SpringLiquibase} bean. It runs the bean's
 * own update ({@code afterPropertiesSet()}) itself, rather than leaving it to the bean
 * factory, because only the caller can try an update again after a lock timeout and let
 * the application start after a failure ({@code ratchet.migration.on-failure=continue}).
 * The update runs on a session that holds the migration lock ({@code ratchet.lock.mode})
 * and has the lock timeout of {@code ratchet.online.*}. Each attempt gets a customizer of
 * its own and ends as an {@link AttemptOutcome}; {@link UpdateDecision} says what follows,
 * and the update ends with one {@link RunResult}.
 */
final class BootUpdate {

	private static final Log logger = LogFactory.getLog(BootUpdate.class);

	private final SpringLiquibase bean;

	private final UpdateSettings settings;

	private final Clock clock;

	BootUpdate(SpringLiquibase bean, UpdateSettings settings, Clock clock) {
		this.bean = bean;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Runs the update, trying again after a lock timeout as far as
	 * {@code ratchet.online.lock-retries} allows. Afterwards the bean does not run again.
	 * @param recorder told of the result before anything is thrown
	 * @throws RuntimeException when the update is blocked or fails and
	 * {@code on-failure=continue} is not set
	 */
	void run(Consumer<RunResult> recorder) {
		Instant startedAt = this.clock.instant();
		long start = System.nanoTime();
		DataSource dataSource = this.bean.getDataSource();
		Customizer<Liquibase> customizer = this.bean.getCustomizer();
		this.bean.setDataSource(MigrationSession.around(dataSource, this.settings.timeouts(), lock()));
		try {
			List<ChangeSetRun> ran = new ArrayList<>();
			ParsedChangeLog changeLog = null;
			AttemptOutcome attempt;
			Finish finish;
			int retries = 0;
			int lockTimeouts = 0;
			while (true) {
				attempt = attempt(customizer);
				ran.addAll(attempt.ran());
				changeLog = (attempt.changeLog() != null) ? attempt.changeLog() : changeLog;
				lockTimeouts += attempt.lockTimeout() ? 1 : 0;
				UpdateDecision decision = UpdateDecision.after(attempt, new Tries(retries, lockTimeouts, true),
						this.settings, this.bean.getBeanName());
				if (decision instanceof Retry retry) {
					logger.warn(retry.message());
					if (sleep(retry.backoff())) {
						retries++;
						continue;
					}
					decision = UpdateDecision.after(attempt, new Tries(retries, lockTimeouts, false), this.settings,
							this.bean.getBeanName());
				}
				finish = (Finish) decision;
				break;
			}
			finish.log().forEach(BootUpdate::log);
			LastRun lastRun = new LastRun(startedAt, Duration.ofNanos(System.nanoTime() - start).toMillis(),
					finish.outcome(), ran.size(), finish.failedChangeSet(), finish.error(), lockTimeouts);
			recorder.accept(new RunResult(this.bean.getBeanName(), changeLog, lastRun, ran, checked(attempt, finish)));
			if (finish.thrown() != null) {
				throw finish.thrown();
			}
		}
		finally {
			this.bean.setShouldRun(false);
			this.bean.setDataSource(dataSource);
			this.bean.setCustomizer(customizer);
		}
	}

	private AttemptOutcome attempt(Customizer<Liquibase> customizer) {
		Attempt attempt = new Attempt();
		this.bean.setCustomizer(new RatchetCustomizer(this.bean, customizer, this.settings, attempt, this.clock));
		try {
			this.bean.afterPropertiesSet();
			return attempt.end(null);
		}
		catch (Exception ex) {
			return attempt.end(ex);
		}
	}

	/**
	 * Returns what the update checked: an update that succeeded validated the checksums of
	 * the changelog it parsed, and the pending changesets of its last attempt were linted.
	 */
	private static AlreadyChecked checked(AttemptOutcome attempt, Finish finish) {
		boolean checksums = attempt.changeLog() != null && finish.outcome() == RunOutcome.SUCCESS;
		PendingLint linted = attempt.linted();
		return (linted != null) ? new AlreadyChecked(checksums, linted.changeSets(), linted.report())
				: new AlreadyChecked(checksums, List.of(), null);
	}

	private MigrationLock lock() {
		LockMode mode = this.settings.migrate() ? this.settings.lockMode() : LockMode.TABLE;
		String schema = (this.bean.getLiquibaseSchema() != null) ? this.bean.getLiquibaseSchema()
				: this.bean.getDefaultSchema();
		String lockTable = LiquibaseTables.orDefault(this.bean.getDatabaseChangeLogLockTable(), LiquibaseTables.LOCK);
		return new MigrationLock(mode, this.bean.getBeanName(), schema, lockTable, this.settings.lock());
	}

	private static boolean sleep(Duration backoff) {
		try {
			Thread.sleep(backoff.toMillis());
			return true;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void log(LogLine line) {
		switch (line.level()) {
			case INFO -> logger.info(line.message(), line.cause());
			case WARN -> logger.warn(line.message(), line.cause());
			case ERROR -> logger.error(line.message(), line.cause());
		}
	}

}
