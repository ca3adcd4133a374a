package dev.ratchet.lint.oracle;

/**
 * A PostgreSQL table-level lock mode, weakest first, so that a later constant is a
 * stronger lock. {@link #NONE} stands for no lock at all.
 */
public enum LockMode {

	NONE(null),

	ACCESS_SHARE("AccessShareLock"),

	ROW_SHARE("RowShareLock"),

	ROW_EXCLUSIVE("RowExclusiveLock"),

	SHARE_UPDATE_EXCLUSIVE("ShareUpdateExclusiveLock"),

	SHARE("ShareLock"),

	SHARE_ROW_EXCLUSIVE("ShareRowExclusiveLock"),

	EXCLUSIVE("ExclusiveLock"),

	ACCESS_EXCLUSIVE("AccessExclusiveLock");

	private final String pgLocksMode;

	LockMode(String pgLocksMode) {
		this.pgLocksMode = pgLocksMode;
	}

	/**
	 * Returns the mode named as in {@code pg_locks.mode}, for example
	 * {@code ShareUpdateExclusiveLock}.
	 * @throws IllegalArgumentException for a mode that is not a table lock mode
	 */
	public static LockMode of(String pgLocksMode) {
		for (LockMode mode : values()) {
			if (mode.pgLocksMode != null && mode.pgLocksMode.equals(pgLocksMode)) {
				return mode;
			}
		}
		throw new IllegalArgumentException("Not a table lock mode: " + pgLocksMode);
	}

	/**
	 * Whether this lock conflicts with ROW EXCLUSIVE, the lock every INSERT, UPDATE and
	 * DELETE takes, so that writers wait while it is held or queued.
	 */
	public boolean blocksWrites() {
		return compareTo(SHARE) >= 0;
	}

	/**
	 * Whether this lock conflicts with ACCESS SHARE, the lock every SELECT takes.
	 */
	public boolean blocksReads() {
		return this == ACCESS_EXCLUSIVE;
	}

	/**
	 * The mode as SQL spells it, for example {@code SHARE UPDATE EXCLUSIVE}.
	 */
	public String sql() {
		return name().replace('_', ' ');
	}

	/**
	 * The stronger of this mode and another.
	 */
	public LockMode strongest(LockMode other) {
		return (other != null && other.compareTo(this) > 0) ? other : this;
	}

}
