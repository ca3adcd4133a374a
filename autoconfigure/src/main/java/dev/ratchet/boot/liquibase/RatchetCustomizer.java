package dev.ratchet.boot.liquibase;

import java.lang.reflect.Field;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import dev.ratchet.boot.liquibase.AttemptOutcome.PendingLint;
import dev.ratchet.boot.session.StaleLocks;
import dev.ratchet.lint.ChangeSetLinter;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.ParsedChangeLog;
import dev.ratchet.lint.jdbc.JdbcCatalogs;
import dev.ratchet.state.PendingChangeSets;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
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
 * The {@link Customizer} Ratchet puts on a {@code SpringLiquibase} bean for one attempt of
 * its update. It runs the customizer it decorates, keeps the changelog Liquibase parsed,
 * applies the lock settings, records the changesets that run, and stops the update before
 * it starts when a pending finding blocks (or, on a verify-only instance, always). What it
 * decides is noted in the {@link Attempt}; the exception that stops Liquibase carries
 * nothing.
 */
final class RatchetCustomizer implements Customizer<Liquibase> {

	private static final Log logger = LogFactory.getLog(RatchetCustomizer.class);

	private final SpringLiquibase bean;

	private final Customizer<Liquibase> delegate;

	private final UpdateSettings settings;

	private final Attempt attempt;

	private final Clock clock;

	RatchetCustomizer(SpringLiquibase bean, Customizer<Liquibase> delegate, UpdateSettings settings, Attempt attempt,
			Clock clock) {
		this.bean = bean;
		this.delegate = delegate;
		this.settings = settings;
		this.attempt = attempt;
		this.clock = clock;
	}

	@Override
	public void customize(Liquibase liquibase) {
		if (this.delegate != null) {
			this.delegate.customize(liquibase);
		}
		DatabaseChangeLog changeLog = parse(liquibase);
		this.attempt.parsed(new ParsedChangeLog(this.bean.getChangeLog(), changeLog, liquibase.getResourceAccessor()));
		if (!this.settings.migrate()) {
			this.attempt.skipped();
			throw new UpdateSkippedException(this.bean.getBeanName());
		}
		prepareLock(liquibase);
		markRan(liquibase, changeLog);
		liquibase.setChangeExecListener(new RecordingChangeExecListener(existingListener(liquibase), this.attempt));
		if (this.settings.validates()) {
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
		long seconds = Math.max(1, this.settings.lock().lockWait().toSeconds());
		lockService.setChangeLogLockWaitTime(seconds / 60);
		lockService.setChangeLogLockRecheckTime(Math.min(seconds, 10));
		if (this.settings.lock().releaseStale()) {
			try {
				StaleLocks.releaseIfStale(lockService, this.settings.lock().staleAfter(), this.clock.instant());
			}
			catch (LiquibaseException ex) {
				throw new IllegalStateException("Could not release the stale changelog lock of '"
						+ this.bean.getBeanName() + "': " + ex.getMessage(), ex);
			}
		}
	}

	private void markRan(Liquibase liquibase, DatabaseChangeLog changeLog) {
		if (this.settings.markRan().isEmpty()) {
			return;
		}
		LockService lockService = LockServiceFactory.getInstance().getLockService(liquibase.getDatabase());
		try {
			boolean locked = lockService.hasChangeLogLock();
			if (!locked) {
				lockService.waitForLock();
			}
			try {
				MarkRan.record(this.settings.markRan(), changeLog, liquibase.getDatabase(), this.bean.getBeanName());
			}
			finally {
				if (!locked) {
					lockService.releaseLock();
				}
			}
		}
		catch (LiquibaseException ex) {
			throw new IllegalStateException("Ratchet could not record the changesets of ratchet.migration.mark-ran for '"
					+ this.bean.getBeanName() + "': " + ex.getMessage(), ex);
		}
	}

	private void validate(Liquibase liquibase) {
		PendingLint linted = lintPending(liquibase);
		this.attempt.linted(linted);
		LintReport report = linted.report();
		report.warnings().forEach((finding) -> logger.warn(describe("Warning", finding)));
		report.approved().forEach((finding) -> logger.info(describe("Approved", finding)));
		report.notes().forEach((finding) -> logger.info(describe("Note", finding)));
		List<Finding> blocking = report.blocking();
		if (blocking.isEmpty()) {
			return;
		}
		if (this.settings.enforces()) {
			MigrationBlockedException blocked = new MigrationBlockedException(this.bean.getBeanName(), blocking);
			this.attempt.blocked(blocked);
			throw blocked;
		}
		blocking.forEach((finding) -> logger.warn(describe("Not blocked (ratchet.validation.mode=warn)", finding)));
	}

	private PendingLint lintPending(Liquibase liquibase) {
		ChangeSetLinter linter = new ChangeSetLinter(this.settings.policy(), JdbcCatalogs.target(liquibase.getDatabase()));
		try {
			return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), liquibase.getResourceAccessor()), () -> {
				List<ChangeSet> pending = PendingChangeSets.beforeUpdate(liquibase.getDatabaseChangeLog(), liquibase.getDatabase(),
						this.bean.getContexts(), this.bean.getLabelFilter(), this.bean.getTag());
				LintReport report = FleetAtBoot.check(linter.lintRun(pending), pending, liquibase.getDatabase(),
						this.settings.fleet(), this.settings.policy());
				return new PendingLint(pending.stream().map(ChangeSet::toString).toList(), report);
			});
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
