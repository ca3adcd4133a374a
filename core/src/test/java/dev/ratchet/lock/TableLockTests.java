package dev.ratchet.lock;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TableLock}: the holder's address as Liquibase writes it, and staleness
 * by age.
 */
class TableLockTests {

	private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	@Test
	void theHolderIsTheAddressInParenthesesAfterTheHostName() {
		assertThat(new TableLock("app-7f9c (10.1.2.3)", NOW).host()).isEqualTo("10.1.2.3");
		assertThat(new TableLock("build#nightly (fe80:0:0:0:1%eth0)", NOW).host()).isEqualTo("fe80:0:0:0:1%eth0");
	}

	@Test
	void aHolderWithoutAnAddressCannotBeToldGone() {
		assertThat(new TableLock("crashed-host", NOW).host()).isNull();
		assertThat(new TableLock(null, NOW).host()).isNull();
		assertThat(new TableLock("odd ()", NOW).host()).isNull();
	}

	@Test
	void aRowIsStaleByAgeOnlyOnceOlderThanStaleAfter() throws Exception {
		TableLock lock = new TableLock("app (10.1.2.3)", NOW.minus(Duration.ofMinutes(20)));
		assertThat(lock.olderThan(Duration.ofMinutes(15), NOW)).isTrue();
		assertThat(lock.olderThan(Duration.ofMinutes(30), NOW)).isFalse();
		assertThat(lock.stale(null, Duration.ofMinutes(30), NOW)).isFalse();
		assertThat(new TableLock("app (10.1.2.3)", null).olderThan(Duration.ZERO, NOW)).isFalse();
	}

	@Test
	void advisoryLockKeysAreStableAndDistinctPerSchemaAndTable() {
		long key = PostgresSessionLock.key("ratchet:public.databasechangeloglock");
		assertThat(PostgresSessionLock.key("ratchet:public.databasechangeloglock")).isEqualTo(key);
		assertThat(PostgresSessionLock.key("ratchet:billing.databasechangeloglock")).isNotEqualTo(key);
		assertThat(PostgresSessionLock.key("ratchet:public.other_lock")).isNotEqualTo(key);
	}

}
