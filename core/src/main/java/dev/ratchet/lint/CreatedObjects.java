package dev.ratchet.lint;

import java.util.HashSet;
import java.util.Set;

import liquibase.change.Change;
import liquibase.change.core.CreateSequenceChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.CreateViewChange;
import liquibase.change.core.RenameTableChange;

/**
 * Tables, views and sequences created by the changesets linted so far: no deployed code
 * can depend on them, so changes to them are exempt.
 */
final class CreatedObjects {

	private final Set<String> names = new HashSet<>();

	void record(Change change) {
		if (change instanceof CreateTableChange create) {
			add(create.getTableName());
		}
		else if (change instanceof CreateViewChange create) {
			add(create.getViewName());
		}
		else if (change instanceof CreateSequenceChange create) {
			add(create.getSequenceName());
		}
		else if (change instanceof RenameTableChange rename && contains(rename.getOldTableName())) {
			add(rename.getNewTableName());
		}
	}

	void add(String name) {
		if (name != null) {
			this.names.add(Targets.key(name));
		}
	}

	boolean contains(String name) {
		return name != null && this.names.contains(Targets.key(name));
	}

	void clear() {
		this.names.clear();
	}

}
