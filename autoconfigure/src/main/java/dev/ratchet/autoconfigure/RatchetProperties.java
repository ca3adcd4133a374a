package dev.ratchet.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ratchet.lint.Severity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for Ratchet.
 */
@ConfigurationProperties("ratchet")
public class RatchetProperties {

	/**
	 * Whether Ratchet is active at all.
	 */
	private boolean enabled = true;

	private final Validation validation = new Validation();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Validation getValidation() {
		return this.validation;
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

	/**
	 * What validation does with findings of severity block.
	 */
	public enum ValidationMode {

		/**
		 * Blocking findings stop the update before any changeset runs.
		 */
		ENFORCE,

		/**
		 * Blocking findings are logged and the update runs.
		 */
		WARN,

		/**
		 * Pending changesets are not checked.
		 */
		OFF

	}

}
