package dev.ratchet.compat;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.ratchet.compat.CompatCounter.Kind;

/**
 * Counts every degraded use compat mode sees: statements on degraded columns, writes that
 * carried a value for one, and uses of unavailable entities. Counting is lock-free; a
 * listener hears of every counter once, when it first appears.
 */
public final class CompatUsage {

	private static final String DROPPED = "dropped";

	private static final String REJECTED = "rejected";

	private final Map<List<Object>, CompatCounter> counters = new ConcurrentHashMap<>();

	private final List<Consumer<CompatCounter>> listeners = new CopyOnWriteArrayList<>();

	/**
	 * Counts a statement that reads or filters on a degraded column.
	 * @param usage how it uses the column
	 */
	public void query(SqlUsage usage) {
		counter(Kind.QUERY, null, usage.id()).increment();
	}

	/**
	 * Counts a write whose value for a degraded column was dropped.
	 * @param entity the entity
	 */
	public void dropped(String entity) {
		counter(Kind.WRITE, entity, DROPPED).increment();
	}

	/**
	 * Counts a write refused because it carried a value for a degraded column.
	 * @param entity the entity
	 */
	public void rejectedWrite(String entity) {
		counter(Kind.WRITE, entity, REJECTED).increment();
	}

	/**
	 * Counts a use of an unavailable entity.
	 * @param entity the entity
	 */
	public void rejected(String entity) {
		counter(Kind.REJECTED, entity, null).increment();
	}

	/**
	 * Makes sure the counters for an entity, and the query counters, exist at zero, so
	 * that dashboards show them before the first degraded use.
	 * @param entity the entity
	 * @param unavailable whether the entity cannot be used at all
	 */
	public void register(String entity, boolean unavailable) {
		for (SqlUsage usage : SqlUsage.values()) {
			counter(Kind.QUERY, null, usage.id());
		}
		if (unavailable) {
			counter(Kind.REJECTED, entity, null);
		}
		else {
			counter(Kind.WRITE, entity, DROPPED);
			counter(Kind.WRITE, entity, REJECTED);
		}
	}

	/**
	 * Returns every counter so far.
	 * @return the counters
	 */
	public Collection<CompatCounter> counters() {
		return List.copyOf(this.counters.values());
	}

	/**
	 * Calls a listener for every counter there is and for every counter that appears
	 * later.
	 * @param listener the listener
	 */
	public void onCounter(Consumer<CompatCounter> listener) {
		this.listeners.add(listener);
		this.counters.values().forEach(listener);
	}

	/**
	 * Returns a counter's count.
	 * @param kind what it counts
	 * @param entity the entity, or {@code null} for queries
	 * @param label the usage or outcome, or {@code null} for rejected uses
	 * @return the count, {@code 0} when nothing was counted
	 */
	public long count(Kind kind, String entity, String label) {
		CompatCounter counter = this.counters.get(key(kind, entity, label));
		return (counter != null) ? counter.count() : 0;
	}

	private CompatCounter counter(Kind kind, String entity, String label) {
		List<Object> key = key(kind, entity, label);
		CompatCounter counter = this.counters.get(key);
		if (counter != null) {
			return counter;
		}
		CompatCounter created = new CompatCounter(kind, entity, label);
		CompatCounter existing = this.counters.putIfAbsent(key, created);
		if (existing != null) {
			return existing;
		}
		this.listeners.forEach((listener) -> listener.accept(created));
		return created;
	}

	private static List<Object> key(Kind kind, String entity, String label) {
		return Arrays.asList(kind, entity, label);
	}

}
