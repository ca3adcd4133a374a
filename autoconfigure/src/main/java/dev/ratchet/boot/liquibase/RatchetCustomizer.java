package dev.ratchet.boot.liquibase;

import java.lang.reflect.Field;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import dev.ratchet.boot.liquibase.MigrationRuns.ParsedChangeLog;
import dev.ratchet.boot.liquibase.RatchetLiquibasePostProcessor.Settings;
import dev.ratchet.lint.ChangeSetLinter;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.jdbc.JdbcCatalogs;
import dev.ratchet.state.PendingChangeSets;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.ChangeExecListener;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.Customizer;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The {@link Customizer} Ratchet puts on a {@code SpringLiquibase} bean. It runs the
 * customizer it decorates, keeps the changelog Liquibase parsed, applies the lock settings,
 * records the changesets that run, and stops the update before it starts when a pending
 * finding blocks (or, on a verify-only instance, always). What it sees is written to the
 * bean's {@link MigrationRun}; the exception that stops Liquibase carries no outcome.
 */
final class RatchetCustomizer implements Customizer<Liquibase> {

	private static final Log logger = LogFactory.getLog(RatchetCustomizer.class);

	private final SpringLiquibase bean;

	private final Customizer<Liquibase> delegate;

	private final Settings settings;

	private final MigrationRun run;

	private final Clock clock;

	RatchetCustomizer(SpringLiquibase bean, Customizer<Liquibase> delegate, Settings settings, MigrationRun run,
			Clock clock) {
		this.bean = bean;
		this.delegate = delegate;
		this.settings = settings;
		this.run = run;
		this.clock = clock;
	}

	@Override
	public void customize(Liquibase liquibase) {
		if (this.delegate != null) {
			this.delegate.customize(liquibase);
		}
		DatabaseChangeLog changeLog = parse(liquibase);
		this.run.parsed(new ParsedChangeLog(changeLog, liquibase.getResourceAccessor()));
		if (!this.settings.migrate()) {
			this.run.skip();
			throw new UpdateSkippedException(this.bean.getBeanName());
		}
		prepareLock(liquibase);
		RecordingChangeExecListener listener = new RecordingChangeExecListener(existingListener(liquibase), this.run);
		this.run.attempt(listener);
		liquibase.setChangeExecListener(listener);
		if (this.settings.validate()) {
			validate(liquibase);
		}
	}

	private DatabaseChangeLog parse(Liquibase liquibase) {
		try {
			return liquibase.getDatabaseChangeLog();
		}
		catch (LiquibaseException ex) {
			throw new IllegalStateException("Liquibase could not parse the changelog of '" + this.bean.getBeanName()
					+ "' (" + this.bean.getChangeLog() + "): " + ex.getMessage(), ex);
		}
	}

	private void prepareLock(Liquibase liquibase) {
		LockService lockService = LockServiceFactory.getInstance().getLockService(liquibase.getDatabase());
		long seconds = Math.max(1, this.settings.lockWait().toSeconds());
		lockService.setChangeLogLockWaitTime(seconds / 60);
		lockService.setChangeLogLockRecheckTime(Math.min(seconds, 10));
		if (this.settings.releaseStale()) {
			try {
				StaleLocks.releaseIfStale(lockService, this.settings.staleAfter(), this.clock.instant());
			}
			catch (LiquibaseException ex) {
				throw new IllegalStateException("Could not release the stale changelog lock of '"
						+ this.bean.getBeanName() + "': " + ex.getMessage(), ex);
			}
		}
	}

	private void validate(Liquibase liquibase) {
		LintReport report = lint(liquibase);
		report.warnings().forEach((finding) -> logger.warn(describe("Warning", finding)));
		report.approved().forEach((finding) -> logger.info(describe("Approved", finding)));
		report.notes().forEach((finding) -> logger.info(describe("Note", finding)));
		List<Finding> blocking = report.blocking();
		if (blocking.isEmpty()) {
			return;
		}
		if (this.settings.enforce()) {
			MigrationBlockedException blocked = new MigrationBlockedException(this.bean.getBeanName(), blocking);
			this.run.block(blocked);
			throw blocked;
		}
		blocking.forEach((finding) -> logger.warn(describe("Not blocked (ratchet.validation.mode=warn)", finding)));
	}

	private LintReport lint(Liquibase liquibase) {
		ChangeSetLinter linter = new ChangeSetLinter(this.settings.policy(), JdbcCatalogs.target(liquibase.getDatabase()));
		try {
			return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), liquibase.getResourceAccessor()),
					() -> linter.lintRun(PendingChangeSets.of(liquibase.getDatabaseChangeLog(), liquibase.getDatabase(),
							this.bean.getContexts(), this.bean.getLabelFilter(), this.bean.getTag())));
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Ratchet could not read the pending changesets of '"
					+ this.bean.getBeanName() + "' (" + this.bean.getChangeLog() + "): " + ex.getMessage(), ex);
		}
	}

	private static ChangeExecListener existingListener(Liquibase liquibase) {
		try {
			Field field = Liquibase.class.getDeclaredField("changeExecListener");
			field.setAccessible(true);
			return (ChangeExecListener) field.get(liquibase);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

	private static String describe(String label, Finding finding) {
		return label + ": " + finding.changeSet() + " [" + finding.rule().id() + "] " + finding.message() + " ("
				+ finding.changeType() + ((finding.target() != null) ? " on " + finding.target() : "") + ")";
	}

}
