package dev.ratchet.state;

/**
 * Counts of a changelog's state.
 *
 * @param applied changesets recorded in DATABASECHANGELOG
 * @param pending changesets waiting to run
 * @param blocked pending findings that block
 * @param approved pending findings that were approved
 * @param warnings pending findings of severity warn
 * @param unexpected changesets applied but absent from the changelog
 * @param checksumMismatches applied changesets edited afterwards
 * @param drift schema drift items of severity error (checksum mismatches and unexpected
 * changesets are counted on their own)
 * @param compatColumns columns compat mode reads as null
 */
public record Summary(int applied, int pending, int blocked, int approved, int warnings, int unexpected,
		int checksumMismatches, int drift, int compatColumns) {

}
