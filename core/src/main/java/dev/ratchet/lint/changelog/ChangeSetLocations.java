package dev.ratchet.lint.changelog;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.ratchet.lint.ChangeSetId;
import dev.ratchet.lint.ChangeSetLocation;
import dev.ratchet.lint.ParsedChangeLog;
import liquibase.changelog.ChangeSet;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds where changesets are written: the changelog file, and the line where each changeset
 * starts in XML, YAML, JSON and formatted SQL changelogs. Each file is read once.
 */
public final class ChangeSetLocations {

	private final ResourceAccessor accessor;

	private final Map<String, Map<String, Integer>> lines = new HashMap<>();

	private final Map<String, String> files = new HashMap<>();

	private XMLInputFactory xmlInput;

	private ChangeSetLocations(ResourceAccessor accessor) {
		this.accessor = accessor;
	}

	/**
	 * Returns the locations of a changelog's changesets, read from its files when asked.
	 * @param changeLog the changelog
	 * @return the locations
	 */
	public static ChangeSetLocations of(ParsedChangeLog changeLog) {
		return new ChangeSetLocations(changeLog.resources());
	}

	/**
	 * Locates changesets.
	 * @param changeSets the changesets
	 * @return where each is written
	 */
	public Map<ChangeSetId, ChangeSetLocation> locate(Collection<ChangeSet> changeSets) {
		Map<ChangeSetId, ChangeSetLocation> locations = new HashMap<>();
		for (ChangeSet changeSet : changeSets) {
			String path = ParsedChangeLog.fileOf(changeSet);
			Map<String, Integer> starts = this.lines.computeIfAbsent(path, this::read);
			locations.put(ChangeSetId.of(changeSet), new ChangeSetLocation(this.files.getOrDefault(path, path),
					starts.getOrDefault(key(changeSet.getId(), changeSet.getAuthor()), 0)));
		}
		return locations;
	}

	private Map<String, Integer> read(String path) {
		try {
			Resource resource = this.accessor.get(path);
			if (!resource.exists()) {
				return Map.of();
			}
			this.files.put(path, display(resource.getUri(), path));
			String text;
			try (InputStream in = resource.openInputStream()) {
				text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			String name = path.toLowerCase(Locale.ROOT);
			if (name.endsWith(".xml")) {
				return xml(text);
			}
			if (name.endsWith(".sql")) {
				return sql(text);
			}
			return yaml(text);
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			return Map.of();
		}
	}

	private static String display(URI uri, String path) {
		if (uri == null || !"file".equals(uri.getScheme())) {
			return path;
		}
		Path file = Path.of(uri).toAbsolutePath().normalize();
		Path workingDirectory = Path.of("").toAbsolutePath();
		return (file.startsWith(workingDirectory) ? workingDirectory.relativize(file) : file).toString()
			.replace('\\', '/');
	}

	private static Map<String, Integer> sql(String text) {
		Map<String, Integer> starts = new HashMap<>();
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).trim();
			if (!line.startsWith("--")) {
				continue;
			}
			String comment = line.substring(2).trim();
			if (comment.regionMatches(true, 0, "changeset", 0, "changeset".length())) {
				String[] words = comment.substring("changeset".length()).trim().split("\\s+", 2);
				int colon = words[0].indexOf(':');
				if (colon > 0) {
					starts.putIfAbsent(key(unquote(words[0].substring(colon + 1)), unquote(words[0].substring(0, colon))),
							i + 1);
				}
			}
		}
		return starts;
	}

	private Map<String, Integer> xml(String text) throws XMLStreamException {
		Map<String, Integer> starts = new HashMap<>();
		if (this.xmlInput == null) {
			this.xmlInput = XMLInputFactory.newFactory();
			this.xmlInput.setProperty(XMLInputFactory.SUPPORT_DTD, false);
			this.xmlInput.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		}
		XMLStreamReader reader = this.xmlInput.createXMLStreamReader(new StringReader(text));
		List<String> lines = text.lines().toList();
		while (reader.hasNext()) {
			if (reader.next() == XMLStreamConstants.START_ELEMENT && "changeSet".equals(reader.getLocalName())) {
				int end = reader.getLocation().getLineNumber();
				starts.putIfAbsent(key(reader.getAttributeValue(null, "id"), reader.getAttributeValue(null, "author")),
						startOfTag(lines, end));
			}
		}
		return starts;
	}

	private static int startOfTag(List<String> lines, int end) {
		for (int line = Math.min(end, lines.size()); line >= 1; line--) {
			if (lines.get(line - 1).contains("changeSet")) {
				return line;
			}
		}
		return end;
	}

	private static Map<String, Integer> yaml(String text) {
		Map<String, Integer> starts = new HashMap<>();
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(Integer.MAX_VALUE);
		try (Reader reader = new StringReader(text)) {
			Node root = new Yaml(options).compose(reader);
			walk(root, starts);
		}
		catch (IOException ex) {
			return starts;
		}
		return starts;
	}

	private static void walk(Node node, Map<String, Integer> starts) {
		if (node instanceof SequenceNode sequence) {
			sequence.getValue().forEach((item) -> walk(item, starts));
		}
		else if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("changeSet")
						&& tuple.getValueNode() instanceof MappingNode changeSet) {
					starts.putIfAbsent(key(scalar(changeSet, "id"), scalar(changeSet, "author")),
							key.getStartMark().getLine() + 1);
				}
				else {
					walk(tuple.getValueNode(), starts);
				}
			}
		}
	}

	private static String scalar(MappingNode mapping, String name) {
		for (NodeTuple tuple : mapping.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)
					&& tuple.getValueNode() instanceof ScalarNode value) {
				return value.getValue();
			}
		}
		return null;
	}

	private static String unquote(String value) {
		String trimmed = value.trim();
		return (trimmed.length() > 1 && trimmed.startsWith("\"") && trimmed.endsWith("\""))
				? trimmed.substring(1, trimmed.length() - 1) : trimmed;
	}

	private static String key(String id, String author) {
		return id + "::" + ((author != null) ? author : "");
	}

}
