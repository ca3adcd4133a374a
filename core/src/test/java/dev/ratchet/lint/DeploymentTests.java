package dev.ratchet.lint;

import java.util.Set;

import dev.ratchet.lint.rule.Rule;
import liquibase.ContextExpression;
import liquibase.Labels;
import liquibase.changelog.ChangeSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link Deployment} and the type histories static lint keeps per database.
 */
class DeploymentTests {

	@Test
	void contextsNamedAfterDatabasesAreAlternatives() {
		Deployment postgresql = deployment("postgresql", null, null);
		Deployment mysql = deployment("mysql", null, null);
		assertThat(postgresql.overlaps(mysql)).isFalse();
		assertThat(postgresql.overlaps(Deployment.EVERY)).isTrue();
		assertThat(Deployment.EVERY.covers(postgresql)).isTrue();
		assertThat(postgresql.covers(Deployment.EVERY)).isFalse();
	}

	@Test
	void otherContextsArePhasesOfOneDatabase() {
		Deployment initial = deployment("initial", null, null);
		Deployment later = deployment("!initial", null, null);
		assertThat(initial).isSameAs(Deployment.EVERY);
		assertThat(initial.overlaps(later)).isTrue();
	}

	@Test
	void dbmsContextsAndLabelsNamingDatabasesNarrowTheDeployment() {
		Deployment dbms = deployment(null, "mysql, mariadb", null);
		assertThat(dbms.overlaps(deployment("mysql", null, null))).isTrue();
		assertThat(dbms.overlaps(deployment("postgres", null, null))).isFalse();
		assertThat(deployment(null, "!postgresql", null).overlaps(deployment("pg", null, null))).isFalse();
		assertThat(deployment(null, null, "h2").overlaps(deployment("postgresql and test", null, null))).isFalse();
		assertThat(deployment("tenant and postgresql", null, null).covers(deployment("postgresql", null, null))).isTrue();
	}

	@Test
	void aDeploymentIsJudgedByTheRulesOfItsOwnDatabases() {
		assertThat(deployment("mysql", null, null).dialects(Set.of("postgresql"))).containsExactly("mysql");
		assertThat(deployment(null, "postgresql,mysql", null).dialects(Set.of("postgresql")))
			.containsExactly("postgresql");
		assertThat(Deployment.EVERY.dialects(Set.of("postgresql"))).containsExactly("postgresql");
	}

	@Test
	void typeChangesAreJudgedAgainstTheHistoryOfTheirOwnDatabase() {
		LintReport report = ChangeLogs.lintEach("online/deployments.yaml");
		assertThat(report.findings()).filteredOn((finding) -> finding.rule() == Rule.MODIFY_DATA_TYPE)
			.extracting((finding) -> finding.changeSet().id(), Finding::message)
			.containsExactly(tuple("ratio-postgresql", "changes the type of ratio from numeric(19,6) to varchar(50)"),
					tuple("ratio-mysql", "changes the type of ratio from numeric(19,6) to varchar(50)"),
					tuple("note-everywhere", "changes the type of note from varchar(60) to varchar(40)"),
					tuple("widen-unknown", "changes the type of code to varchar(40) (static lint cannot know the "
							+ "column's type before; at boot Ratchet judges the change against the live column)"));
	}

	private static Deployment deployment(String context, String dbms, String labels) {
		ChangeSet changeSet = new ChangeSet("id", "ana", false, false, "file", context, dbms, true, null);
		if (labels != null) {
			changeSet.setLabels(new Labels(labels));
		}
		if (context != null) {
			changeSet.setContextFilter(new ContextExpression(context));
		}
		return Deployment.of(changeSet);
	}

}
