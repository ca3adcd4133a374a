package dev.ratchet.boot;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the shape of {@code ratchet-spring-boot}: no package cycle, the update decorated in
 * {@code boot.liquibase} alone, the session and the snapshot in packages of their own, and
 * the JPA and compat integrations reaching the snapshot only through {@code boot.spi}.
 */
class ArchitectureTests {

	private static final JavaClasses BOOT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.ratchet.boot");

	@Test
	void readsEveryMainClass() {
		assertThat(BOOT.stream().map(JavaClass::getPackageName).distinct()).contains("dev.ratchet.boot.liquibase",
				"dev.ratchet.boot.session", "dev.ratchet.boot.snapshot", "dev.ratchet.boot.spi");
	}

	@Test
	void noPackagesDependOnEachOther() {
		slices().matching("dev.ratchet.boot.(*)..").should().beFreeOfCycles().check(BOOT);
	}

	@Test
	void theUpdateKnowsNothingOfWhatReadsItsResult() {
		noClasses().that()
			.resideInAnyPackage("dev.ratchet.boot.liquibase..", "dev.ratchet.boot.session..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.ratchet.boot.snapshot..", "dev.ratchet.boot.actuate..", "dev.ratchet.boot.metrics..",
					"dev.ratchet.boot.jpa..", "dev.ratchet.boot.compat..", "dev.ratchet.boot.autoconfigure..")
			.check(BOOT);
	}

	@Test
	void theJpaAndCompatIntegrationsSeeOnlyTheServiceProviderTypes() {
		noClasses().that()
			.resideInAnyPackage("dev.ratchet.boot.jpa..", "dev.ratchet.boot.compat..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.ratchet.boot.liquibase..", "dev.ratchet.boot.snapshot..",
					"dev.ratchet.boot.session..")
			.check(BOOT);
	}

	@Test
	void onlyTheAutoConfigurationWiresThePackagesTogether() {
		noClasses().that()
			.resideOutsideOfPackage("dev.ratchet.boot.autoconfigure..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.ratchet.boot.autoconfigure..")
			.check(BOOT);
	}

}
