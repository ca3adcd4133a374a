package dev.ratchet.lint.changelog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.ChangeLogParseException;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.ParsedNodeException;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;

/**
 * Reads the XML files of a changelog into Liquibase's parsed form ahead of Liquibase, on a
 * thread of its own: the changelog, then each file it includes, depth first, in the order
 * Liquibase reaches them. Reading XML depends only on the file, so Liquibase, on the calling
 * thread, takes each file's tree when it gets there (a file included twice is read again the
 * second time) and spends its time building the changesets. A file the walk has not reached
 * yet is read on the calling thread; one the walk cannot place (an include whose path holds a
 * parameter, an {@code includeAll}) and one that fails to read are read by Liquibase as always,
 * so what is parsed and every error message stay Liquibase's own.
 */
final class XmlPrefetch implements AutoCloseable {

	private static final String INCLUDE = "include";

	private final ResourceAccessor accessor;

	private final ThreadLocal<XmlReader> readers = ThreadLocal.withInitial(XmlReader::new);

	private final Map<String, FutureTask<Read>> files = new ConcurrentHashMap<>();

	private final Set<String> taken = ConcurrentHashMap.newKeySet();

	private final Set<String> walked = ConcurrentHashMap.newKeySet();

	private volatile boolean closed;

	private XmlPrefetch(ResourceAccessor accessor) {
		this.accessor = accessor;
	}

	/**
	 * Starts reading a changelog's XML files on a daemon thread, which inherits the caller's
	 * Liquibase scope.
	 * @param changeLog the changelog's path
	 * @param accessor the search path, whose resources the parse reads
	 * @return the prefetch, to be closed when the parse is done
	 */
	static XmlPrefetch start(String changeLog, ResourceAccessor accessor) {
		XmlPrefetch prefetch = new XmlPrefetch(accessor);
		Thread thread = new Thread(() -> prefetch.walk(changeLog), "ratchet-lint-xml");
		thread.setDaemon(true);
		thread.start();
		if (!LintXmlParser.route(accessor, prefetch)) {
			prefetch.closed = true;
		}
		return prefetch;
	}

	/**
	 * Returns the tree of a file, read here or now, or {@code null} when it is not an XML file
	 * the walk has reached or could read.
	 * @param path the file's path, as Liquibase resolved it
	 * @return the tree, or {@code null} for Liquibase to read the file itself
	 */
	ParsedNode take(String path) {
		String key = key(path);
		if (key == null || !isXml(path) || !this.taken.add(key)) {
			return null;
		}
		Read read = result(this.files.computeIfAbsent(key, (k) -> new FutureTask<>(() -> read(path))));
		return (read != null) ? read.node() : null;
	}

	@Override
	public void close() {
		this.closed = true;
		LintXmlParser.unroute(this.accessor);
		this.files.clear();
	}

	private void walk(String path) {
		if (this.closed || !isXml(path)) {
			return;
		}
		String key = key(path);
		if (key == null || !this.walked.add(key)) {
			return;
		}
		Read read = result(this.files.computeIfAbsent(key, (k) -> new FutureTask<>(() -> read(path))));
		if (read != null) {
			read.includes().forEach(this::walk);
		}
	}

	private Read read(String path) throws ChangeLogParseException {
		ParsedNode node = this.readers.get().read(path, this.accessor);
		return (node != null) ? new Read(node, includes(path, node)) : null;
	}

	private List<String> includes(String parent, ParsedNode node) {
		List<String> includes = new ArrayList<>();
		for (ParsedNode child : node.getChildren()) {
			if (!INCLUDE.equals(child.getName())) {
				continue;
			}
			try {
				String file = child.getChildValue(null, "file", String.class);
				if (file == null || file.contains("${")) {
					continue;
				}
				String path = Boolean.TRUE.equals(child.getChildValue(null, "relativeToChangelogFile", Boolean.class))
						? this.accessor.get(parent).resolveSibling(file).getPath() : file;
				includes.add(DatabaseChangeLog.normalizePath(path));
			}
			catch (ParsedNodeException | IOException | RuntimeException ex) {
				// an include the walk cannot place is read by Liquibase when it gets there
			}
		}
		return includes;
	}

	private String key(String path) {
		try {
			Resource resource = this.accessor.get(path);
			return resource.exists() ? resource.getUri().toString() : null;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static boolean isXml(String path) {
		return path != null && path.toLowerCase(Locale.ROOT).endsWith(".xml");
	}

	private static Read result(FutureTask<Read> task) {
		task.run();
		try {
			return task.get();
		}
		catch (ExecutionException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/**
	 * A file's tree and the paths of the files it includes.
	 */
	private record Read(ParsedNode node, List<String> includes) {

	}

}
