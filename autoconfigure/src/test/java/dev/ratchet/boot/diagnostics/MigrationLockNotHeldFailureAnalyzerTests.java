package dev.ratchet.boot.diagnostics;

import dev.ratchet.boot.session.MigrationLockNotHeldException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationLockNotHeldFailureAnalyzerTests {

	@Test
	void namesTheCauseAndBothWaysOut() {
		MigrationLockNotHeldException failure = new MigrationLockNotHeldException("liquibase",
				"session 4711 of app (10.0.0.5)", "4712");
		FailureAnalysis analysis = new MigrationLockNotHeldFailureAnalyzer()
			.analyze(new BeanCreationException("liquibase", "failed", new IllegalStateException("update failed", failure)));
		assertThat(analysis.getDescription()).startsWith("The migration lock of 'liquibase' is held by session 4711 of "
				+ "app (10.0.0.5), not by session 4712")
			.contains("PgBouncer in transaction pooling mode");
		assertThat(analysis.getAction()).contains("spring.liquibase.url").contains("ratchet.lock.mode=table");
	}

}
