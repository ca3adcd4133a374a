package dev.ratchet.boot.liquibase;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import dev.ratchet.boot.session.LockMode;
import dev.ratchet.boot.session.MigrationTimeouts;
import dev.ratchet.fleet.FleetSettings;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.ValidationMode;
import dev.ratchet.lock.LockSettings;

/**
 * What the boot-time update of every {@code SpringLiquibase} bean enforces. Built by name
 * with {@link #builder()}, which starts from the defaults of {@code ratchet.*}.
 *
 * @param validation what happens to pending findings of severity block
 * ({@code ratchet.validation.mode})
 * @param allowDropFirst whether {@code spring.liquibase.drop-first} may run
 * @param policy the severities and approvals in force
 * @param migrate whether this instance runs the update, otherwise it only verifies
 * ({@code ratchet.migration.enabled})
 * @param onFailure what a blocked or failed update does to startup
 * @param lockMode how the update is locked against other instances
 * @param lock how long to wait for the changelog lock, and what to do with a stale one
 * @param timeouts the migration session's timeouts and the retries on a lock timeout
 * @param markRan changesets applied but not recorded, to record as run before the update
 * ({@code ratchet.migration.mark-ran})
 * @param fleet how pending drops are checked against the live instances of the fleet
 */
public record UpdateSettings(ValidationMode validation, boolean allowDropFirst, LintPolicy policy, boolean migrate,
		OnFailure onFailure, LockMode lockMode, LockSettings lock, MigrationTimeouts timeouts, List<String> markRan,
		FleetSettings fleet) {

	/**
	 * Creates a new instance.
	 */
	public UpdateSettings {
		Objects.requireNonNull(validation, "validation");
		Objects.requireNonNull(policy, "policy");
		Objects.requireNonNull(onFailure, "onFailure");
		Objects.requireNonNull(lockMode, "lockMode");
		Objects.requireNonNull(lock, "lock");
		Objects.requireNonNull(timeouts, "timeouts");
		markRan = List.copyOf(markRan);
		Objects.requireNonNull(fleet, "fleet");
	}

	/**
	 * Starts settings from the defaults.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns whether pending changesets are linted before the update.
	 * @return whether validation is on
	 */
	public boolean validates() {
		return this.validation != ValidationMode.OFF;
	}

	/**
	 * Returns whether a blocking finding stops the update.
	 * @return whether validation enforces
	 */
	public boolean enforces() {
		return this.validation == ValidationMode.ENFORCE;
	}

	/**
	 * Returns whether the application starts after a blocked or failed update.
	 * @return whether it continues
	 */
	public boolean continuesOnFailure() {
		return this.onFailure == OnFailure.CONTINUE;
	}

	/**
	 * Builds {@link UpdateSettings} by name.
	 */
	public static final class Builder {

		private ValidationMode validation = ValidationMode.ENFORCE;

		private boolean allowDropFirst;

		private LintPolicy policy = LintPolicy.defaults();

		private boolean migrate = true;

		private OnFailure onFailure = OnFailure.FAIL;

		private LockMode lockMode = LockMode.SESSION;

		private LockSettings lock = new LockSettings(Duration.ofMinutes(5), Duration.ofMinutes(15), false);

		private MigrationTimeouts timeouts = new MigrationTimeouts(Duration.ofSeconds(5), null, 3);

		private List<String> markRan = List.of();

		private FleetSettings fleet = FleetSettings.off();

		private Builder() {
		}

		/**
		 * Sets what happens to pending findings of severity block.
		 * @param validation the mode
		 * @return this builder
		 */
		public Builder validation(ValidationMode validation) {
			this.validation = validation;
			return this;
		}

		/**
		 * Sets whether {@code drop-first} may run.
		 * @param allowDropFirst whether it may
		 * @return this builder
		 */
		public Builder allowDropFirst(boolean allowDropFirst) {
			this.allowDropFirst = allowDropFirst;
			return this;
		}

		/**
		 * Sets the severities and approvals in force.
		 * @param policy the policy
		 * @return this builder
		 */
		public Builder policy(LintPolicy policy) {
			this.policy = policy;
			return this;
		}

		/**
		 * Sets whether this instance runs the update.
		 * @param migrate whether it does
		 * @return this builder
		 */
		public Builder migrate(boolean migrate) {
			this.migrate = migrate;
			return this;
		}

		/**
		 * Sets what a blocked or failed update does to startup.
		 * @param onFailure what it does
		 * @return this builder
		 */
		public Builder onFailure(OnFailure onFailure) {
			this.onFailure = onFailure;
			return this;
		}

		/**
		 * Sets how the update is locked against other instances.
		 * @param lockMode the mode
		 * @return this builder
		 */
		public Builder lockMode(LockMode lockMode) {
			this.lockMode = lockMode;
			return this;
		}

		/**
		 * Sets how the changelog lock is waited for and released when stale.
		 * @param lock the lock settings
		 * @return this builder
		 */
		public Builder lock(LockSettings lock) {
			this.lock = lock;
			return this;
		}

		/**
		 * Sets the migration session's timeouts and the retries on a lock timeout.
		 * @param timeouts the timeouts
		 * @return this builder
		 */
		public Builder timeouts(MigrationTimeouts timeouts) {
			this.timeouts = timeouts;
			return this;
		}

		/**
		 * Sets the changesets to record as run before the update.
		 * @param markRan changesets, {@code file::id::author}
		 * @return this builder
		 */
		public Builder markRan(List<String> markRan) {
			this.markRan = markRan;
			return this;
		}

		/**
		 * Sets how pending drops are checked against the live instances of the fleet.
		 * @param fleet the fleet settings
		 * @return this builder
		 */
		public Builder fleet(FleetSettings fleet) {
			this.fleet = fleet;
			return this;
		}

		/**
		 * Builds the settings.
		 * @return the settings
		 */
		public UpdateSettings build() {
			return new UpdateSettings(this.validation, this.allowDropFirst, this.policy, this.migrate, this.onFailure,
					this.lockMode, this.lock, this.timeouts, this.markRan, this.fleet);
		}

	}

}
