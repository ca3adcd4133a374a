package dev.ratchet.lint.sql;

import java.util.List;
import java.util.Locale;

import dev.ratchet.Identifiers;
import dev.ratchet.lint.rule.Rule;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.drop.Drop;

/**
 * {@code DROP} statements: one violation per dropped object. A drop of an object kind no
 * rule covers (type, domain, extension, role, …) fails closed as {@code unparsed-sql}.
 */
final class DropRules {

	private DropRules() {
	}

	/**
	 * Records what a {@code DROP} statement drops.
	 */
	static void inspect(Drop drop, Findings findings) {
		String kind = drop.getType().toLowerCase(Locale.ROOT);
		String onTable = onTable(drop.getParameters());
		for (Table object : names(drop)) {
			String name = Names.of(object);
			switch (drop.getObjectType()) {
				case TABLE -> {
					if (!drop.isUsingTemporary()) {
						findings.table(Rule.DROP_TABLE, name, "drops table " + name);
					}
				}
				case SCHEMA, DATABASE -> findings.add(Rule.DROP_SCHEMA, null, name, "drops " + kind + " " + name);
				case VIEW -> findings.table(Rule.DROP_VIEW, name,
						"drops " + (drop.isMaterialized() ? "materialized view " : "view ") + name);
				case SEQUENCE -> findings.table(Rule.DROP_SEQUENCE, name, "drops sequence " + name);
				case FUNCTION, PROCEDURE, TRIGGER, EVENT -> findings.column(Rule.DROP_ROUTINE, onTable, name,
						"drops " + kind + " " + name);
				case INDEX -> findings.column(Rule.DROP_INDEX, onTable, name, "drops index " + name);
				default -> findings.add(Rule.UNPARSED_SQL, null, name,
						"drops " + kind + " " + name + ", which no rule inspects");
			}
		}
	}

	private static List<Table> names(Drop drop) {
		return (drop.getNames() != null && !drop.getNames().isEmpty()) ? drop.getNames() : List.of(drop.getName());
	}

	private static String onTable(List<String> parameters) {
		if (parameters == null) {
			return null;
		}
		for (int i = 0; i + 1 < parameters.size(); i++) {
			if ("ON".equalsIgnoreCase(parameters.get(i))) {
				return Identifiers.unqualifiedKey(parameters.get(i + 1));
			}
		}
		return null;
	}

}
