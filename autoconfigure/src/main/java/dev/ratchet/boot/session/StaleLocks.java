package dev.ratchet.boot.session;

import java.time.Duration;
import java.time.Instant;

import dev.ratchet.lock.TableLock;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Releases a changelog lock held longer than {@code ratchet.lock.stale-after}, such as one
 * left by an instance killed in the middle of an update.
 */
public final class StaleLocks {

	private static final Log logger = LogFactory.getLog(StaleLocks.class);

	private StaleLocks() {
	}

	/**
	 * Releases the changelog lock when it was granted longer ago than a duration.
	 * @param lockService the lock service of the database
	 * @param staleAfter how long a lock may be held
	 * @param now the time now
	 * @throws LiquibaseException when the locks cannot be read or released
	 */
	public static void releaseIfStale(LockService lockService, Duration staleAfter, Instant now) throws LiquibaseException {
		for (DatabaseChangeLogLock lock : lockService.listLocks()) {
			Instant granted = (lock.getLockGranted() != null) ? lock.getLockGranted().toInstant() : null;
			if (new TableLock(lock.getLockedBy(), granted).olderThan(staleAfter, now)) {
				logger.warn("Releasing the Liquibase changelog lock held by " + lock.getLockedBy() + " since " + granted
						+ ": it is older than ratchet.lock.stale-after (" + staleAfter + ")");
				lockService.forceReleaseLock();
				return;
			}
		}
	}

}
