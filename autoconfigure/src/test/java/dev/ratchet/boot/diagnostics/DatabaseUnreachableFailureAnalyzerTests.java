package dev.ratchet.boot.diagnostics;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnreachableFailureAnalyzerTests {

	@Test
	void namesTheDatasourceUrlWithoutItsPassword() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db.example:5432/app?user=app&password=Secret123&ssl=true");
		FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer(environment).analyze(refused());
		assertThat(analysis.getDescription())
			.contains("jdbc:postgresql://db.example:5432/app?ssl=true (spring.datasource.url)")
			.contains("Connection to db.example:5432 refused")
			.doesNotContain("Secret123");
		assertThat(analysis.getAction()).contains("loginTimeout").doesNotContain("Secret123");
	}

	@Test
	void prefersTheLiquibaseUrlWhenOneIsSet() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://app-db/app")
			.withProperty("spring.liquibase.url", "jdbc:postgresql://owner:Secret123@migrations-db/app");
		FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer(environment).analyze(refused());
		assertThat(analysis.getDescription()).contains("jdbc:postgresql://migrations-db/app (spring.liquibase.url)")
			.doesNotContain("Secret123");
	}

	@Test
	void recognizesAPoolTimeoutWithoutASqlState() {
		SQLException timeout = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 30000ms");
		FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer(new MockEnvironment())
			.analyze(new BeanCreationException("liquibase", "Failed", timeout));
		assertThat(analysis.getDescription()).startsWith("Could not connect to the database: HikariPool-1");
	}

	@Test
	void leavesOtherSqlErrorsToOtherAnalyzers() {
		SQLException missingTable = new SQLException("relation \"no_such_table\" does not exist", "42P01");
		FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer(new MockEnvironment())
			.analyze(new BeanCreationException("liquibase", "Failed", missingTable));
		assertThat(analysis).isNull();
	}

	private static Exception refused() {
		SQLException refused = new SQLException("Connection to db.example:5432 refused.", "08001",
				new ConnectException("Connection refused"));
		return new BeanCreationException("liquibase", "Failed", new IllegalStateException(refused));
	}

}
