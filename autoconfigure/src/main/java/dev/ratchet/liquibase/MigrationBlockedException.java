package dev.ratchet.liquibase;

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
