package dev.ratchet.lint.changelog;

import liquibase.exception.ChangeLogParseException;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase's XML changelog parser, without XSD validation, as static lint reads XML: each
 * instance has a SAX parser factory of its own, so two threads may read at once.
 */
class XmlReader extends XMLChangeLogSAXParser {

	/**
	 * Reads an XML changelog file into Liquibase's parsed form, as Liquibase's parser does
	 * before it builds the changesets.
	 * @param path the file's path
	 * @param accessor the search path
	 * @return the tree
	 * @throws ChangeLogParseException when the file cannot be read or is not a changelog
	 */
	ParsedNode read(String path, ResourceAccessor accessor) throws ChangeLogParseException {
		return parseToNode(path, null, accessor);
	}

}
