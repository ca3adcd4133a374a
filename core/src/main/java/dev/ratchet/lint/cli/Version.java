package dev.ratchet.lint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of Ratchet the command line belongs to, as the build wrote it.
 */
final class Version {

	private static final String RESOURCE = "/dev/ratchet/lint/cli/version.properties";

	private Version() {
	}

	/**
	 * Returns the version.
	 * @return such as {@code 0.1.0}, or {@code unknown} when the build did not write it
	 */
	static String current() {
		try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				return "unknown";
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version", "unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
