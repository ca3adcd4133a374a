package dev.ratchet.sample.reliability;

import java.time.Duration;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under the default session lock, the session of an update that dies takes the lock with
 * it: after the migrating session is terminated (as a failover or a network cut does) or the
 * process is killed with SIGKILL in the middle of an update, the next instance started with
 * default settings completes the update at once, every changeset applied exactly once.
 */
class LostSessionIT {

	@RegisterExtension
	final SampleApps apps = new SampleApps();

	@ParameterizedTest(name = "on {0}")
	@EnumSource
	void afterTheMigratingSessionIsTerminatedTheNextStartCompletesWithoutWaiting(TestServer server)
			throws Exception {
		InterruptedUpdate update = InterruptedUpdate.start(this.apps, server, "terminated");
		assertThat(update.database().migrationLockHolder()).as("the session holding the migration lock")
			.isEqualTo(update.migratingSession());
		update.database().terminate(update.migratingSession());
		assertThat(update.first().awaitExit(Duration.ofMinutes(2))).as(update.first().output()).isNotZero();
		update.assertNextStartCompletesPromptly(this.apps, "Terminated the migrating session");
	}

	@ParameterizedTest(name = "on {0}")
	@EnumSource
	void afterTheMigratingProcessIsKilledTheNextStartCompletesWithoutWaiting(TestServer server) throws Exception {
		InterruptedUpdate update = InterruptedUpdate.start(this.apps, server, "sigkill");
		update.first().kill();
		update.assertNextStartCompletesPromptly(this.apps, "Killed the migrating process");
	}

}
