package dev.ratchet.lint;

import java.util.List;

import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Parses the test changelogs under {@code changelogs/} with Liquibase's own parser.
 */
final class ChangeLogs {

	private ChangeLogs() {
	}

	static List<ChangeSet> parse(String name) {
		String path = "changelogs/" + name;
		try (ResourceAccessor accessor = new ClassLoaderResourceAccessor(ChangeLogs.class.getClassLoader())) {
			DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance()
				.getParser(path, accessor)
				.parse(path, new ChangeLogParameters(), accessor);
			return changeLog.getChangeSets();
		}
		catch (LiquibaseException ex) {
			throw new IllegalStateException("Could not parse " + path, ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not close the resource accessor for " + path, ex);
		}
	}

	static LintReport lintEach(String name) {
		return lintEach(name, LintPolicy.defaults());
	}

	static LintReport lintEach(String name, LintPolicy policy) {
		return new ChangeSetLinter(policy).lintEach(parse(name));
	}

	static LintReport lintRun(String name) {
		return lintRun(name, LintPolicy.defaults());
	}

	static LintReport lintRun(String name, LintPolicy policy) {
		return new ChangeSetLinter(policy).lintRun(parse(name));
	}

}
