package dev.ratchet.fleet;

import java.util.List;

import dev.ratchet.drift.YamlWriter;

/**
 * The changelog that drops what no live release maps: one changeset per table or column,
 * each carrying its {@code ratchet:allow} comment with the reason, since Ratchet sees what
 * entities map but not what native SQL, reports or other services read.
 */
public final class ContractChangeLog {

	/** The author of the suggested changesets. */
	public static final String AUTHOR = "ratchet";

	private ContractChangeLog() {
	}

	/**
	 * Returns the changelog that drops what can be contracted.
	 * @param contractable the tables and columns no live instance maps
	 * @return the YAML changelog, or {@code null} when there is nothing to drop
	 */
	public static String of(List<Contractable> contractable) {
		if (contractable.isEmpty()) {
			return null;
		}
		YamlWriter changeLog = new YamlWriter(1);
		for (Contractable drop : contractable) {
			boolean table = drop.column() == null;
			String target = table ? drop.table() : drop.table() + "." + drop.column();
			String since = (drop.unmappedSince() != null)
					? " since " + drop.unmappedSince() + " (last mapped by " + drop.lastMappedBy() + ")" : "";
			changeLog.item("changeSet")
				.field("id", "ratchet-contract-" + target.replace('.', '-'))
				.field("author", AUTHOR)
				.field("comment", "ratchet:allow " + (table ? "drop-table" : "drop-column") + " - " + target
						+ " is mapped by no live release" + since)
				.open("changes");
			if (table) {
				changeLog.item("dropTable").field("tableName", drop.table()).close();
			}
			else {
				changeLog.item("dropColumn").field("tableName", drop.table()).field("columnName", drop.column()).close();
			}
			changeLog.close().close();
		}
		return "databaseChangeLog:\n" + changeLog;
	}

}
