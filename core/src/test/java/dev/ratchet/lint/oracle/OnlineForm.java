package dev.ratchet.lint.oracle;

import java.util.Set;

/**
 * A statement form the online-safety rules judge, as a changelog in
 * {@code online/forms/<name>.sql|yaml} on the {@link OnlineForms#fixture fixture}'s tables,
 * and the online rules Ratchet reports for it on PostgreSQL: the rules whose work (a rewrite,
 * a validating scan, an index build) the lock oracle sees PostgreSQL do under a lock that
 * blocks writes, or a lock held without work that a rule names ({@code DROP INDEX},
 * {@code LOCK TABLE}).
 *
 * @param name the changelog's name
 * @param file the changelog's file name
 * @param rules the online rule ids reported over all its changesets; empty for a safe form
 * @param lockOnly the rule a changeset reports for a lock it holds without work, or {@code null}
 */
public record OnlineForm(String name, String file, Set<String> rules, String lockOnly) {

	/**
	 * Returns the changelog's classpath location.
	 * @return such as {@code online/forms/create-index.sql}
	 */
	public String path() {
		return "online/forms/" + this.file;
	}

	/**
	 * Returns whether the form is a safe one: no online rule.
	 * @return whether it is safe
	 */
	public boolean isSafe() {
		return this.rules.isEmpty();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
