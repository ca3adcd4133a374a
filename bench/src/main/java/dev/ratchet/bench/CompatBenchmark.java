package dev.ratchet.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.ratchet.boot.compat.CompatCustomizer;
import dev.ratchet.boot.compat.CompatRegistry;
import dev.ratchet.boot.spi.CompatPlans.PersistenceUnitCompat;
import dev.ratchet.compat.CompatUsage;
import dev.ratchet.compat.RatchetSchema;
import dev.ratchet.compat.WritePolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Queries on an entity with no degraded column, with compat mode off and on, on H2 in
 * memory. With compat on, another entity ({@code Profile}) maps a column its table lacks,
 * so compat mode is active and its statement inspector checks every statement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(3)
public class CompatBenchmark {

	private static final int ACCOUNTS = 100;

	private static final String FIND_SQL = "select a1_0.id,a1_0.balance,a1_0.email,a1_0.name from account a1_0 "
			+ "where a1_0.id=?";

	private static final BigDecimal MIN_BALANCE = BigDecimal.valueOf(500);

	@Param({ "off", "on" })
	public String compat;

	private Connection keepAlive;

	private EntityManagerFactory factory;

	private long nextId;

	private StatementInspector inspector = (sql) -> sql;

	@Setup
	public void start() throws SQLException {
		String url = "jdbc:h2:mem:compat_" + this.compat + ";DB_CLOSE_DELAY=-1";
		this.keepAlive = DriverManager.getConnection(url, "sa", "");
		createTables(this.keepAlive);
		Map<String, Object> settings = new HashMap<>();
		settings.put(AvailableSettings.JAKARTA_JDBC_URL, url);
		settings.put(AvailableSettings.JAKARTA_JDBC_USER, "sa");
		settings.put(AvailableSettings.JAKARTA_JDBC_PASSWORD, "");
		settings.put(AvailableSettings.HBM2DDL_AUTO, "none");
		CompatRegistry registry = new CompatRegistry();
		switch (this.compat) {
			case "off" -> {
			}
			case "on" -> new CompatCustomizer(WritePolicy.REJECT, new CompatUsage(), registry, new RatchetSchema())
				.customize(settings);
			default -> throw new IllegalArgumentException("compat must be off or on, not " + this.compat);
		}
		this.factory = new HibernatePersistenceProvider().createEntityManagerFactory(
				new HibernatePersistenceConfiguration("compat-bench").managedClasses(Account.class, Profile.class)
					.properties(settings));
		if ("on".equals(this.compat)) {
			checkActive(registry);
			this.inspector = (StatementInspector) settings.get(AvailableSettings.STATEMENT_INSPECTOR);
		}
	}

	private void checkActive(CompatRegistry registry) {
		List<PersistenceUnitCompat> plans = registry.plans();
		if (plans.size() != 1 || plans.get(0).plan().isEmpty()) {
			throw new IllegalStateException("Compat mode is not active: " + plans);
		}
		EntityManager em = this.factory.createEntityManager();
		try {
			Profile profile = em.find(Profile.class, 1L);
			if (profile == null || !"ada".equals(profile.nickname) || profile.bio != null) {
				throw new IllegalStateException("Compat mode did not degrade Profile.bio");
			}
		}
		finally {
			em.close();
		}
	}

	private static void createTables(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE account (id bigint NOT NULL PRIMARY KEY, name varchar(255), "
					+ "email varchar(255), balance numeric(12,2))");
			statement.execute("CREATE TABLE profile (id bigint NOT NULL PRIMARY KEY, nickname varchar(255))");
			statement.execute("INSERT INTO profile (id, nickname) VALUES (1, 'ada')");
		}
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO account (id, name, email, balance) VALUES (?, ?, ?, ?)")) {
			for (int i = 0; i < ACCOUNTS; i++) {
				insert.setLong(1, i + 1);
				insert.setString(2, "Account " + i);
				insert.setString(3, "account" + i + "@example.com");
				insert.setBigDecimal(4, BigDecimal.valueOf(i * 10L));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	@TearDown
	public void stop() throws SQLException {
		this.factory.close();
		this.keepAlive.close();
	}

	@Benchmark
	public List<Account> queryAccounts() {
		EntityManager em = this.factory.createEntityManager();
		try {
			return em.createQuery("select a from Account a where a.balance > :min", Account.class)
				.setParameter("min", MIN_BALANCE)
				.getResultList();
		}
		finally {
			em.close();
		}
	}

	@Benchmark
	public String inspectStatement() {
		return this.inspector.inspect(FIND_SQL);
	}

	@Benchmark
	public Account findAccount() {
		long id = (this.nextId++ % ACCOUNTS) + 1;
		EntityManager em = this.factory.createEntityManager();
		try {
			return em.find(Account.class, id);
		}
		finally {
			em.close();
		}
	}

	/**
	 * An entity whose table has every column it maps.
	 */
	@Entity(name = "Account")
	@Table(name = "account")
	public static class Account {

		@Id
		Long id;

		String name;

		String email;

		@Column(precision = 12, scale = 2)
		BigDecimal balance;

	}

	/**
	 * An entity whose table lacks {@code bio}.
	 */
	@Entity(name = "Profile")
	@Table(name = "profile")
	public static class Profile {

		@Id
		Long id;

		String nickname;

		String bio;

	}

}
