package dev.ratchet.compat;

import java.util.concurrent.atomic.LongAdder;

/**
 * One monotonic count of degraded uses, such as the rejected writes of one entity.
 */
public final class CompatCounter {

	private final Kind kind;

	private final String entity;

	private final String label;

	private final LongAdder count = new LongAdder();

	CompatCounter(Kind kind, String entity, String label) {
		this.kind = kind;
		this.entity = entity;
		this.label = label;
	}

	/**
	 * Returns what is counted.
	 * @return the kind
	 */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * Returns the entity, for writes and rejected uses.
	 * @return the entity name, or {@code null} for queries
	 */
	public String entity() {
		return this.entity;
	}

	/**
	 * Returns the usage of a query ({@code select}, {@code predicate}) or the outcome of a
	 * write ({@code dropped}, {@code rejected}).
	 * @return the label, or {@code null} for rejected uses
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Returns the count so far.
	 * @return the count
	 */
	public long count() {
		return this.count.sum();
	}

	void increment() {
		this.count.increment();
	}

	/**
	 * What a counter counts.
	 */
	public enum Kind {

		/**
		 * SQL statements that read or filtered on a degraded column, per usage.
		 */
		QUERY,

		/**
		 * Inserts and updates that carried a value for a degraded column, per entity and
		 * outcome.
		 */
		WRITE,

		/**
		 * Uses of an unavailable entity, per entity.
		 */
		REJECTED

	}

}
