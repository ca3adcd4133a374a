package dev.ratchet.lint.sql;

import dev.ratchet.Identifiers;
import net.sf.jsqlparser.schema.Table;

/**
 * Table names as JSqlParser reads them, folded as {@link Identifiers#unqualifiedKey} folds
 * names: without quotes and schema, in lower case.
 */
final class Names {

	private Names() {
	}

	/**
	 * Returns a table's name without quotes and schema, in lower case.
	 */
	static String of(Table table) {
		return (table != null) ? Identifiers.unqualifiedKey(table.getName()) : null;
	}

}
