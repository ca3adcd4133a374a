package dev.ratchet.boot.fleet;

/**
 * Who this instance is in the fleet.
 *
 * @param application its {@code spring.application.name}
 * @param version its release version, {@code unknown} when it has none
 * @param host the host it runs on
 */
public record FleetMember(String application, String version, String host) {
}
