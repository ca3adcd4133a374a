package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.ratchet.Identifiers;
import dev.ratchet.lint.rule.Rule;
import dev.ratchet.lint.rule.Severity;
import dev.ratchet.lint.rule.Violation;

/**
 * The online-safety findings of an update, whose severity follows the live size of their
 * tables: {@code block} at or above {@code ratchet.online.large-table-rows} rows,
 * {@code info} below, {@code warn} when the size is not known. Sizes are read once, for
 * every table at a time, once every changeset is linted; each finding says the estimate it
 * used. A statement that names only an index is sized by the index's table, one on a domain
 * by the largest table that uses it.
 */
final class OnlineFindings {

	private final long largeTableRows;

	private final List<Deferred> deferred = new ArrayList<>();

	OnlineFindings(long largeTableRows) {
		this.largeTableRows = largeTableRows;
	}

	/**
	 * Keeps a finding's place until its table's size is known.
	 */
	void defer(Violation violation, ChangeSetId changeSet, boolean approved, List<Finding> findings) {
		this.deferred.add(new Deferred(findings.size(), violation, changeSet, approved));
		findings.add(null);
	}

	/**
	 * Reads the sizes of the tables of the kept findings and puts each finding in its place.
	 */
	void size(TableCatalog catalog, List<Finding> findings) {
		if (this.deferred.isEmpty()) {
			return;
		}
		Map<Deferred, String> tableOf = new HashMap<>();
		for (Deferred entry : this.deferred) {
			Violation violation = entry.violation();
			String target = Identifiers.looseUnqualifiedKey(violation.target());
			String table = (violation.table() != null) ? Identifiers.looseUnqualifiedKey(violation.table())
					: (target != null) ? catalog.tableOf(target) : null;
			if (table != null) {
				tableOf.put(entry, table);
			}
		}
		Map<String, Long> rows = catalog.rows(new LinkedHashSet<>(tableOf.values()), this.largeTableRows);
		for (Deferred entry : this.deferred) {
			Violation violation = entry.violation();
			Long estimate = tableOf.containsKey(entry) ? rows.get(tableOf.get(entry)) : null;
			Severity severity = (estimate == null) ? Severity.WARN
					: (estimate >= this.largeTableRows) ? Severity.BLOCK : Severity.INFO;
			String size = (estimate == null) ? " (the table's size is not known)"
					: " (about " + number(estimate) + " rows; blocks from " + number(this.largeTableRows)
							+ ", ratchet.online.large-table-rows)";
			findings.set(entry.index(), new Finding(violation.rule(), severity, entry.approved(), entry.changeSet(),
					violation.changeType(), violation.target(), violation.message() + size,
					violation.rule().suggestion()));
		}
		findings.removeIf((finding) -> finding == null);
	}

	/**
	 * What static lint says of an online-safety finding, which it cannot size.
	 */
	static String staticNote(Rule rule, boolean update, long largeTableRows) {
		if (!rule.isOnline() || update || rule == Rule.CONCURRENT_INDEX_IN_TRANSACTION) {
			return "";
		}
		return " (at boot this blocks when the table has " + number(largeTableRows) + " rows or more)";
	}

	/**
	 * Writes a number with thousands separators, such as {@code 100,000}.
	 */
	private static String number(long value) {
		String digits = Long.toString(Math.abs(value));
		StringBuilder grouped = new StringBuilder((value < 0) ? "-" : "");
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				grouped.append(',');
			}
			grouped.append(digits.charAt(i));
		}
		return grouped.toString();
	}

	private record Deferred(int index, Violation violation, ChangeSetId changeSet, boolean approved) {

	}

}
