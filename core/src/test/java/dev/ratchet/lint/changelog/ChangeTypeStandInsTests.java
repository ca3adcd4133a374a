package dev.ratchet.lint.changelog;

import java.nio.file.Path;
import java.util.List;

import dev.ratchet.lint.Finding;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.run.LintRequest;
import dev.ratchet.lint.run.StaticLint;
import liquibase.Scope;
import liquibase.change.ChangeFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link ChangeTypeStandIns}: static lint of a changelog whose change types no class
 * on the classpath provides goes on, judging each such change as a custom change.
 */
class ChangeTypeStandInsTests {

	private static final Path RENDERED = Path.of("src/test/resources/changelogs/rendered");

	@Test
	void aChangeTypeWithoutItsClassIsACustomChangeAndTheLintGoesOn() throws Exception {
		LintReport report = lint("extensions.xml");
		assertThat(report.findings()).extracting((f) -> f.rule().id(), (f) -> f.changeSet().id(), Finding::changeType,
				Finding::target)
			.containsExactly(tuple("custom-change", "missing-extension", "modifyColumn", "customer"),
					tuple("drop-table", "after-it", "dropTable", "legacy"));
		assertThat(report.findings().get(0).message())
			.isEqualTo("uses change type modifyColumn, whose class is not on the classpath, so its SQL cannot be read");
	}

	@Test
	void aChangeTypeWhoseClassIsThereIsJudgedByItsSql() throws Exception {
		LintReport report = lint("extensions.yaml");
		assertThat(report.findings()).extracting((f) -> f.rule().id(), (f) -> f.changeSet().id(), Finding::changeType,
				Finding::target)
			.containsExactly(tuple("truncate-table", "extension-on-classpath", "truncateTable", "orders"),
					tuple("custom-change", "extension-not-on-classpath", "modifyColumnType", "customer"));
	}

	@Test
	void standInsAreGoneOnceTheLintIsDone() throws Exception {
		lint("extensions.xml");
		assertThat(Scope.getCurrentScope().getSingleton(ChangeFactory.class).getDefinedChanges())
			.doesNotContain("modifyColumn", "modifyColumnType")
			.contains("truncateTable", "dropTable");
	}

	@Test
	void onlyCustomChangeClassesGetAStandIn() {
		LintClassLoader loader = new LintClassLoader(getClass().getClassLoader());
		assertThatExceptionOfType(ClassNotFoundException.class)
			.isThrownBy(() -> loader.loadClass("dev.ratchet.absent.BackfillTask"));
	}

	private static LintReport lint(String changeLog) throws Exception {
		return StaticLint.lint(LintRequest.of(RENDERED.resolve(changeLog).toString()).withSearchPath(List.of(RENDERED)));
	}

}
