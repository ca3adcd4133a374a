package dev.ratchet.bench.cold;

import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import liquibase.GlobalConfiguration;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase alone parsing a changelog, without XSD validation, as static lint parses it, and
 * nothing else: the floor a cold static lint of the same changelog stands on. Liquibase's log
 * is silenced, so a {@code customChange} class missing from the class path costs its lookup,
 * not a printed stack trace.
 */
public final class LiquibaseParse {

	private LiquibaseParse() {
	}

	/**
	 * Parses a changelog and prints how many changesets it holds.
	 * @param args the changelog's path on the search path, and the search path folder
	 * @throws Exception when the changelog cannot be parsed
	 */
	public static void main(String[] args) throws Exception {
		Logger.getLogger("").setLevel(Level.OFF);
		Logger.getLogger("liquibase").setLevel(Level.OFF);
		String changeLog = args[0];
		ResourceAccessor accessor = new DirectoryResourceAccessor(Path.of(args[1]));
		DatabaseChangeLog parsed = Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), accessor,
				GlobalConfiguration.VALIDATE_XML_CHANGELOG_FILES.getKey(), false),
				() -> ChangeLogParserFactory.getInstance()
					.getParser(changeLog, accessor)
					.parse(changeLog, new ChangeLogParameters(), accessor));
		System.out.println(parsed.getChangeSets().size() + " changesets");
	}

}
