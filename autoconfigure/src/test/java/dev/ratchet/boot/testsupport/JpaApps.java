package dev.ratchet.boot.testsupport;

import dev.ratchet.boot.autoconfigure.RatchetAutoConfiguration;
import dev.ratchet.boot.autoconfigure.RatchetJpaAutoConfiguration;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import dev.ratchet.state.MigrationState;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

/**
 * Applications with a data source, Liquibase, Hibernate and Ratchet, for drift tests.
 */
public final class JpaApps {

	private JpaApps() {
	}

	/**
	 * Returns a runner for an application on a database with the given entities and
	 * changelog, refreshed only at startup.
	 * @param url the JDBC URL
	 * @param entities the configuration that scans the entities
	 * @param changeLog the changelog, such as {@code classpath:drift/empty.yaml}
	 * @return the runner
	 */
	public static ApplicationContextRunner runner(String url, Class<?> entities, String changeLog) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					LiquibaseAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
					RatchetAutoConfiguration.class, RatchetJpaAutoConfiguration.class))
			.withUserConfiguration(entities)
			.withPropertyValues("spring.datasource.url=" + url, "spring.datasource.generate-unique-name=false",
					"spring.liquibase.change-log=" + changeLog, "spring.jpa.hibernate.ddl-auto=none",
					"ratchet.refresh-interval=0");
	}

	/**
	 * Returns the state of the {@code liquibase} bean in the latest snapshot.
	 * @param context the application context
	 * @return the state
	 */
	public static MigrationState state(ApplicationContext context) {
		return context.getBean(MigrationSnapshots.class).current().get("liquibase");
	}

}
