package dev.ratchet.boot.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ratchet.boot.liquibase.OnFailure;
import dev.ratchet.boot.session.LockMode;
import dev.ratchet.compat.WritePolicy;
import dev.ratchet.fleet.FleetSettings;
import dev.ratchet.fleet.FleetTable;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.ValidationMode;
import dev.ratchet.lint.rule.Severity;
import dev.ratchet.state.MigrationStatus;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Configuration properties for Ratchet.
 */
@ConfigurationProperties("ratchet")
public class RatchetProperties {

	/**
	 * Whether Ratchet is active at all.
	 */
	private boolean enabled = true;

	/**
	 * How often the state snapshot (pending, lock, drift) is recomputed after boot.
	 */
	private Duration refreshInterval = Duration.ofMinutes(5);

	private final Validation validation = new Validation();

	private final Migration migration = new Migration();

	private final Lock lock = new Lock();

	private final Health health = new Health();

	private final Drift drift = new Drift();

	private final Compat compat = new Compat();

	private final Online online = new Online();

	private final Fleet fleet = new Fleet();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Duration getRefreshInterval() {
		return this.refreshInterval;
	}

	public void setRefreshInterval(Duration refreshInterval) {
		this.refreshInterval = refreshInterval;
	}

	public Validation getValidation() {
		return this.validation;
	}

	public Migration getMigration() {
		return this.migration;
	}

	public Lock getLock() {
		return this.lock;
	}

	public Health getHealth() {
		return this.health;
	}

	public Drift getDrift() {
		return this.drift;
	}

	public Compat getCompat() {
		return this.compat;
	}

	public Online getOnline() {
		return this.online;
	}

	public Fleet getFleet() {
		return this.fleet;
	}

	/**
	 * Returns the fleet settings, checked.
	 * @return the settings
	 * @throws InvalidConfigurationPropertyValueException when the table is not a plain name
	 */
	public FleetSettings fleetSettings() {
		FleetTable table;
		try {
			table = new FleetTable(this.fleet.getTable());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException("ratchet.fleet.table", this.fleet.getTable(),
					ex.getMessage());
		}
		return new FleetSettings(this.enabled && this.fleet.isEnabled(), table, this.fleet.getHeartbeat(),
				this.fleet.getTtl(), this.fleet.getForgetAfter(), this.fleet.getVersion());
	}

	/**
	 * How this instance takes part in the fleet: the instances of the application on the
	 * database, each with the tables and columns its release maps.
	 */
	public static class Fleet {

		/**
		 * Whether this instance registers itself and its mapped tables and columns, and
		 * checks pending drops against live instances.
		 */
		private boolean enabled = true;

		/**
		 * Ratchet's own table of instances, created by Ratchet outside the changelog.
		 */
		private String table = "ratchet_instance";

		/**
		 * How often an instance refreshes its row.
		 */
		private Duration heartbeat = Duration.ofSeconds(30);

		/**
		 * An instance whose last heartbeat is older is not live.
		 */
		private Duration ttl = Duration.ofMinutes(2);

		/**
		 * Rows of instances gone longer are purged.
		 */
		private Duration forgetAfter = Duration.ofDays(7);

		/**
		 * The release version this instance reports; by default the build-info version
		 * (META-INF/build-info.properties), else "unknown".
		 */
		private String version;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getTable() {
			return this.table;
		}

		public void setTable(String table) {
			this.table = table;
		}

		public Duration getHeartbeat() {
			return this.heartbeat;
		}

		public void setHeartbeat(Duration heartbeat) {
			this.heartbeat = heartbeat;
		}

		public Duration getTtl() {
			return this.ttl;
		}

		public void setTtl(Duration ttl) {
			this.ttl = ttl;
		}

		public Duration getForgetAfter() {
			return this.forgetAfter;
		}

		public void setForgetAfter(Duration forgetAfter) {
			this.forgetAfter = forgetAfter;
		}

		public String getVersion() {
			return this.version;
		}

		public void setVersion(String version) {
			this.version = version;
		}

	}

	/**
	 * How this instance runs the update on boot.
	 */
	public static class Migration {

		/**
		 * Whether this instance runs the update on boot; false makes it verify-only (pending
		 * changesets are reported, not run), for fleets where one job migrates.
		 */
		private boolean enabled = true;

		/**
		 * How long to wait for the Liquibase changelog lock.
		 */
		private Duration lockWait = Duration.ofMinutes(5);

		/**
		 * What a blocked or failed update does: fail stops startup; continue lets the
		 * application start on the old schema with status BLOCKED or FAILED and health DOWN.
		 */
		private OnFailure onFailure = OnFailure.FAIL;

		/**
		 * Changesets, 'file::id::author', applied but not recorded (a session that died between
		 * a changeset and its record, where the two cannot be one transaction): recorded as run
		 * on the next start, after checking that their objects exist; refused when they do not.
		 */
		private List<String> markRan = new ArrayList<>();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getLockWait() {
			return this.lockWait;
		}

		public void setLockWait(Duration lockWait) {
			this.lockWait = lockWait;
		}

		public OnFailure getOnFailure() {
			return this.onFailure;
		}

		public void setOnFailure(OnFailure onFailure) {
			this.onFailure = onFailure;
		}

		public List<String> getMarkRan() {
			return this.markRan;
		}

		public void setMarkRan(List<String> markRan) {
			this.markRan = markRan;
		}

	}

	/**
	 * How the update keeps a busy database serving: when online-safety findings block, and
	 * how long the migration session waits for a lock.
	 */
	public static class Online {

		/**
		 * From how many rows (the catalog's estimate) an online-safety finding blocks at
		 * boot; on a smaller table it is only reported.
		 */
		private long largeTableRows = LintPolicy.DEFAULT_LARGE_TABLE_ROWS;

		/**
		 * How long a statement of the update waits for a lock before it fails (PostgreSQL
		 * lock_timeout, MariaDB and MySQL lock_wait_timeout), set on the migration session
		 * only; 0 leaves the database's setting.
		 */
		private Duration lockTimeout = Duration.ofSeconds(5);

		/**
		 * How long a statement of the update may run (PostgreSQL statement_timeout, MariaDB
		 * max_statement_time); unlimited when not set.
		 */
		private Duration statementTimeout;

		/**
		 * How often an update that failed on the lock timeout is retried, with backoff,
		 * before startup fails; never when the failed changeset left DDL behind.
		 */
		private int lockRetries = 3;

		public long getLargeTableRows() {
			return this.largeTableRows;
		}

		public void setLargeTableRows(long largeTableRows) {
			if (largeTableRows < 0) {
				throw new InvalidConfigurationPropertyValueException("ratchet.online.large-table-rows", largeTableRows,
						"It must be 0 or more.");
			}
			this.largeTableRows = largeTableRows;
		}

		public Duration getLockTimeout() {
			return this.lockTimeout;
		}

		public void setLockTimeout(Duration lockTimeout) {
			if (lockTimeout != null && lockTimeout.isNegative()) {
				throw new InvalidConfigurationPropertyValueException("ratchet.online.lock-timeout", lockTimeout,
						"It must not be negative; 0 leaves the database's setting.");
			}
			this.lockTimeout = lockTimeout;
		}

		public Duration getStatementTimeout() {
			return this.statementTimeout;
		}

		public void setStatementTimeout(Duration statementTimeout) {
			if (statementTimeout != null && statementTimeout.isNegative()) {
				throw new InvalidConfigurationPropertyValueException("ratchet.online.statement-timeout",
						statementTimeout, "It must not be negative.");
			}
			this.statementTimeout = statementTimeout;
		}

		public int getLockRetries() {
			return this.lockRetries;
		}

		public void setLockRetries(int lockRetries) {
			if (lockRetries < 0) {
				throw new InvalidConfigurationPropertyValueException("ratchet.online.lock-retries", lockRetries,
						"It must be 0 or more.");
			}
			this.lockRetries = lockRetries;
		}

	}

	/**
	 * The Liquibase changelog lock.
	 */
	public static class Lock {

		/**
		 * How the update keeps other instances out: a database session lock, released when
		 * the session ends (PostgreSQL, MariaDB, MySQL), or Liquibase's lock table.
		 */
		private LockMode mode = LockMode.SESSION;

		/**
		 * How long the lock may be held before it is reported stale.
		 */
		private Duration staleAfter = Duration.ofMinutes(15);

		/**
		 * Whether a stale lock is released automatically before the update.
		 */
		private boolean releaseStale;

		public LockMode getMode() {
			return this.mode;
		}

		public void setMode(LockMode mode) {
			this.mode = mode;
		}

		public Duration getStaleAfter() {
			return this.staleAfter;
		}

		public void setStaleAfter(Duration staleAfter) {
			this.staleAfter = staleAfter;
		}

		public boolean isReleaseStale() {
			return this.releaseStale;
		}

		public void setReleaseStale(boolean releaseStale) {
			this.releaseStale = releaseStale;
		}

	}

	/**
	 * The migrations health indicator.
	 */
	public static class Health {

		/**
		 * Which statuses make the migrations health indicator DOWN.
		 */
		private Set<MigrationStatus> downOn = EnumSet.of(MigrationStatus.FAILED, MigrationStatus.BLOCKED);

		public Set<MigrationStatus> getDownOn() {
			return this.downOn;
		}

		public void setDownOn(Set<MigrationStatus> downOn) {
			this.downOn = downOn;
		}

	}

	/**
	 * How entities keep working when the live schema lags behind them.
	 */
	public static class Compat {

		/**
		 * Whether entities keep working on a lagging schema: a missing column reads as
		 * null, an entity whose table is missing is unavailable.
		 */
		private boolean enabled = true;

		/**
		 * What to do with an insert or update that carries a value for a missing column:
		 * reject fails it naming entity and column; drop drops the value and counts it.
		 */
		private WritePolicy writes = WritePolicy.REJECT;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public WritePolicy getWrites() {
			return this.writes;
		}

		public void setWrites(WritePolicy writes) {
			this.writes = writes;
		}

	}

	/**
	 * How the JPA entities and the changelog are compared with the live database.
	 */
	public static class Drift {

		/**
		 * Whether to compare the JPA entities and the changelog with the live database.
		 */
		private boolean enabled = true;

		/**
		 * Which drift fails startup: none only reports it; error fails startup on drift of
		 * severity error, listing every item.
		 */
		private DriftFailOn failOn = DriftFailOn.NONE;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public DriftFailOn getFailOn() {
			return this.failOn;
		}

		public void setFailOn(DriftFailOn failOn) {
			this.failOn = failOn;
		}

	}

	/**
	 * Which drift fails startup.
	 */
	public enum DriftFailOn {

		/**
		 * Drift is only reported.
		 */
		NONE,

		/**
		 * Drift of severity error fails startup.
		 */
		ERROR

	}

	/**
	 * How pending changesets are checked before the update.
	 */
	public static class Validation {

		/**
		 * What happens to pending findings of severity block: enforce stops the update
		 * before it starts, warn reports them and migrates anyway, off skips validation.
		 */
		private ValidationMode mode = ValidationMode.ENFORCE;

		/**
		 * Severity overrides by rule id (block, warn or off).
		 */
		private Map<String, Severity> rules = new LinkedHashMap<>();

		/**
		 * Approvals outside the changelog, each 'file::id::author=rule-id[,rule-id]'.
		 */
		private List<String> approved = new ArrayList<>();

		/**
		 * Whether spring.liquibase.drop-first=true may run.
		 */
		private boolean allowDropFirst;

		public ValidationMode getMode() {
			return this.mode;
		}

		public void setMode(ValidationMode mode) {
			this.mode = mode;
		}

		public Map<String, Severity> getRules() {
			return this.rules;
		}

		public void setRules(Map<String, Severity> rules) {
			this.rules = rules;
		}

		public List<String> getApproved() {
			return this.approved;
		}

		public void setApproved(List<String> approved) {
			this.approved = approved;
		}

		public boolean isAllowDropFirst() {
			return this.allowDropFirst;
		}

		public void setAllowDropFirst(boolean allowDropFirst) {
			this.allowDropFirst = allowDropFirst;
		}

	}

}
