package dev.ratchet.lint;

import java.io.IOException;

import dev.ratchet.Causes;
import liquibase.Scope;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.change.core.CreateProcedureChange;
import liquibase.change.core.LoadDataChange;
import liquibase.change.core.SQLFileChange;
import liquibase.changelog.ChangeSet;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;

/**
 * The files changes read ({@code loadData} and {@code loadUpdateData} data, {@code sqlFile}
 * and {@code createProcedure} SQL), checked before a change is judged, so a missing file makes
 * its changeset unreadable input rather than a failed lint.
 */
final class ChangeFiles {

	private ChangeFiles() {
	}

	/**
	 * Returns what makes a change unreadable.
	 * @param change the change
	 * @param changeSet its changeset
	 * @return the changeset as unreadable, or {@code null} when the change's file can be read
	 */
	static UnreadableChangeSet unreadable(Change change, ChangeSet changeSet) {
		if (change instanceof LoadDataChange load && load.getFile() != null) {
			String relativeTo = Boolean.TRUE.equals(load.isRelativeToChangelogFile()) ? ParsedChangeLog.fileOf(changeSet)
					: null;
			String reason = missing(relativeTo, load.getFile());
			return (reason != null) ? unreadable(change, changeSet, load.getFile(), reason) : null;
		}
		if (change instanceof SQLFileChange || (change instanceof CreateProcedureChange procedure
				&& procedure.getPath() != null)) {
			try {
				((AbstractSQLChange) change).getSql();
				return null;
			}
			catch (RuntimeException ex) {
				String file = (change instanceof SQLFileChange sqlFile) ? sqlFile.getPath()
						: ((CreateProcedureChange) change).getPath();
				return unreadable(change, changeSet, file, Causes.rootMessage(ex));
			}
		}
		return null;
	}

	private static UnreadableChangeSet unreadable(Change change, ChangeSet changeSet, String file, String reason) {
		return new UnreadableChangeSet(ChangeSetId.of(changeSet), change.getSerializedObjectName(), file, reason);
	}

	private static String missing(String relativeTo, String file) {
		ResourceAccessor accessor = Scope.getCurrentScope().getResourceAccessor();
		if (accessor == null) {
			return null;
		}
		try {
			Resource resource = (relativeTo != null) ? accessor.get(relativeTo).resolveSibling(file) : accessor.get(file);
			return (resource != null && resource.exists()) ? null : "it does not exist on the search path";
		}
		catch (IOException | RuntimeException ex) {
			return Causes.rootMessage(ex);
		}
	}

}
