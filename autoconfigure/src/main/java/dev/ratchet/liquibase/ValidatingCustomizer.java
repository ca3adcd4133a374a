package dev.ratchet.liquibase;

import java.util.List;

import dev.ratchet.lint.ChangeSetLinter;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.LintReport;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.Customizer;
import liquibase.integration.spring.SpringLiquibase;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A {@link Customizer} that runs the customizer it decorates, then lints the pending
 * changesets and stops the update before it starts when a finding blocks.
 */
final class ValidatingCustomizer implements Customizer<Liquibase> {

	private static final Log logger = LogFactory.getLog(ValidatingCustomizer.class);

	private final SpringLiquibase bean;

	private final Customizer<Liquibase> delegate;

	private final ChangeSetLinter linter;

	private final boolean enforce;

	ValidatingCustomizer(SpringLiquibase bean, Customizer<Liquibase> delegate, ChangeSetLinter linter,
			boolean enforce) {
		this.bean = bean;
		this.delegate = delegate;
		this.linter = linter;
		this.enforce = enforce;
	}

	@Override
	public void customize(Liquibase liquibase) {
		if (this.delegate != null) {
			this.delegate.customize(liquibase);
		}
		LintReport report = this.linter.lintRun(pending(liquibase));
		report.warnings().forEach((finding) -> logger.warn(describe("Warning", finding)));
		report.approved().forEach((finding) -> logger.info(describe("Approved", finding)));
		List<Finding> blocking = report.blocking();
		if (blocking.isEmpty()) {
			return;
		}
		if (this.enforce) {
			throw new MigrationBlockedException(this.bean.getBeanName(), blocking);
		}
		blocking.forEach((finding) -> logger.warn(describe("Not blocked (ratchet.validation.mode=warn)", finding)));
	}

	private List<ChangeSet> pending(Liquibase liquibase) {
		try {
			return PendingChangeSets.of(liquibase, this.bean);
		}
		catch (LiquibaseException ex) {
			throw new IllegalStateException("Ratchet could not read the pending changesets of '"
					+ this.bean.getBeanName() + "' (" + this.bean.getChangeLog() + "): " + ex.getMessage(), ex);
		}
	}

	private static String describe(String label, Finding finding) {
		return label + ": " + finding.changeSet() + " [" + finding.rule().id() + "] " + finding.message() + " ("
				+ finding.changeType() + ((finding.target() != null) ? " on " + finding.target() : "") + ")";
	}

	Customizer<Liquibase> getDelegate() {
		return this.delegate;
	}

}
