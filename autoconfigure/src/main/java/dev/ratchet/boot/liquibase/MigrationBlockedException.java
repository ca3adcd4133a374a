package dev.ratchet.boot.liquibase;

import java.util.List;

import dev.ratchet.lint.Finding;

/**
 * Thrown before the update starts when pending changesets have blocking findings; nothing
 * has run.
 */
public class MigrationBlockedException extends RuntimeException {

	private final String beanName;

	private final List<Finding> blocking;

	/**
	 * Creates a new instance.
	 * @param beanName the {@code SpringLiquibase} bean whose update was stopped
	 * @param blocking every blocking finding
	 */
	public MigrationBlockedException(String beanName, List<Finding> blocking) {
		super(message(beanName, blocking));
		this.beanName = beanName;
		this.blocking = List.copyOf(blocking);
	}

	private static String message(String beanName, List<Finding> blocking) {
		StringBuilder message = new StringBuilder("Ratchet blocked the Liquibase update of '" + beanName + "': "
				+ blocking.size() + " pending change(s) would destroy data or break the deployed release; nothing ran.");
		for (Finding finding : blocking) {
			message.append(System.lineSeparator())
				.append("  ")
				.append(finding.changeSet())
				.append(" [")
				.append(finding.rule().id())
				.append("] ")
				.append(finding.message());
		}
		return message.toString();
	}

	/**
	 * Returns the full report: every blocked changeset with its rule, target, why it is
	 * dangerous, the safe alternative and how to approve it.
	 * @return the report, several lines
	 */
	public String report() {
		String nl = System.lineSeparator();
		StringBuilder report = new StringBuilder();
		report.append("Ratchet blocked the Liquibase update of '")
			.append(this.beanName)
			.append("': ")
			.append(this.blocking.size())
			.append(" pending change(s) would destroy data or break the release still running.")
			.append(nl)
			.append("Nothing ran; the database is as it was.")
			.append(nl);
		for (Finding finding : this.blocking) {
			String target = (finding.target() != null) ? " on " + finding.target() : "";
			report.append(nl)
				.append("  ").append(finding.changeSet()).append(nl)
				.append("    rule:     ").append(finding.rule().id()).append(" (").append(finding.severity().id())
				.append(")").append(nl)
				.append("    change:   ").append(finding.changeType()).append(target).append(": ")
				.append(finding.message()).append(nl)
				.append("    why:      ").append(finding.rule().risk()).append(nl)
				.append("    instead:  ").append(finding.suggestion()).append(nl)
				.append("    approve:  add '").append(finding.approvalComment())
				.append(" <reason>' to the changeset's comment, or set").append(nl)
				.append("              ratchet.validation.approved=").append(finding.approvalProperty()).append(nl);
		}
		return report.toString();
	}

	/**
	 * Returns the bean whose update was stopped.
	 * @return the bean name
	 */
	public String getBeanName() {
		return this.beanName;
	}

	/**
	 * Returns every blocking finding.
	 * @return the findings
	 */
	public List<Finding> getBlocking() {
		return this.blocking;
	}

}
