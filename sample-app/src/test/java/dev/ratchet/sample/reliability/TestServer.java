package dev.ratchet.sample.reliability;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A database server the reliability tests run on, creating a fresh database for each
 * test: PostgreSQL on the server named by {@code RATCHET_TEST_POSTGRES_URL}, else in a
 * Testcontainers container where Docker runs; MariaDB on the server named by
 * {@code RATCHET_TEST_MARIADB_URL}. A test is skipped with a visible message when its
 * server is not there.
 */
enum TestServer {

	/**
	 * PostgreSQL, its tables in the {@code public} schema.
	 */
	POSTGRESQL("PostgreSQL", "RATCHET_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres",
			false) {

		private PostgreSQLContainer container;

		private Boolean docker;

		@Override
		synchronized String serverUrl() {
			String configured = configuredUrl();
			if (configured != null) {
				return configured;
			}
			if (this.container == null) {
				if (!dockerAvailable()) {
					skip("or run Docker");
				}
				this.container = new PostgreSQLContainer("postgres:15-alpine");
				this.container.start();
			}
			return this.container.getJdbcUrl() + "&user=" + this.container.getUsername() + "&password="
					+ this.container.getPassword();
		}

		private boolean dockerAvailable() {
			if (this.docker == null) {
				try {
					this.docker = DockerClientFactory.instance().isDockerAvailable();
				}
				catch (RuntimeException ex) {
					this.docker = false;
				}
			}
			return this.docker;
		}

		@Override
		String dropDatabase(String name) {
			return "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)";
		}

		@Override
		String schema() {
			return "'public'";
		}

		@Override
		String sleep(double seconds) {
			return "SELECT pg_sleep(" + String.format(Locale.ROOT, "%.3f", seconds) + ")";
		}

		@Override
		String migrationLockHolder() {
			return "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted "
					+ "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";
		}

		@Override
		String terminate(String session) {
			return "SELECT pg_terminate_backend(" + Long.parseLong(session) + ")";
		}

		@Override
		String sleepingSession() {
			return "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' "
					+ "AND query LIKE 'SELECT pg_sleep%' AND pid <> pg_backend_pid()";
		}

		@Override
		List<List<String>> restart() {
			String[] versions = new File("/etc/postgresql").list();
			return (versions == null || versions.length == 0) ? List.of()
					: List.of(List.of("pg_ctlcluster", "--skip-systemctl-redirect", versions[0], "main", "restart",
							"-m", "fast"));
		}

	},

	/**
	 * MariaDB, whose DDL commits as it runs and whose Liquibase tables are named in upper case.
	 */
	MARIADB("MariaDB", "RATCHET_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root", true) {

		@Override
		String serverUrl() {
			String configured = configuredUrl();
			if (configured == null) {
				skip("");
			}
			return configured;
		}

		@Override
		String dropDatabase(String name) {
			return "DROP DATABASE IF EXISTS " + name;
		}

		@Override
		String schema() {
			return "database()";
		}

		@Override
		String sleep(double seconds) {
			return "SELECT SLEEP(" + String.format(Locale.ROOT, "%.3f", seconds) + ")";
		}

		@Override
		String migrationLockHolder() {
			return "SELECT IS_USED_LOCK(CONCAT('ratchet:', DATABASE(), '.databasechangeloglock'))";
		}

		@Override
		String terminate(String session) {
			return "KILL CONNECTION " + Long.parseLong(session);
		}

		@Override
		String sleepingSession() {
			return "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND INFO LIKE 'SELECT SLEEP%' "
					+ "AND ID <> CONNECTION_ID()";
		}

		@Override
		List<List<String>> restart() {
			return new File("/usr/sbin/mariadbd").canExecute()
					? List.of(List.of("mariadb-admin", "-h", "127.0.0.1", "-u", "root", "shutdown"),
							List.of("sh", "-c", "while pgrep -x mariadbd >/dev/null; do sleep 0.2; done"),
							List.of("start-stop-daemon", "--start", "--oknodo", "--background", "--exec",
									"/usr/sbin/mariadbd"))
					: List.of();
		}

	};

	private final String displayName;

	private final String variable;

	private final String example;

	private final boolean upperCaseTables;

	TestServer(String displayName, String variable, String example, boolean upperCaseTables) {
		this.displayName = displayName;
		this.variable = variable;
		this.example = example;
		this.upperCaseTables = upperCaseTables;
	}

	/**
	 * Creates a new, empty database on this server.
	 * @return the database; drop it with {@link TestDatabase#close()}
	 */
	TestDatabase createDatabase() {
		String serverUrl = serverUrl();
		String name = "ratchet_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		run(serverUrl, "CREATE DATABASE " + name);
		return new TestDatabase(this, serverUrl, name, withDatabase(serverUrl, name));
	}

	/**
	 * Drops a database created by {@link #createDatabase()}.
	 * @param serverUrl the URL of the server
	 * @param name the database name
	 */
	void drop(String serverUrl, String name) {
		run(serverUrl, dropDatabase(name));
	}

	/**
	 * Returns the JDBC URL of the server, credentials included as parameters; skips the
	 * test when there is none.
	 * @return the URL
	 */
	abstract String serverUrl();

	/**
	 * Returns the statement that drops a database, also when connections to it remain.
	 * @param name the database name
	 * @return the statement
	 */
	abstract String dropDatabase(String name);

	/**
	 * Returns the SQL expression naming the schema a test database's tables are in.
	 * @return the expression, for {@code information_schema} queries
	 */
	abstract String schema();

	/**
	 * Returns the name Liquibase gives its changelog table on this server.
	 * @return the table name
	 */
	String changeLogTable() {
		return this.upperCaseTables ? "DATABASECHANGELOG" : "databasechangelog";
	}

	/**
	 * Returns the name Liquibase gives its changelog lock table on this server.
	 * @return the table name
	 */
	String lockTable() {
		return this.upperCaseTables ? "DATABASECHANGELOGLOCK" : "databasechangeloglock";
	}

	/**
	 * Returns a statement that sleeps without changing anything.
	 * @param seconds how long
	 * @return the statement
	 */
	abstract String sleep(double seconds);

	/**
	 * Returns a query giving the session that holds the migration's session lock.
	 * @return the query; no row or {@code NULL} when the lock is free
	 */
	abstract String migrationLockHolder();

	/**
	 * Returns the statement that ends a session of this server, as a failover would.
	 * @param session the session, as {@link #migrationLockHolder()} gives it
	 * @return the statement
	 */
	abstract String terminate(String session);

	/**
	 * Returns a query giving the session of this database that runs a changeset's sleep
	 * statement, so a test interrupts an update inside a changeset, never between its
	 * commit and Liquibase's record of it.
	 * @return the query; no row when none sleeps
	 */
	abstract String sleepingSession();

	/**
	 * Returns the commands that restart this server on this machine.
	 * @return the commands, run in order; empty when it cannot be restarted from here
	 */
	abstract List<List<String>> restart();

	String configuredUrl() {
		String configured = System.getenv(this.variable);
		return (configured != null && !configured.isBlank() && !configured.startsWith("${")) ? configured : null;
	}

	void skip(String alternative) {
		String message = this.displayName + " reliability tests skipped: set " + this.variable + " (e.g. "
				+ this.example + ")" + (alternative.isEmpty() ? "" : " " + alternative);
		System.err.println(message);
		Assumptions.abort(message);
	}

	private String withDatabase(String serverUrl, String database) {
		int query = serverUrl.indexOf('?');
		String base = (query >= 0) ? serverUrl.substring(0, query) : serverUrl;
		String parameters = (query >= 0) ? serverUrl.substring(query) : "";
		int authority = base.indexOf("//");
		int slash = base.indexOf('/', authority + 2);
		String host = (slash >= 0) ? base.substring(0, slash) : base;
		return host + "/" + database + parameters;
	}

	private static void run(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "': " + ex.getMessage(), ex);
		}
	}

	/**
	 * Returns a short name for file and process names.
	 * @return the name in lower case, such as {@code mariadb}
	 */
	String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return this.displayName;
	}

}
