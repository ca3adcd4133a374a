package dev.ratchet.boot.autoconfigure;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.ratchet.lint.rule.Rule;
import dev.ratchet.state.MigrationStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the configuration metadata IDEs complete {@code ratchet.*} from: every property
 * documented, the rule ids, severities and health statuses offered as values.
 */
class ConfigurationMetadataTests {

	private final JsonNode metadata = read();

	@Test
	void offersEveryRuleIdAsAKeyOfTheSeverityOverrides() {
		assertThat(values("ratchet.validation.rules.keys")).containsExactlyElementsOf(Rule.ids());
		assertThat(values("ratchet.validation.rules.values")).containsExactly("block", "warn", "info", "off");
	}

	@Test
	void offersEveryStatusForDownOnWithItsDefault() {
		assertThat(values("ratchet.health.down-on")).containsExactlyInAnyOrderElementsOf(Arrays
			.stream(MigrationStatus.values())
			.map((status) -> status.name().toLowerCase(Locale.ROOT).replace('_', '-'))
			.toList());
		assertThat(property("ratchet.health.down-on").get("defaultValue").toString()).isEqualTo("[\"failed\",\"blocked\"]");
	}

	@Test
	void everyPropertyIsDescribed() {
		List<String> undescribed = new ArrayList<>();
		for (JsonNode property : this.metadata.get("properties")) {
			if (property.get("description") == null || property.get("description").asString().isBlank()) {
				undescribed.add(property.get("name").asString());
			}
		}
		assertThat(undescribed).isEmpty();
	}

	private List<String> values(String hint) {
		for (JsonNode node : this.metadata.get("hints")) {
			if (node.get("name").asString().equals(hint)) {
				List<String> values = new ArrayList<>();
				node.get("values").forEach((value) -> values.add(value.get("value").asString()));
				return values;
			}
		}
		throw new AssertionError("no hint for " + hint);
	}

	private JsonNode property(String name) {
		for (JsonNode node : this.metadata.get("properties")) {
			if (node.get("name").asString().equals(name)) {
				return node;
			}
		}
		throw new AssertionError("no property " + name);
	}

	private static JsonNode read() {
		try (InputStream in = ConfigurationMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot read the configuration metadata", ex);
		}
	}

}
