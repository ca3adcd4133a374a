package dev.ratchet.lint;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The online-safety findings of an update, whose severity follows the live size of their
 * tables: {@code block} at or above {@code ratchet.online.large-table-rows} rows,
 * {@code info} below, {@code warn} when the size is not known. Sizes are read once, for
 * every table at a time, once every changeset is linted; each finding says the estimate it
 * used.
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
		Set<String> tables = new LinkedHashSet<>();
		this.deferred.stream().map((d) -> d.violation().table()).filter((t) -> t != null).forEach((t) -> tables.add(Targets.key(t)));
		Map<String, Long> rows = catalog.rows(tables, this.largeTableRows);
		for (Deferred entry : this.deferred) {
			Violation violation = entry.violation();
			Long estimate = (violation.table() != null) ? rows.get(Targets.key(violation.table())) : null;
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

	private static String number(long value) {
		return NumberFormat.getIntegerInstance(Locale.ROOT).format(value);
	}

	private record Deferred(int index, Violation violation, ChangeSetId changeSet, boolean approved) {

	}

}
