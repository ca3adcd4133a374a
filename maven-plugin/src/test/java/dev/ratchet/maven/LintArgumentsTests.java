package dev.ratchet.maven;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LintArgumentsTests {

	@Test
	void givesTheChangeLogAndTheSearchPathEntryByEntry() {
		LintArguments arguments = new LintArguments("db/changelog/db.changelog-master.yaml",
				List.of(new File("/app/src/main/resources"), new File("/repo/schema.jar")), null, null, null, null,
				null, null, null, null);
		assertThat(arguments.toArray()).containsExactly("db/changelog/db.changelog-master.yaml", "--search-path",
				new File("/app/src/main/resources").getAbsolutePath(), "--search-path",
				new File("/repo/schema.jar").getAbsolutePath());
	}

	@Test
	void givesEveryOptionThatIsSet() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("schema", "app");
		parameters.put("empty", null);
		LintArguments arguments = new LintArguments("master.yaml", List.of(), "postgresql,mysql", parameters,
				new File("/p.properties"), null, "origin/main", new File("/released.json"), "SARIF",
				new File("/ratchet.sarif"));
		assertThat(arguments.toArray()).containsExactly("master.yaml", "--dbms", "postgresql,mysql", "-Dschema=app",
				"-Dempty=", "--parameters", new File("/p.properties").getAbsolutePath(), "--since", "origin/main",
				"--write-baseline", new File("/released.json").getAbsolutePath(), "--format", "sarif", "--output",
				new File("/ratchet.sarif").getAbsolutePath());
	}

	@Test
	void leavesOutBlankOptions() {
		LintArguments arguments = new LintArguments("master.yaml", List.of(), " ", null, null,
				new File("/released.json"), "", null, null, null);
		assertThat(arguments.toArray()).containsExactly("master.yaml", "--baseline",
				new File("/released.json").getAbsolutePath());
	}

}
