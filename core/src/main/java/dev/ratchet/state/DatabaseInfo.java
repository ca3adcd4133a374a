package dev.ratchet.state;

/**
 * The database a changelog runs against.
 *
 * @param product the product name, such as {@code PostgreSQL}
 * @param version the product version
 * @param url the JDBC URL without credentials
 * @param defaultSchema the default schema
 */
public record DatabaseInfo(String product, String version, String url, String defaultSchema) {

}
