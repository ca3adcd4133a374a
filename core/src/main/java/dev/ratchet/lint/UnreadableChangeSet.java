package dev.ratchet.lint;

import java.util.Objects;

/**
 * A pending changeset static lint could not read, so could not judge: a change of it reads a
 * file that is not there, such as data or SQL a build generates. The deploy, where the file
 * is, judges it; until then the lint is unreadable input.
 *
 * @param changeSet the changeset
 * @param changeType the change that reads the file, such as {@code loadData}
 * @param file the file as the change names it
 * @param reason why it could not be read
 */
public record UnreadableChangeSet(ChangeSetId changeSet, String changeType, String file, String reason) {

	/**
	 * Creates a new instance.
	 */
	public UnreadableChangeSet {
		Objects.requireNonNull(changeSet, "changeSet");
	}

	/**
	 * Says what could not be read, for reports.
	 * @return such as {@code db/r2.yaml::load::ana: loadData reads data/countries.csv, which
	 * cannot be read (…)}
	 */
	public String describe() {
		return this.changeSet + ": " + this.changeType + " reads " + this.file + ", which cannot be read ("
				+ this.reason + "); the changeset is not judged. Lint after the build that makes the file, or add "
				+ "the folder it is in to the search path.";
	}

}
