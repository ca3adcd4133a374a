package dev.ratchet.lint.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ratchet.lint.ChangeLogLintException;
import dev.ratchet.lint.ChangeSetId;
import dev.ratchet.lint.ChangeText;
import dev.ratchet.lint.Released;
import liquibase.ChecksumVersion;
import liquibase.change.CheckSum;
import liquibase.changelog.ChangeSet;

/**
 * The changesets of a changelog that are already released, each with its checksum, so that
 * static lint judges only the changesets added since, and catches released ones that were
 * edited or removed. Written to a file, one changeset a line: its checksum, a tab, and
 * {@code file::id::author}. Changesets that share an id for different databases each have
 * their line.
 */
public final class Baseline implements Released {

	private static final String HEADER = "# Ratchet baseline: the changesets released, one a line: checksum, tab, "
			+ "file::id::author." + System.lineSeparator()
			+ "# Static lint with --baseline judges only the changesets not listed here." + System.lineSeparator();

	private final Map<ChangeSetId, List<String>> checksums;

	private Baseline(Map<ChangeSetId, List<String>> checksums) {
		this.checksums = checksums;
	}

	/**
	 * Records changesets as released. Call it while their changelog is being read, since a
	 * checksum may need the files a change refers to.
	 * @param changeSets the changesets
	 * @return the baseline
	 */
	public static Baseline of(List<ChangeSet> changeSets) {
		Map<ChangeSetId, List<String>> checksums = new LinkedHashMap<>();
		for (ChangeSet changeSet : changeSets) {
			checksums.computeIfAbsent(ChangeSetId.of(changeSet), (id) -> new ArrayList<>())
				.add(checksumOf(changeSet).toString());
		}
		return new Baseline(checksums);
	}

	/**
	 * Returns a baseline in which nothing is released yet.
	 * @return the empty baseline
	 */
	public static Baseline empty() {
		return new Baseline(new LinkedHashMap<>());
	}

	/**
	 * Reads a baseline file.
	 * @param file the file
	 * @return the baseline
	 * @throws ChangeLogLintException when it cannot be read, naming the file and line
	 */
	public static Baseline read(Path file) throws ChangeLogLintException {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ChangeLogLintException("Cannot read baseline " + file + ": " + ex.getMessage(), ex);
		}
		Map<ChangeSetId, List<String>> checksums = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int tab = line.indexOf('\t');
			try {
				if (tab < 0) {
					throw new IllegalArgumentException("expected a checksum, a tab and file::id::author");
				}
				CheckSum.parse(line.substring(0, tab));
				checksums.computeIfAbsent(ChangeSetId.parse(line.substring(tab + 1).strip()), (id) -> new ArrayList<>())
					.add(line.substring(0, tab));
			}
			catch (RuntimeException ex) {
				throw new ChangeLogLintException(
						"Baseline " + file + ", line " + (i + 1) + " cannot be read: " + ex.getMessage(), ex);
			}
		}
		return new Baseline(checksums);
	}

	/**
	 * Writes this baseline to a file.
	 * @param file the file
	 * @throws ChangeLogLintException when it cannot be written
	 */
	public void write(Path file) throws ChangeLogLintException {
		StringBuilder text = new StringBuilder(HEADER);
		this.checksums.forEach((id, checksums) -> checksums
			.forEach((checksum) -> text.append(checksum).append('\t').append(id).append(System.lineSeparator())));
		try {
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ChangeLogLintException("Cannot write baseline " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Returns how many changesets are released.
	 * @return the number
	 */
	public int size() {
		return this.checksums.values().stream().mapToInt(List::size).sum();
	}

	/**
	 * Returns whether a changeset is released.
	 * @param changeSet the changeset
	 * @return whether this baseline lists it
	 */
	@Override
	public boolean isReleased(ChangeSetId changeSet) {
		return this.checksums.containsKey(changeSet);
	}

	/**
	 * Returns whether a released changeset was edited since: its checksum is not the
	 * released one (nor one its {@code validCheckSum} accepts). A changeset that runs on
	 * change or always is expected to change: it {@link #runsAgain runs again} instead.
	 * @param changeSet the changeset
	 * @return whether it was edited
	 */
	@Override
	public boolean isEdited(ChangeSet changeSet) {
		return !reruns(changeSet) && changed(changeSet);
	}

	/**
	 * Returns whether a released changeset that runs on change or always changed since, so
	 * the next deploy runs what it says now.
	 * @param changeSet the changeset
	 * @return whether it runs again, changed
	 */
	@Override
	public boolean runsAgain(ChangeSet changeSet) {
		return reruns(changeSet) && changed(changeSet);
	}

	private boolean changed(ChangeSet changeSet) {
		List<String> released = this.checksums.get(ChangeSetId.of(changeSet));
		return released != null && released.stream().noneMatch((checksum) -> matches(changeSet, checksum));
	}

	private static boolean reruns(ChangeSet changeSet) {
		return changeSet.shouldRunOnChange() || changeSet.shouldAlwaysRun();
	}

	private static boolean matches(ChangeSet changeSet, String released) {
		try {
			return changeSet.isCheckSumValid(CheckSum.parse(released));
		}
		catch (RuntimeException ex) {
			return released.equals(fallback(changeSet).toString());
		}
	}

	/**
	 * Returns a changeset's checksum: Liquibase's, or, where Liquibase cannot compute it
	 * (a custom change whose class is not on the classpath), one of everything its changes say.
	 * @param changeSet the changeset
	 * @return the checksum
	 */
	@Override
	public String checksum(ChangeSet changeSet) {
		return checksumOf(changeSet).toString();
	}

	private static CheckSum checksumOf(ChangeSet changeSet) {
		try {
			return changeSet.generateCheckSum(ChecksumVersion.latest());
		}
		catch (RuntimeException ex) {
			return fallback(changeSet);
		}
	}

	private static CheckSum fallback(ChangeSet changeSet) {
		StringBuilder text = new StringBuilder("ratchet:");
		changeSet.getChanges().forEach((change) -> text.append(ChangeText.of(change)).append(';'));
		return CheckSum.compute(text.toString());
	}

	/**
	 * Returns the released changesets that a changelog no longer has.
	 * @param changeSets the changelog's changesets
	 * @return the released changesets that are gone, in baseline order
	 */
	@Override
	public List<ChangeSetId> removedFrom(List<ChangeSet> changeSets) {
		Set<ChangeSetId> present = new HashSet<>();
		changeSets.forEach((changeSet) -> present.add(ChangeSetId.of(changeSet)));
		List<ChangeSetId> removed = new ArrayList<>();
		for (ChangeSetId id : this.checksums.keySet()) {
			if (!present.contains(id)) {
				removed.add(id);
			}
		}
		return removed;
	}

}
