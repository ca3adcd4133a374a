package dev.ratchet.boot.liquibase;

/**
 * Thrown when the boot-time update failed and {@code ratchet.migration.on-failure=fail}:
 * names the changeset that failed, what the database said (its message, SQLSTATE and error
 * code, without the failed SQL or the row values it quotes) and, on a database that does
 * not roll back DDL, what the changeset left behind.
 */
public class UpdateFailedException extends RuntimeException {

	private final String beanName;

	private final String failedChangeSet;

	private final String error;

	private final String leftBehind;

	private final boolean lockTimeout;

	private final RanBefore ranBefore;

	/**
	 * Creates a new instance.
	 * @param beanName the {@code SpringLiquibase} bean whose update failed
	 * @param failedChangeSet the changeset that failed, {@code file::id::author}, or {@code null}
	 * @param error Liquibase's error
	 * @param leftBehind what the changeset left behind, one sentence, or {@code null} where
	 * DDL is transactional
	 * @param cause Liquibase's exception
	 */
	public UpdateFailedException(String beanName, String failedChangeSet, String error, String leftBehind,
			Throwable cause) {
		this(beanName, failedChangeSet, error, leftBehind, false, cause);
	}

	/**
	 * Creates a new instance.
	 * @param beanName the {@code SpringLiquibase} bean whose update failed
	 * @param failedChangeSet the changeset that failed, {@code file::id::author}, or {@code null}
	 * @param error Liquibase's error
	 * @param leftBehind what the changeset left behind, one sentence, or {@code null} where
	 * DDL is transactional
	 * @param lockTimeout whether the update failed waiting for a lock, after its retries
	 * @param cause Liquibase's exception
	 */
	public UpdateFailedException(String beanName, String failedChangeSet, String error, String leftBehind,
			boolean lockTimeout, Throwable cause) {
		this(beanName, failedChangeSet, error, leftBehind, lockTimeout, null, cause);
	}

	/**
	 * Creates a new instance for a changeset that may have failed because what it creates
	 * exists.
	 * @param beanName the {@code SpringLiquibase} bean whose update failed
	 * @param failedChangeSet the changeset that failed, {@code file::id::author}, or {@code null}
	 * @param error Liquibase's error
	 * @param leftBehind what the changeset left behind, one sentence, or {@code null}
	 * @param lockTimeout whether the update failed waiting for a lock, after its retries
	 * @param ranBefore what the changeset's first change creates that already exists, or
	 * {@code null}
	 * @param cause Liquibase's exception
	 */
	public UpdateFailedException(String beanName, String failedChangeSet, String error, String leftBehind,
			boolean lockTimeout, RanBefore ranBefore, Throwable cause) {
		super(headline(beanName, failedChangeSet) + ": " + withLeftBehind(error, leftBehind), cause);
		this.beanName = beanName;
		this.failedChangeSet = failedChangeSet;
		this.error = error;
		this.leftBehind = leftBehind;
		this.lockTimeout = lockTimeout;
		this.ranBefore = ranBefore;
	}

	/**
	 * Returns the error followed, on a line of its own, by what the changeset left behind.
	 * @param error Liquibase's error
	 * @param leftBehind what the changeset left behind, or {@code null}
	 * @return the text
	 */
	static String withLeftBehind(String error, String leftBehind) {
		return (leftBehind != null) ? error + System.lineSeparator() + leftBehind : error;
	}

	/**
	 * Returns the first line of the report, such as {@code Liquibase update of 'liquibase'
	 * failed in changeset db/r2.yaml::2::ana}.
	 * @return the headline
	 */
	public String headline() {
		return headline(this.beanName, this.failedChangeSet);
	}

	private static String headline(String beanName, String failedChangeSet) {
		return "Liquibase update of '" + beanName + "' failed"
				+ ((failedChangeSet != null) ? " in changeset " + failedChangeSet : "");
	}

	/**
	 * Returns the bean whose update failed.
	 * @return the bean name
	 */
	public String getBeanName() {
		return this.beanName;
	}

	/**
	 * Returns the changeset that failed.
	 * @return {@code file::id::author}, or {@code null} when the update failed outside a changeset
	 */
	public String getFailedChangeSet() {
		return this.failedChangeSet;
	}

	/**
	 * Returns Liquibase's error.
	 * @return the error
	 */
	public String getError() {
		return this.error;
	}

	/**
	 * Returns what the failed changeset left behind.
	 * @return one sentence, or {@code null} on a database whose DDL is transactional
	 */
	public String getLeftBehind() {
		return this.leftBehind;
	}

	/**
	 * Returns whether the update failed because a statement waited longer than
	 * {@code ratchet.online.lock-timeout} for a lock, on every attempt.
	 * @return whether a lock timeout stopped the update
	 */
	public boolean isLockTimeout() {
		return this.lockTimeout;
	}

	/**
	 * Returns what the changeset's first change creates that already exists: the changeset
	 * ran before, or began to, and was not recorded.
	 * @return what exists and what is missing, or {@code null} when the failure is another one
	 */
	public RanBefore getRanBefore() {
		return this.ranBefore;
	}

}
