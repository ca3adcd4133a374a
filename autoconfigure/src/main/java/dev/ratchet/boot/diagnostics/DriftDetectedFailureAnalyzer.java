package dev.ratchet.boot.diagnostics;

import dev.ratchet.boot.snapshot.DriftDetectedException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a startup stopped by {@code ratchet.drift.fail-on=error}: every drift item of
 * severity error with its kind, table and column, entity, and what the entities expect
 * against what the database has, and the changeset that adds what the database lacks.
 */
class DriftDetectedFailureAnalyzer extends AbstractFailureAnalyzer<DriftDetectedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DriftDetectedException cause) {
		String action = "Make the entities and the database agree: where the entity is right, add a changeset that "
				+ "brings the schema to it (additively: a new column nullable or with a default, a wider type); "
				+ "where the database is right, change the entity's mapping. Edited or unexpected changesets need "
				+ "the changelog restored to what ran. To report drift without failing startup, set "
				+ "ratchet.drift.fail-on=none.";
		if (!cause.getSuggestedChangeLogs().isEmpty()) {
			action = "Review the changeset above, which adds what the database lacks, and add it to the changelog as "
					+ "the next release. " + action;
		}
		return new FailureAnalysis(cause.getMessage(), action, cause);
	}

}
