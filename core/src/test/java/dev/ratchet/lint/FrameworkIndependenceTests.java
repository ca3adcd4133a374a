package dev.ratchet.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@code ratchet-core} stays free of Spring.
 */
class FrameworkIndependenceTests {

	private static final Pattern SPRING_IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?org\\.springframework\\.",
			Pattern.MULTILINE);

	@Test
	void noMainClassImportsSpring() throws IOException {
		List<Path> sources = mainSources();
		assertThat(sources).isNotEmpty();
		assertThat(sources).allSatisfy((source) -> assertThat(SPRING_IMPORT.matcher(read(source)).find())
			.as("%s imports org.springframework", source)
			.isFalse());
	}

	private static List<Path> mainSources() throws IOException {
		try (Stream<Path> paths = Files.walk(Path.of("src/main/java"))) {
			return paths.filter((path) -> path.toString().endsWith(".java")).toList();
		}
	}

	private static String read(Path source) {
		try {
			return Files.readString(source, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read " + source, ex);
		}
	}

}
