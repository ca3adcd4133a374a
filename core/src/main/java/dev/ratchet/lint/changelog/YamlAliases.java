package dev.ratchet.lint.changelog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Checks that a YAML file's aliases stay bounded before Liquibase reads it: Liquibase allows
 * any number of aliases, and walks what they refer to as often as they are used, so an alias
 * that refers to itself recurses without end and a few nested ones (a "billion laughs") expand
 * to more nodes than memory holds. The file's nodes are composed once, each alias kept as the
 * node it names, and counted as Liquibase would expand them.
 */
final class YamlAliases {

	private static final long EXPANDED_LIMIT = 1_000_000;

	private static final int NESTING_LIMIT = 200;

	private static final Long EXPANDING = -1L;

	private final Map<Node, Long> sizes = new IdentityHashMap<>();

	private YamlAliases() {
	}

	/**
	 * Checks a YAML file.
	 * @param path the file, for messages
	 * @param yaml its bytes
	 * @throws IOException when its aliases refer to themselves or expand to more than a
	 * million nodes beyond those written, naming the file
	 */
	static void check(String path, byte[] yaml) throws IOException {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(Integer.MAX_VALUE);
		options.setMaxAliasesForCollections(Integer.MAX_VALUE);
		options.setNestingDepthLimit(NESTING_LIMIT);
		options.setAllowRecursiveKeys(false);
		YamlAliases aliases = new YamlAliases();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(yaml), StandardCharsets.UTF_8)) {
			for (Node document : new Yaml(options).composeAll(reader)) {
				long written = aliases.sizes.size();
				long expanded = aliases.size(document, path);
				if (expanded - written > EXPANDED_LIMIT) {
					throw new IOException("YAML file " + path + " cannot be read: its aliases expand it by more than "
							+ EXPANDED_LIMIT + " nodes");
				}
			}
		}
		catch (YAMLException ex) {
			return;
		}
	}

	private long size(Node node, String path) throws IOException {
		Long known = this.sizes.get(node);
		if (EXPANDING.equals(known)) {
			throw new IOException("YAML file " + path + " cannot be read: an alias refers to a node that holds it, "
					+ "line " + (node.getStartMark().getLine() + 1));
		}
		if (known != null) {
			return known;
		}
		this.sizes.put(node, EXPANDING);
		long size = 1;
		if (node instanceof SequenceNode sequence) {
			for (Node item : sequence.getValue()) {
				size = capped(size + size(item, path));
			}
		}
		else if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				size = capped(size + size(tuple.getKeyNode(), path) + size(tuple.getValueNode(), path));
			}
		}
		this.sizes.put(node, size);
		return size;
	}

	private static long capped(long size) {
		return Math.min(size, Long.MAX_VALUE / 4);
	}

}
