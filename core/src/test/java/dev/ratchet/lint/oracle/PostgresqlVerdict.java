package dev.ratchet.lint.oracle;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What PostgreSQL was seen to do, in the words of the online rules: each piece of work it
 * did under a lock that blocks writes (on a materialized view, which nothing writes, reads),
 * with the rules that name it.
 * <ul>
 * <li>a table rewritten: {@code table-rewrite}, or {@code exclusive-maintenance} for the
 * maintenance statements that rewrite ({@code VACUUM FULL}, {@code CLUSTER}, a refresh);</li>
 * <li>an index built for a constraint: {@code validating-constraint};</li>
 * <li>a plain index built: {@code blocking-index};</li>
 * <li>existing indexes rebuilt without a rewrite: {@code exclusive-maintenance};</li>
 * <li>a scan without any of those (a constraint checked): {@code validating-constraint};</li>
 * <li>a statement refused inside a transaction block: {@code concurrent-index-in-transaction}.</li>
 * </ul>
 */
final class PostgresqlVerdict {

	private PostgresqlVerdict() {
	}

	/**
	 * Returns the work an observation shows, each as the set of rules that may name it.
	 * @param observation what the oracle saw
	 * @return the work
	 */
	static Set<Set<String>> of(Observation observation, Set<String> views) {
		Set<Set<String>> work = new LinkedHashSet<>();
		if (observation.failed()) {
			if ("25001".equals(observation.sqlState())) {
				work.add(Set.of("concurrent-index-in-transaction"));
				return work;
			}
			throw new IllegalStateException("The form failed on PostgreSQL: " + observation.error());
		}
		for (TableWork table : observation.tables().values()) {
			boolean blocks = views.contains(table.table()) ? table.lockDuringWork().blocksReads()
					: table.lockDuringWork().blocksWrites();
			if (!blocks) {
				continue;
			}
			if (table.rewritten()) {
				work.add(Set.of("table-rewrite", "exclusive-maintenance"));
			}
			if (table.constraintIndexBuilt()) {
				work.add(Set.of("validating-constraint"));
			}
			else if (table.indexBuilt() && !table.reindexed() && !table.rewritten()) {
				work.add(Set.of("blocking-index"));
			}
			if (table.reindexed() && !table.rewritten() && !table.constraintIndexBuilt()) {
				work.add(Set.of("exclusive-maintenance"));
			}
			if (table.seqScans() > 0 && !table.rewritten() && !table.indexBuilt()) {
				work.add(Set.of("validating-constraint"));
			}
		}
		return work;
	}

}
