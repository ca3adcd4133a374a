package dev.ratchet.lint;

/**
 * Where a changeset is written.
 *
 * @param file the changelog file: relative to the working directory when it is a file
 * there, else as Liquibase names it
 * @param line the line where the changeset starts, from 1; {@code 0} when unknown
 */
public record ChangeSetLocation(String file, int line) {

}
