package dev.ratchet.lint;

import java.util.Objects;

import liquibase.changelog.ChangeSet;

/**
 * Identifies a changeset the way Liquibase does: {@code file::id::author}.
 *
 * @param file the changelog file path as Liquibase records it
 * @param id the changeset id
 * @param author the changeset author
 */
public record ChangeSetId(String file, String id, String author) {

	private static final String SEPARATOR = "::";

	/**
	 * Creates a new instance.
	 */
	public ChangeSetId {
		file = normalize(Objects.requireNonNull(file, "file"));
		Objects.requireNonNull(id, "id");
		author = (author != null) ? author : "";
	}

	/**
	 * Returns the id of a parsed changeset.
	 * @param changeSet the changeset
	 * @return its id
	 */
	public static ChangeSetId of(ChangeSet changeSet) {
		return new ChangeSetId(changeSet.getFilePath(), changeSet.getId(), changeSet.getAuthor());
	}

	/**
	 * Parses {@code file::id::author}.
	 * @param text the text
	 * @return the id
	 * @throws IllegalArgumentException when the text does not have three parts
	 */
	public static ChangeSetId parse(String text) {
		int first = text.indexOf(SEPARATOR);
		int last = text.lastIndexOf(SEPARATOR);
		if (first < 0 || first == last) {
			throw new IllegalArgumentException("'" + text + "' is not a changeset id of the form file::id::author");
		}
		return new ChangeSetId(text.substring(0, first).trim(), text.substring(first + SEPARATOR.length(), last).trim(),
				text.substring(last + SEPARATOR.length()).trim());
	}

	private static String normalize(String file) {
		String path = file.replace('\\', '/');
		for (String prefix : new String[] { "classpath*:", "classpath:" }) {
			if (path.startsWith(prefix)) {
				path = path.substring(prefix.length());
			}
		}
		while (path.startsWith("/")) {
			path = path.substring(1);
		}
		return path;
	}

	@Override
	public String toString() {
		return this.file + SEPARATOR + this.id + SEPARATOR + this.author;
	}

}
