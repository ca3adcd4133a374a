package dev.ratchet.lint.changelog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.ChangeLogParseException;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.resource.ResourceAccessor;

/**
 * The XML changelog parser while static lint runs in the process: Liquibase finds parsers in
 * one registry per process, and its includes ask that registry, so this one stands just above
 * Liquibase's own XML parser. A parse of a lint's search path takes the files its
 * {@link XmlPrefetch} has read; every other parse is handed to Liquibase's parser unchanged.
 * It is registered once, and only when Liquibase's own XML parser is the one that would read
 * XML: a parser an extension provides is left to do its work.
 */
final class LintXmlParser extends XmlReader {

	private static final Map<ResourceAccessor, XmlPrefetch> PREFETCHES = new ConcurrentHashMap<>();

	private static LintXmlParser registered;

	private final ChangeLogParser liquibases;

	private LintXmlParser(ChangeLogParser liquibases) {
		this.liquibases = liquibases;
	}

	/**
	 * Routes the XML parses of a search path through a prefetch.
	 * @param accessor the search path of one lint
	 * @param prefetch its prefetch
	 * @return whether parses are routed; {@code false} when another parser reads XML
	 */
	static boolean route(ResourceAccessor accessor, XmlPrefetch prefetch) {
		if (!register(accessor)) {
			return false;
		}
		PREFETCHES.put(accessor, prefetch);
		return true;
	}

	/**
	 * Stops routing the parses of a search path.
	 * @param accessor the search path
	 */
	static void unroute(ResourceAccessor accessor) {
		PREFETCHES.remove(accessor);
	}

	private static synchronized boolean register(ResourceAccessor accessor) {
		ChangeLogParserFactory factory = ChangeLogParserFactory.getInstance();
		if (registered != null && factory.getParsers().contains(registered)) {
			return true;
		}
		ChangeLogParser current;
		try {
			current = factory.getParser("changelog.xml", accessor);
		}
		catch (LiquibaseException | RuntimeException ex) {
			return false;
		}
		if (current.getClass() != XMLChangeLogSAXParser.class) {
			return false;
		}
		registered = new LintXmlParser(current);
		factory.register(registered);
		return true;
	}

	@Override
	public int getPriority() {
		return this.liquibases.getPriority() + 1;
	}

	@Override
	public boolean supports(String changeLogFile, ResourceAccessor resourceAccessor) {
		return this.liquibases.supports(changeLogFile, resourceAccessor);
	}

	@Override
	public DatabaseChangeLog parse(String physicalChangeLogLocation, ChangeLogParameters changeLogParameters,
			ResourceAccessor resourceAccessor) throws ChangeLogParseException {
		if (!PREFETCHES.containsKey(resourceAccessor)) {
			return this.liquibases.parse(physicalChangeLogLocation, changeLogParameters, resourceAccessor);
		}
		return super.parse(physicalChangeLogLocation, changeLogParameters, resourceAccessor);
	}

	@Override
	protected ParsedNode parseToNode(String physicalChangeLogLocation, ChangeLogParameters changeLogParameters,
			ResourceAccessor resourceAccessor) throws ChangeLogParseException {
		XmlPrefetch prefetch = PREFETCHES.get(resourceAccessor);
		ParsedNode node = (prefetch != null) ? prefetch.take(physicalChangeLogLocation) : null;
		return (node != null) ? node
				: super.parseToNode(physicalChangeLogLocation, changeLogParameters, resourceAccessor);
	}

}
