package dev.ratchet.boot.liquibase;

import java.util.List;

/**
 * Thrown when {@code ratchet.migration.mark-ran} names a changeset Ratchet will not record as
 * run: it is not in the changelog, or what it creates is not in the database. Nothing is
 * recorded and nothing runs.
 */
public class MarkRanRefusedException extends RuntimeException {

	private final String beanName;

	private final List<String> reasons;

	/**
	 * Creates a new instance.
	 * @param beanName the {@code SpringLiquibase} bean
	 * @param reasons one sentence per refused changeset, naming it and what is missing
	 */
	public MarkRanRefusedException(String beanName, List<String> reasons) {
		super("Ratchet did not record the changesets of ratchet.migration.mark-ran for '" + beanName
				+ "' as run: " + String.join("; ", reasons));
		this.beanName = beanName;
		this.reasons = List.copyOf(reasons);
	}

	/**
	 * Returns the {@code SpringLiquibase} bean.
	 * @return its name
	 */
	public String getBeanName() {
		return this.beanName;
	}

	/**
	 * Returns why each changeset was refused.
	 * @return one sentence per changeset
	 */
	public List<String> getReasons() {
		return this.reasons;
	}

}
