package dev.ratchet.boot.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import liquibase.database.Database;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StaleLocks}, on a lock service that only lists and releases.
 */
class StaleLocksTests {

	private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	@Test
	void aLockHeldLongerThanStaleAfterIsReleased() throws Exception {
		FakeLockService service = new FakeLockService(NOW.minus(Duration.ofMinutes(20)));
		StaleLocks.releaseIfStale(service, Duration.ofMinutes(15), NOW);
		assertThat(service.released).isTrue();
	}

	@Test
	void aYoungerLockIsKept() throws Exception {
		FakeLockService service = new FakeLockService(NOW.minus(Duration.ofMinutes(5)));
		StaleLocks.releaseIfStale(service, Duration.ofMinutes(15), NOW);
		assertThat(service.released).isFalse();
	}

	@Test
	void withoutALockNothingIsReleased() throws Exception {
		FakeLockService free = new FakeLockService();
		StaleLocks.releaseIfStale(free, Duration.ZERO, NOW);
		assertThat(free.released).isFalse();
	}

	/**
	 * A lock service holding the given locks.
	 */
	private static final class FakeLockService implements LockService {

		private final DatabaseChangeLogLock[] locks;

		private boolean released;

		FakeLockService(Instant granted) {
			this.locks = new DatabaseChangeLogLock[] {
					new DatabaseChangeLogLock(1, Date.from(granted), "host (10.0.0.1)") };
		}

		FakeLockService() {
			this.locks = new DatabaseChangeLogLock[0];
		}

		@Override
		public DatabaseChangeLogLock[] listLocks() {
			return this.locks;
		}

		@Override
		public void forceReleaseLock() {
			this.released = true;
		}

		@Override
		public int getPriority() {
			return 0;
		}

		@Override
		public boolean supports(Database database) {
			return false;
		}

		@Override
		public void setDatabase(Database database) {
		}

		@Override
		public void setChangeLogLockWaitTime(long changeLogLockWaitTime) {
		}

		@Override
		public void setChangeLogLockRecheckTime(long changeLogLockRecheckTime) {
		}

		@Override
		public boolean hasChangeLogLock() {
			return false;
		}

		@Override
		public void waitForLock() {
		}

		@Override
		public boolean acquireLock() {
			return false;
		}

		@Override
		public void releaseLock() {
		}

		@Override
		public void reset() {
		}

		@Override
		public void init() {
		}

		@Override
		public void destroy() {
		}

	}

}
