package dev.ratchet.state;

/**
 * The changelog.
 *
 * @param path the changelog path as configured
 * @param changeSets how many changesets it holds
 * @param liquibaseVersion the Liquibase version that runs it
 */
public record ChangeLogInfo(String path, int changeSets, String liquibaseVersion) {

}
