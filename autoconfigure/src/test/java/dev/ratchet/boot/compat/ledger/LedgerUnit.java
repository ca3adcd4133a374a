package dev.ratchet.boot.compat.ledger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * The ledger entities on a database whose {@code account} table is at release 1 (no
 * {@code nickname}, {@code score}, {@code phone} or {@code ledger_id}) and which has no
 * {@code ledger} table: with plain Hibernate, no Spring, on H2 in memory.
 */
public final class LedgerUnit {

	/** The release-1 schema. */
	public static final String RELEASE_1 = "create table account (id bigint primary key, name varchar(255), "
			+ "email varchar(255))";

	private LedgerUnit() {
	}

	/**
	 * Returns the boot model of the ledger entities for H2, read without a database.
	 * @return the boot model
	 */
	public static Metadata metadata() {
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
			.applySetting(AvailableSettings.DIALECT, H2Dialect.class.getName())
			.applySetting(AvailableSettings.ALLOW_METADATA_ON_BOOT, false)
			.build();
		return new MetadataSources(registry).addAnnotatedClass(Account.class)
			.addAnnotatedClass(Ledger.class)
			.buildMetadata();
	}

	/**
	 * Creates an H2 database in memory at release 1.
	 * @return its URL; the database lives as long as the JVM
	 * @throws SQLException when it cannot be created
	 */
	public static String release1() throws SQLException {
		String url = "jdbc:h2:mem:ledger-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute(RELEASE_1);
			statement.execute("insert into account (id, name, email) values (1, 'Ada', 'ada@example.com')");
		}
		return url;
	}

	/**
	 * Starts the ledger entities on a database with extra Hibernate settings, such as the
	 * ones compat mode adds.
	 * @param url the database
	 * @param settings the settings
	 * @return the entity manager factory
	 */
	public static EntityManagerFactory start(String url, Map<String, Object> settings) {
		HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("ledger")
			.managedClass(Account.class)
			.managedClass(Ledger.class)
			.jdbcUrl(url)
			.jdbcCredentials("sa", "");
		settings.forEach(configuration::property);
		return configuration.createEntityManagerFactory();
	}

	/**
	 * Reads one value with plain JDBC.
	 * @param url the database
	 * @param sql the query
	 * @return the first column of the first row, or {@code null}
	 * @throws SQLException when the query fails
	 */
	public static Object query(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				var result = statement.executeQuery(sql)) {
			return result.next() ? result.getObject(1) : null;
		}
	}

}
