package dev.ratchet.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds, by reading a test changelog as plain lines, the line where a changeset starts, so
 * tests do not hard-code line numbers.
 */
public final class LineOf {

	private LineOf() {
	}

	public static int changeSet(Path file, String id) throws IOException {
		List<String> lines = Files.readAllLines(file);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			boolean sql = line.startsWith("--changeset") && line.contains(":" + id);
			boolean xml = line.contains("<changeSet") && line.contains("id=\"" + id + "\"");
			boolean yaml = line.contains("changeSet") && !line.contains("<") && i + 1 < lines.size()
					&& lines.get(i + 1).replace("\"", "").replace(",", "").trim().equals("id: " + id);
			boolean json = line.contains("{\"changeSet\": {\"id\": \"" + id + "\"");
			if (sql || xml || yaml || json) {
				return i + 1;
			}
		}
		throw new IllegalStateException("No changeset " + id + " in " + file);
	}

}
