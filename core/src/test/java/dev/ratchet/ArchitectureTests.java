package dev.ratchet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the shape of {@code ratchet-core}: no Spring, no package cycle, the lint engine at the
 * centre with the changelog reader, history, JDBC catalogs, report formats, the typed lint API
 * and the command line around it, and the features that use lint below none of them.
 */
class ArchitectureTests {

	private static final JavaClasses CORE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.ratchet");

	@Test
	void readsEveryMainClass() {
		assertThat(CORE.stream().map(JavaClass::getPackageName).distinct()).contains("dev.ratchet.lint",
				"dev.ratchet.lint.sql", "dev.ratchet.lint.cli", "dev.ratchet.state", "dev.ratchet.lock");
	}

	@Test
	void noClassDependsOnSpring() {
		noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(CORE);
	}

	@Test
	void noPackagesDependOnEachOther() {
		slices().matching("dev.ratchet.(**)").should().beFreeOfCycles().check(CORE);
	}

	@Test
	void theLintEngineDependsOnNothingAroundIt() {
		noClasses().that()
			.resideInAnyPackage("dev.ratchet.lint", "dev.ratchet.lint.sql", "dev.ratchet.lint.rule")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.ratchet.lint.changelog..", "dev.ratchet.lint.history..", "dev.ratchet.lint.jdbc..",
					"dev.ratchet.lint.report..", "dev.ratchet.lint.run..", "dev.ratchet.lint.cli..")
			.check(CORE);
	}

	@Test
	void lintDependsOnNoFeatureThatUsesIt() {
		noClasses().that()
			.resideInAPackage("dev.ratchet.lint..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.ratchet.state..", "dev.ratchet.drift..", "dev.ratchet.compat..", "dev.ratchet.lock..")
			.check(CORE);
	}

	@Test
	void onlyTheCommandLineReadsArguments() {
		noClasses().that()
			.resideOutsideOfPackage("dev.ratchet.lint.cli..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.ratchet.lint.cli..")
			.check(CORE);
	}

}
