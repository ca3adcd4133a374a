package dev.ratchet.boot.fleet;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name of the host this instance runs on, as the fleet shows it.
 */
public final class FleetHosts {

	private FleetHosts() {
	}

	/**
	 * Returns this host's name.
	 * @return the name, {@code HOSTNAME} when the host cannot name itself, else {@code unknown}
	 */
	public static String local() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			String hostName = System.getenv("HOSTNAME");
			return (hostName != null && !hostName.isBlank()) ? hostName : "unknown";
		}
	}

}
