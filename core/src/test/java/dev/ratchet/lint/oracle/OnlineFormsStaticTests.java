package dev.ratchet.lint.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.ratchet.lint.ChangeSetLinter;
import dev.ratchet.lint.Finding;
import dev.ratchet.lint.LintPolicy;
import dev.ratchet.lint.LintTarget;
import dev.ratchet.lint.rule.Severity;
import liquibase.changelog.ChangeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static lint of every {@link OnlineForms form}, without a database: a changelog whose
 * history created the forms' tables reports exactly the form's online rules, as warnings,
 * and a safe recipe reports none. {@link LockOracleTests} checks the same rules against PostgreSQL.
 */
class OnlineFormsStaticTests {

	static Stream<OnlineForm> forms() {
		return OnlineForms.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void staticLintReportsTheFormsOnlineRules(OnlineForm form) {
		List<ChangeSet> changeSets = new ArrayList<>();
		changeSets.add(FormChangeLog.fixtureChangeSet(OnlineForms.fixture(1)));
		changeSets.addAll(FormChangeLog.of(form).changeSets());
		List<Finding> online = new ChangeSetLinter(LintPolicy.defaults(), LintTarget.offline(List.of("postgresql")))
			.lintEach(changeSets)
			.findings()
			.stream()
			.filter((finding) -> finding.rule().isOnline() && !finding.changeSet().id().equals("fixture"))
			.toList();
		Set<String> rules = new TreeSet<>();
		online.forEach((finding) -> rules.add(finding.rule().id()));
		assertThat(rules).as(form.name()).isEqualTo(new TreeSet<>(form.rules()));
		assertThat(online).as(form.name()).allMatch((finding) -> finding.severity() == Severity.WARN);
	}

}
