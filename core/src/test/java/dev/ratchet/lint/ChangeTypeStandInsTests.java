package dev.ratchet.lint;

import java.nio.file.Path;
import java.util.List;

import liquibase.Scope;
import liquibase.change.ChangeFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link ChangeTypeStandIns}: static lint of a changelog whose change types no class
 * on the classpath provides goes on, judging each such change as a custom change.
 */
class ChangeTypeStandInsTests {

	private static final Path RENDERED = Path.of("src/test/resources/changelogs/rendered");

	@Test
	void aChangeTypeWithoutItsClassIsACustomChangeAndTheLintGoesOn() throws Exception {
		LintReport report = new ChangeLogLinter().lint(RENDERED.resolve("extensions.xml"), List.of(RENDERED));
		assertThat(report.findings()).extracting((f) -> f.rule().id(), (f) -> f.changeSet().id(), Finding::changeType,
				Finding::target)
			.containsExactly(tuple("custom-change", "missing-extension", "modifyColumn", "customer"),
					tuple("drop-table", "after-it", "dropTable", "legacy"));
		assertThat(report.findings().get(0).message())
			.isEqualTo("uses change type modifyColumn, whose class is not on the classpath, so its SQL cannot be read");
	}

	@Test
	void aChangeTypeWhoseClassIsThereIsJudgedByItsSql() throws Exception {
		LintReport report = new ChangeLogLinter().lint(RENDERED.resolve("extensions.yaml"), List.of(RENDERED));
		assertThat(report.findings()).extracting((f) -> f.rule().id(), (f) -> f.changeSet().id(), Finding::changeType,
				Finding::target)
			.containsExactly(tuple("truncate-table", "extension-on-classpath", "truncateTable", "orders"),
					tuple("custom-change", "extension-not-on-classpath", "modifyColumnType", "customer"));
	}

	@Test
	void standInsAreGoneOnceTheLintIsDone() throws Exception {
		new ChangeLogLinter().lint(RENDERED.resolve("extensions.xml"), List.of(RENDERED));
		assertThat(Scope.getCurrentScope().getSingleton(ChangeFactory.class).getDefinedChanges())
			.doesNotContain("modifyColumn", "modifyColumnType")
			.contains("truncateTable", "dropTable");
	}

}
