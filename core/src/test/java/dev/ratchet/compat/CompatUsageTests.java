package dev.ratchet.compat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.ratchet.compat.CompatCounter.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link CompatUsage}.
 */
class CompatUsageTests {

	private final CompatUsage usage = new CompatUsage();

	@Test
	void countsQueriesPerUsage() {
		this.usage.query(SqlUsage.SELECT);
		this.usage.query(SqlUsage.SELECT);
		this.usage.query(SqlUsage.PREDICATE);
		assertThat(this.usage.count(Kind.QUERY, null, "select")).isEqualTo(2);
		assertThat(this.usage.count(Kind.QUERY, null, "predicate")).isEqualTo(1);
	}

	@Test
	void countsWritesPerEntityAndOutcome() {
		this.usage.dropped("AppUser");
		this.usage.dropped("AppUser");
		this.usage.rejectedWrite("AppUser");
		this.usage.dropped("Order");
		assertThat(this.usage.count(Kind.WRITE, "AppUser", "dropped")).isEqualTo(2);
		assertThat(this.usage.count(Kind.WRITE, "AppUser", "rejected")).isEqualTo(1);
		assertThat(this.usage.count(Kind.WRITE, "Order", "dropped")).isEqualTo(1);
		assertThat(this.usage.count(Kind.WRITE, "Order", "rejected")).isZero();
	}

	@Test
	void countsUsesOfUnavailableEntitiesPerEntity() {
		this.usage.rejected("AuditEntry");
		this.usage.rejected("AuditEntry");
		this.usage.rejected("Invoice");
		assertThat(this.usage.count(Kind.REJECTED, "AuditEntry", null)).isEqualTo(2);
		assertThat(this.usage.count(Kind.REJECTED, "Invoice", null)).isEqualTo(1);
		assertThat(this.usage.count(Kind.WRITE, "AuditEntry", "rejected")).isZero();
	}

	@Test
	void keepsOneCounterPerKindEntityAndLabel() {
		this.usage.query(SqlUsage.SELECT);
		this.usage.query(SqlUsage.SELECT);
		this.usage.dropped("AppUser");
		this.usage.rejectedWrite("AppUser");
		this.usage.rejected("AuditEntry");
		assertThat(this.usage.counters())
			.extracting(CompatCounter::kind, CompatCounter::entity, CompatCounter::label, CompatCounter::count)
			.containsExactlyInAnyOrder(tuple(Kind.QUERY, null, "select", 2L),
					tuple(Kind.WRITE, "AppUser", "dropped", 1L), tuple(Kind.WRITE, "AppUser", "rejected", 1L),
					tuple(Kind.REJECTED, "AuditEntry", null, 1L));
	}

	@Test
	void countsNothingForAnUnknownCounter() {
		assertThat(this.usage.count(Kind.QUERY, null, "select")).isZero();
		assertThat(this.usage.count(Kind.WRITE, "AppUser", "dropped")).isZero();
		assertThat(this.usage.count(Kind.REJECTED, "AuditEntry", null)).isZero();
		assertThat(this.usage.counters()).isEmpty();
	}

	@Test
	void registeringADegradedEntityCreatesItsWriteCountersAndTheQueryCountersAtZero() {
		this.usage.register("AppUser", false);
		assertThat(this.usage.counters())
			.extracting(CompatCounter::kind, CompatCounter::entity, CompatCounter::label, CompatCounter::count)
			.containsExactlyInAnyOrder(tuple(Kind.WRITE, "AppUser", "dropped", 0L),
					tuple(Kind.WRITE, "AppUser", "rejected", 0L), tuple(Kind.QUERY, null, "select", 0L),
					tuple(Kind.QUERY, null, "predicate", 0L));
	}

	@Test
	void registeringAnUnavailableEntityCreatesItsRejectedCounterAndTheQueryCountersAtZero() {
		this.usage.register("AuditEntry", true);
		assertThat(this.usage.counters())
			.extracting(CompatCounter::kind, CompatCounter::entity, CompatCounter::label, CompatCounter::count)
			.containsExactlyInAnyOrder(tuple(Kind.REJECTED, "AuditEntry", null, 0L),
					tuple(Kind.QUERY, null, "select", 0L), tuple(Kind.QUERY, null, "predicate", 0L));
	}

	@Test
	void registeringAgainKeepsTheCounts() {
		this.usage.register("AppUser", false);
		this.usage.dropped("AppUser");
		this.usage.query(SqlUsage.SELECT);
		this.usage.register("AppUser", false);
		this.usage.register("AuditEntry", true);
		assertThat(this.usage.count(Kind.WRITE, "AppUser", "dropped")).isEqualTo(1);
		assertThat(this.usage.count(Kind.QUERY, null, "select")).isEqualTo(1);
		assertThat(this.usage.counters()).hasSize(5);
	}

	@Test
	void aListenerHearsOfTheCountersThatAlreadyExist() {
		this.usage.dropped("AppUser");
		this.usage.query(SqlUsage.PREDICATE);
		List<CompatCounter> heard = new ArrayList<>();
		this.usage.onCounter(heard::add);
		assertThat(heard).extracting(CompatCounter::kind, CompatCounter::entity, CompatCounter::label)
			.containsExactlyInAnyOrder(tuple(Kind.WRITE, "AppUser", "dropped"), tuple(Kind.QUERY, null, "predicate"));
	}

	@Test
	void aListenerHearsOfEachNewCounterExactlyOnce() {
		List<CompatCounter> heard = new ArrayList<>();
		this.usage.onCounter(heard::add);
		this.usage.query(SqlUsage.SELECT);
		this.usage.query(SqlUsage.SELECT);
		this.usage.register("AppUser", false);
		this.usage.dropped("AppUser");
		this.usage.rejectedWrite("AppUser");
		this.usage.rejected("AuditEntry");
		this.usage.rejected("AuditEntry");
		assertThat(heard).extracting(CompatCounter::kind, CompatCounter::entity, CompatCounter::label)
			.containsExactly(tuple(Kind.QUERY, null, "select"), tuple(Kind.QUERY, null, "predicate"),
					tuple(Kind.WRITE, "AppUser", "dropped"), tuple(Kind.WRITE, "AppUser", "rejected"),
					tuple(Kind.REJECTED, "AuditEntry", null));
		assertThat(heard).containsExactlyInAnyOrderElementsOf(this.usage.counters());
	}

	@Test
	void aListenerHearsOfANewCounterBeforeItIsIncremented() {
		List<Long> countsHeard = new ArrayList<>();
		this.usage.onCounter((counter) -> countsHeard.add(counter.count()));
		this.usage.dropped("AppUser");
		assertThat(countsHeard).containsExactly(0L);
		assertThat(this.usage.count(Kind.WRITE, "AppUser", "dropped")).isEqualTo(1);
	}

	@Test
	void everyListenerHearsOfEveryCounter() {
		List<CompatCounter> first = new ArrayList<>();
		List<CompatCounter> second = new ArrayList<>();
		this.usage.onCounter(first::add);
		this.usage.query(SqlUsage.SELECT);
		this.usage.onCounter(second::add);
		this.usage.rejected("AuditEntry");
		assertThat(first).hasSize(2);
		assertThat(second).hasSize(2).containsExactlyInAnyOrderElementsOf(first);
	}

	@Test
	void sumsIncrementsFromSeveralThreads() throws Exception {
		List<CompatCounter> heard = Collections.synchronizedList(new ArrayList<>());
		this.usage.onCounter(heard::add);
		int threads = 8;
		int increments = 10_000;
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(executor.submit(() -> {
					start.await();
					for (int j = 0; j < increments; j++) {
						this.usage.query(SqlUsage.SELECT);
						this.usage.dropped("AppUser");
						this.usage.rejected("AuditEntry");
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : futures) {
				future.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			executor.shutdownNow();
		}
		long expected = (long) threads * increments;
		assertThat(this.usage.count(Kind.QUERY, null, "select")).isEqualTo(expected);
		assertThat(this.usage.count(Kind.WRITE, "AppUser", "dropped")).isEqualTo(expected);
		assertThat(this.usage.count(Kind.REJECTED, "AuditEntry", null)).isEqualTo(expected);
		assertThat(this.usage.counters()).hasSize(3);
		assertThat(heard).hasSize(3);
	}

}
