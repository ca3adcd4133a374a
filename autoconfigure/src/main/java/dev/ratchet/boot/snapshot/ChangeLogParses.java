package dev.ratchet.boot.snapshot;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.ratchet.boot.liquibase.MigrationRuns;
import dev.ratchet.boot.liquibase.MigrationRuns.RunResult;
import dev.ratchet.lint.ParsedChangeLog;
import liquibase.changelog.ChangeLogParameters;
import liquibase.database.Database;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.integration.spring.SpringResourceAccessor;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The changelog of each {@code SpringLiquibase} bean, parsed once: the one its boot-time
 * update parsed, or, for a bean whose update did not run (Liquibase's {@code shouldRun} off),
 * one parse of its own with the bean's changelog parameters, as Liquibase would have parsed
 * it.
 */
final class ChangeLogParses {

	private static final Log logger = LogFactory.getLog(ChangeLogParses.class);

	private final MigrationRuns runs;

	private final Map<String, ParsedChangeLog> parsedHere = new ConcurrentHashMap<>();

	ChangeLogParses(MigrationRuns runs) {
		this.runs = runs;
	}

	/**
	 * Returns a bean's parsed changelog.
	 * @param name the bean's name
	 * @param bean the bean
	 * @param database its database, for the changelog parameters Liquibase sets from it
	 * @return the changelog
	 * @throws IllegalStateException when it cannot be parsed
	 */
	ParsedChangeLog of(String name, SpringLiquibase bean, Database database) {
		ParsedChangeLog parsed = this.runs.result(name).map(RunResult::changeLog).orElse(null);
		return (parsed != null) ? parsed : this.parsedHere.computeIfAbsent(name, (key) -> parse(bean, database));
	}

	private static ParsedChangeLog parse(SpringLiquibase bean, Database database) {
		try {
			ResourceAccessor accessor = new SpringResourceAccessor(bean.getResourceLoader());
			ChangeLogParameters parameters = new ChangeLogParameters(database);
			parameters(bean).forEach(parameters::set);
			return new ParsedChangeLog(bean.getChangeLog(), ChangeLogParserFactory.getInstance()
				.getParser(bean.getChangeLog(), accessor)
				.parse(bean.getChangeLog(), parameters, accessor), accessor);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not parse " + bean.getChangeLog() + ": " + ex.getMessage(), ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> parameters(SpringLiquibase bean) {
		try {
			Field field = SpringLiquibase.class.getDeclaredField("parameters");
			field.setAccessible(true);
			Map<String, String> parameters = (Map<String, String>) field.get(bean);
			return (parameters != null) ? parameters : Map.of();
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			logger.warn("Could not read spring.liquibase.parameters of '" + bean.getBeanName() + "': " + ex);
			return Map.of();
		}
	}

}
