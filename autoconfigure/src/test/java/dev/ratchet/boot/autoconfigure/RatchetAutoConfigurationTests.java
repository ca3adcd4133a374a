package dev.ratchet.boot.autoconfigure;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import dev.ratchet.boot.liquibase.DropFirstNotAllowedException;
import dev.ratchet.boot.liquibase.MigrationBlockedException;
import dev.ratchet.boot.liquibase.MigrationRuns;
import dev.ratchet.boot.liquibase.MigrationRuns.RunResult;
import dev.ratchet.boot.liquibase.RatchetLiquibasePostProcessor;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import dev.ratchet.boot.snapshot.SnapshotRefresher;
import dev.ratchet.lint.InvalidApprovalException;
import dev.ratchet.lint.LintReport;
import dev.ratchet.lint.rule.UnknownRuleException;
import dev.ratchet.state.MigrationState;
import dev.ratchet.state.RunOutcome;
import liquibase.Liquibase;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.ChangeLogParseException;
import liquibase.integration.spring.Customizer;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.parser.core.yaml.YamlChangeLogParser;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class RatchetAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, LiquibaseAutoConfiguration.class,
				RatchetAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"spring.datasource.generate-unique-name=false");

	@Test
	void backsOffWithoutLiquibaseOnTheClasspath() {
		this.runner.withClassLoader(new FilteredClassLoader(SpringLiquibase.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(RatchetLiquibasePostProcessor.class)
				.doesNotHaveBean(RatchetProperties.class));
	}

	@Test
	void backsOffWhenRatchetIsDisabled() {
		this.runner.withPropertyValues("ratchet.enabled=false", "spring.liquibase.change-log=classpath:db/v2.yaml")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(RatchetLiquibasePostProcessor.class));
	}

	@Test
	void backsOffWhenLiquibaseIsDisabled() {
		this.runner.withPropertyValues("spring.liquibase.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(RatchetLiquibasePostProcessor.class));
	}

	@Test
	void aChangelogTheUpdateDidNotParseIsParsedOnceWithTheBeansParameters() {
		this.runner.withUserConfiguration(NotRunLiquibaseConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed();
			MigrationSnapshots snapshots = context.getBean(MigrationSnapshots.class);
			context.getBean(SnapshotRefresher.class).refresh();
			MigrationState state = snapshots.current().get("liquibase");
			assertThat(state.error()).isNull();
			assertThat(state.pending()).singleElement()
				.satisfies((pending) -> assertThat(pending.changeSet()).isEqualTo("db/params/sub/one.yaml::one::ana"));
			assertThat(context.getBean(MigrationRuns.class).result("liquibase").map(RunResult::changeLog)).isEmpty();
			context.getBean(SnapshotRefresher.class).refresh();
			assertThat(snapshots.current().get("liquibase").pending()).hasSize(1);
		});
	}

	@Test
	void runsAnAdditiveChangelogAfterLintingIt() {
		this.runner.withPropertyValues("spring.liquibase.change-log=classpath:db/v1.yaml").run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(RatchetLiquibasePostProcessor.class);
			RunResult result = ran(context, 2);
			assertThat(result.checked().pendingChangeSets()).hasSize(2);
			assertThat(lintAtBoot(context).blocks()).isFalse();
		});
	}

	@Test
	void whenDropColumnAndRenameTableArePendingThenStartupFailsNamingBoth() {
		afterRelease1().withPropertyValues("spring.liquibase.change-log=classpath:db/v2.yaml").run((context) -> {
			MigrationBlockedException blocked = blockedCause(context);
			assertThat(blocked.getBlocking()).extracting((f) -> f.changeSet().toString() + " " + f.rule().id())
				.containsExactly("db/changelog/r2-destructive.yaml::r2-1::ana drop-column",
						"db/changelog/r2-destructive.yaml::r2-2::ana rename-table");
		});
	}

	@Test
	void parsesTheChangelogOnlyOnce() {
		CountingYamlParser parser = new CountingYamlParser();
		ChangeLogParserFactory.getInstance().register(parser);
		try {
			afterRelease1()
				.withPropertyValues("spring.liquibase.change-log=classpath:db/v2-additive.yaml",
						"spring.liquibase.contexts=production")
				.run((context) -> assertThat(context).hasNotFailed());
			assertThat(parser.parses).containsEntry("classpath:db/v2-additive.yaml", 1);
		}
		finally {
			ChangeLogParserFactory.getInstance().unregister(parser);
		}
	}

	@Test
	void changesOnATableCreatedInTheSameRunAreExempt() {
		this.runner.withPropertyValues("spring.liquibase.change-log=classpath:db/v2.yaml").run((context) -> {
			assertThat(context).hasNotFailed();
			ran(context, 4);
			assertThat(lintAtBoot(context).findings()).extracting((f) -> f.rule().id())
				.doesNotContain("drop-column", "rename-table");
		});
	}

	@Test
	void whenBlockedThenNothingRuns() {
		afterRelease1().withPropertyValues("spring.liquibase.change-log=classpath:db/v2.yaml")
			.run((context) -> assertThat(context).hasFailed());
		this.runner.withPropertyValues("spring.liquibase.enabled=false").run((context) -> {
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			assertThat(jdbc.queryForObject("select count(*) from databasechangelog", Integer.class)).isEqualTo(2);
			assertThat(jdbc.queryForObject("select count(*) from information_schema.columns "
					+ "where upper(table_name) = 'CUSTOMER' and upper(column_name) = 'LEGACY_REF'", Integer.class))
				.isOne();
			assertThat(jdbc.queryForObject("select count(*) from orders", Integer.class)).isZero();
		});
	}

	@Test
	void aChangesetApprovedInConfigurationRuns() {
		afterRelease1()
			.withPropertyValues("spring.liquibase.change-log=classpath:db/v2.yaml",
					"ratchet.validation.approved=db/changelog/r2-destructive.yaml::r2-1::ana=drop-column,"
							+ "db/changelog/r2-destructive.yaml::r2-2::ana=rename-table")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				ran(context, 2);
				assertThat(lintAtBoot(context).approved()).extracting((f) -> f.rule().id())
					.containsExactly("drop-column", "rename-table");
			});
	}

	@Test
	void anApprovalForTheWrongRuleLeavesTheChangesetBlocked() {
		afterRelease1()
			.withPropertyValues("spring.liquibase.change-log=classpath:db/v2.yaml",
					"ratchet.validation.approved[0]=db/changelog/r2-destructive.yaml::r2-1::ana=drop-table",
					"ratchet.validation.approved[1]=db/changelog/r2-destructive.yaml::r2-2::ana=rename-table")
			.run((context) -> assertThat(blockedCause(context).getBlocking())
				.extracting((f) -> f.rule().id())
				.containsExactly("drop-column"));
	}

	@Test
	void aChangesetApprovedInItsCommentRuns() {
		afterRelease1().withPropertyValues("spring.liquibase.change-log=classpath:db/v2-approved.yaml")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(lintAtBoot(context).approved()).isNotEmpty();
				assertThat(lintAtBoot(context).blocks()).isFalse();
			});
	}

	@Test
	void appliedChangesetsAreNeverBlocked() {
		afterRelease1().withPropertyValues("spring.liquibase.change-log=classpath:db/v2.yaml", "ratchet.validation.mode=off")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				ran(context, 2);
				assertThat(context.getBean(MigrationRuns.class).result("liquibase").orElseThrow().checked().pendingLint())
					.as("validation off lints nothing")
					.isNull();
			});
		this.runner.withPropertyValues("spring.liquibase.change-log=classpath:db/v2.yaml").run((context) -> {
			assertThat(context).hasNotFailed();
			ran(context, 0);
			assertThat(context.getBean(MigrationRuns.class).result("liquibase").orElseThrow().checked().pendingChangeSets())
				.isEmpty();
		});
	}

	@Test
	void aDestructiveChangesetOutsideTheActiveContextsIsNotPending() {
		afterRelease1()
			.withPropertyValues("spring.liquibase.change-log=classpath:db/v2-additive.yaml",
					"spring.liquibase.contexts=production")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(lintAtBoot(context).findings()).extracting((f) -> f.rule().id()).doesNotContain("drop-table");
			});
		this.runner
			.withPropertyValues("spring.liquibase.change-log=classpath:db/v2-additive.yaml",
					"spring.liquibase.contexts=legacy")
			.run((context) -> assertThat(blockedCause(context).getBlocking()).extracting((f) -> f.rule().id())
				.containsExactly("drop-table"));
	}

	@Test
	void warnModeMigratesAnyway() {
		afterRelease1().withPropertyValues("spring.liquibase.change-log=classpath:db/v2.yaml", "ratchet.validation.mode=warn")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				ran(context, 2);
				assertThat(lintAtBoot(context).blocking()).extracting((f) -> f.rule().id())
					.containsExactly("drop-column", "rename-table");
				JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
				assertThat(jdbc.queryForObject("select count(*) from purchase", Integer.class)).isZero();
			});
	}

	@Test
	void aRuleTurnedToWarnNoLongerBlocks() {
		afterRelease1()
			.withPropertyValues("spring.liquibase.change-log=classpath:db/v2.yaml",
					"ratchet.validation.rules.drop-column=warn")
			.run((context) -> assertThat(blockedCause(context).getBlocking()).extracting((f) -> f.rule().id())
				.containsExactly("rename-table"));
	}

	@Test
	void anUnknownRuleIdFailsStartupListingTheValidIds() {
		this.runner
			.withPropertyValues("spring.liquibase.change-log=classpath:db/v1.yaml",
					"ratchet.validation.rules.dorp-table=warn")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(UnknownRuleException.class)
					.hasMessageContaining("ratchet.validation.rules.dorp-table")
					.hasMessageContaining("drop-table, drop-column");
			});
	}

	@Test
	void anUnknownSeverityFailsStartupNamingTheProperty() {
		this.runner
			.withPropertyValues("spring.liquibase.change-log=classpath:db/v1.yaml",
					"ratchet.validation.rules.drop-table=blok")
			.run((context) -> {
				assertThat(context).hasFailed();
				Throwable failure = context.getStartupFailure();
				while (failure != null && !(failure instanceof BindException)) {
					failure = failure.getCause();
				}
				assertThat(failure).isInstanceOf(BindException.class)
					.hasMessageContaining("ratchet.validation.rules.drop-table");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "ratchet.online.lock-retries=-1", "ratchet.online.large-table-rows=-5",
			"ratchet.online.lock-timeout=-2s", "ratchet.online.statement-timeout=-1s" })
	void anInvalidOnlineSettingFailsStartupNamingTheProperty(String setting) {
		String property = setting.substring(0, setting.indexOf('='));
		this.runner.withPropertyValues("spring.liquibase.change-log=classpath:db/v1.yaml", setting).run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			while (failure != null && !(failure instanceof InvalidConfigurationPropertyValueException)) {
				failure = failure.getCause();
			}
			assertThat(failure).isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class,
					(invalid) -> assertThat(invalid.getName()).isEqualTo(property));
		});
	}

	@Test
	void onAnEmbeddedDatabaseTheOnlineSettingsChangeNothing() {
		this.runner.withPropertyValues("spring.liquibase.change-log=classpath:db/v1.yaml",
				"ratchet.online.lock-timeout=1s", "ratchet.online.statement-timeout=30s")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(MigrationRuns.class).lastRun("liquibase").orElseThrow().lockTimeouts())
					.isZero();
			});
	}

	@Test
	void aMalformedApprovalFailsStartupNamingTheProperty() {
		this.runner
			.withPropertyValues("spring.liquibase.change-log=classpath:db/v1.yaml",
					"ratchet.validation.approved[0]=r2-1=drop-column")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidApprovalException.class)
				.hasMessageContaining("ratchet.validation.approved"));
	}

	@Test
	void dropFirstIsBlockedUnlessAllowed() {
		this.runner.withPropertyValues("spring.liquibase.change-log=classpath:db/v1.yaml", "spring.liquibase.drop-first=true")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(DropFirstNotAllowedException.class));
		this.runner
			.withPropertyValues("spring.liquibase.change-log=classpath:db/v1.yaml", "spring.liquibase.drop-first=true",
					"ratchet.validation.allow-drop-first=true")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void composesWithTheUsersOwnCustomizer() {
		afterRelease1().withUserConfiguration(CustomizerConfiguration.class)
			.withPropertyValues("spring.liquibase.change-log=classpath:db/v2.yaml")
			.run((context) -> {
				assertThat(blockedCause(context).getBlocking()).hasSize(2);
				assertThat(CustomizerConfiguration.calls.get()).isEqualTo(1);
			});
	}

	private static RunResult ran(AssertableApplicationContext context, int changeSets) {
		RunResult result = context.getBean(MigrationRuns.class).result("liquibase").orElseThrow();
		assertThat(result.lastRun().outcome()).isEqualTo(RunOutcome.SUCCESS);
		assertThat(result.lastRun().ran()).as("changesets run").isEqualTo(changeSets);
		return result;
	}

	private static LintReport lintAtBoot(AssertableApplicationContext context) {
		LintReport report = context.getBean(MigrationRuns.class).result("liquibase").orElseThrow().checked().pendingLint();
		assertThat(report).as("the pending changesets were linted before the update").isNotNull();
		return report;
	}

	private ApplicationContextRunner afterRelease1() {
		this.runner.withPropertyValues("spring.liquibase.change-log=classpath:db/v1.yaml")
			.run((context) -> assertThat(context).hasNotFailed());
		return this.runner;
	}

	private static MigrationBlockedException blockedCause(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		Throwable failure = context.getStartupFailure();
		while (failure != null && !(failure instanceof MigrationBlockedException)) {
			failure = failure.getCause();
		}
		assertThat(failure).as("MigrationBlockedException in the cause chain").isNotNull();
		return (MigrationBlockedException) failure;
	}

	static class CountingYamlParser extends YamlChangeLogParser {

		final Map<String, Integer> parses = new ConcurrentHashMap<>();

		@Override
		public int getPriority() {
			return PRIORITY_DEFAULT + 100;
		}

		@Override
		public DatabaseChangeLog parse(String file, ChangeLogParameters parameters, ResourceAccessor accessor)
				throws ChangeLogParseException {
			this.parses.merge(file, 1, Integer::sum);
			return super.parse(file, parameters, accessor);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		static final AtomicInteger calls = new AtomicInteger();

		@Bean
		Customizer<Liquibase> countingCustomizer() {
			calls.set(0);
			return (liquibase) -> calls.incrementAndGet();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class NotRunLiquibaseConfiguration {

		@Bean
		SpringLiquibase liquibase(DataSource dataSource) {
			SpringLiquibase liquibase = new SpringLiquibase();
			liquibase.setDataSource(dataSource);
			liquibase.setChangeLog("classpath:db/params/master.yaml");
			liquibase.setChangeLogParameters(Map.of("dir", "sub"));
			liquibase.setShouldRun(false);
			return liquibase;
		}

	}

}
