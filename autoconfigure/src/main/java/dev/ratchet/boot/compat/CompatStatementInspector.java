package dev.ratchet.boot.compat;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.ratchet.compat.CompatPlan;
import dev.ratchet.compat.CompatUsage;
import dev.ratchet.compat.DegradedSql;
import dev.ratchet.compat.DegradedSql.UnusableTable;
import dev.ratchet.compat.SqlUsage;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Sees every statement Hibernate is about to send: counts those that read or filter on a
 * degraded column, and refuses those that touch an unusable table, before they reach the
 * database. Until compat mode degrades something it only calls the application's own
 * inspector, if any.
 */
final class CompatStatementInspector implements StatementInspector {

	private static final int MAX_REMEMBERED = 1024;

	private final StatementInspector delegate;

	private final CompatUsage usage;

	private final Map<String, Set<SqlUsage>> usages = new ConcurrentHashMap<>();

	private volatile CompatPlan plan;

	CompatStatementInspector(StatementInspector delegate, CompatUsage usage) {
		this.delegate = delegate;
		this.usage = usage;
	}

	/**
	 * Starts checking statements against a plan.
	 * @param plan what compat mode degrades
	 */
	void activate(CompatPlan plan) {
		this.plan = plan;
	}

	@Override
	public String inspect(String sql) {
		String inspected = (this.delegate != null) ? this.delegate.inspect(sql) : sql;
		CompatPlan active = this.plan;
		if (active == null) {
			return inspected;
		}
		String sent = (inspected != null) ? inspected : sql;
		UnusableTable unusable = DegradedSql.unusableTableIn(sent);
		if (unusable != null) {
			this.usage.rejected(unusable.entity());
			throw new UnavailableEntityException(unusable.entity(), unusable.table(),
					active.whyUnusable(unusable.table()));
		}
		if (DegradedSql.usesDegradedColumn(sent)) {
			usagesOf(sent).forEach(this.usage::query);
		}
		return inspected;
	}

	private Set<SqlUsage> usagesOf(String sql) {
		Set<SqlUsage> known = this.usages.get(sql);
		if (known != null) {
			return known;
		}
		Set<SqlUsage> found = Set.copyOf(DegradedSql.usages(sql));
		if (this.usages.size() < MAX_REMEMBERED) {
			this.usages.put(sql, found);
		}
		return found;
	}

}
