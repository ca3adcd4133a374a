package dev.ratchet.boot.diagnostics;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import dev.ratchet.Causes;
import dev.ratchet.state.JdbcUrls;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Explains a startup stopped because the database could not be reached, naming the
 * configured JDBC URL without its credentials.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	private static final String[] URL_PROPERTIES = { "spring.liquibase.url", "spring.datasource.url" };

	private final Environment environment;

	DatabaseUnreachableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		SQLException connectionFailure = connectionFailure(cause);
		if (connectionFailure == null) {
			return null;
		}
		String property = urlProperty();
		String url = (property != null) ? JdbcUrls.sanitize(this.environment.getProperty(property)) : null;
		String where = (url != null) ? " at " + url + " (" + property + ")" : "";
		String description = "Could not connect to the database" + where + ": " + connectionFailure.getMessage();
		String action = "Check that the database" + where + " is running and reachable from this host, and that the "
				+ "URL, user and password are right. A database that accepts connections but never answers holds "
				+ "startup for as long as the driver's timeouts allow: bound them on the URL (for PostgreSQL, "
				+ "connectTimeout and loginTimeout in seconds).";
		return new FailureAnalysis(description, action, cause);
	}

	private String urlProperty() {
		if (this.environment == null) {
			return null;
		}
		for (String property : URL_PROPERTIES) {
			String value = this.environment.getProperty(property);
			if (value != null && !value.isBlank()) {
				return property;
			}
		}
		return null;
	}

	private static SQLException connectionFailure(SQLException outermost) {
		return Causes.chain(outermost)
			.stream()
			.filter((cause) -> cause instanceof SQLException sql && isConnectionFailure(sql))
			.map(SQLException.class::cast)
			.findFirst()
			.orElse(null);
	}

	private static boolean isConnectionFailure(SQLException ex) {
		String state = ex.getSQLState();
		return (state != null && state.startsWith("08")) || ex instanceof SQLTransientConnectionException
				|| ex instanceof SQLNonTransientConnectionException;
	}

}
