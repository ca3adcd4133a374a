package dev.ratchet.boot.jpa;

import java.util.IdentityHashMap;
import java.util.Map;

import dev.ratchet.drift.MappedSequence;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.generator.Generator;
import org.hibernate.id.enhanced.DatabaseStructure;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.Table;

/**
 * Finds the sequence each entity hierarchy draws its identifiers from, by the tables of
 * the hierarchy (with table-per-class inheritance, an abstract root has no table of its own): what {@code @GeneratedValue} resolves to with a sequence-style generator
 * ({@code @SequenceGenerator}, or {@code AUTO} on a database with sequences). An identifier
 * whose generator cannot be told has none.
 */
final class IdSequences {

	private static final Log logger = LogFactory.getLog(IdSequences.class);

	private IdSequences() {
	}

	static Map<Table, MappedSequence> of(Metadata metadata) {
		Dialect dialect = metadata.getDatabase().getDialect();
		Map<Table, MappedSequence> sequences = new IdentityHashMap<>();
		for (PersistentClass entity : metadata.getEntityBindings()) {
			if (entity instanceof RootClass root && root.getIdentifier() != null) {
				MappedSequence sequence = sequenceOf(root, dialect);
				if (sequence != null) {
					sequences.put(root.getTable(), sequence);
					root.getSubclassTableClosure().forEach((table) -> sequences.putIfAbsent(table, sequence));
				}
			}
		}
		return sequences;
	}

	private static MappedSequence sequenceOf(RootClass root, Dialect dialect) {
		try {
			Generator generator = root.getIdentifier().createGenerator(dialect, root);
			if (generator instanceof SequenceStyleGenerator sequenceStyle) {
				DatabaseStructure structure = sequenceStyle.getDatabaseStructure();
				if (structure.isPhysicalSequence()) {
					return new MappedSequence(structure.getPhysicalName().getObjectName().getText(),
							structure.getInitialValue(), structure.getIncrementSize());
				}
			}
			return null;
		}
		catch (RuntimeException ex) {
			logger.debug("Could not tell the identifier sequence of " + root.getEntityName(), ex);
			return null;
		}
	}

}
