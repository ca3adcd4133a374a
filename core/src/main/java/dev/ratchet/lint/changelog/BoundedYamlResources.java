package dev.ratchet.lint.changelog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;

/**
 * The search path as Liquibase reads it during static lint: every resource it finds is a
 * {@link BoundedYamlResource}, so each YAML file, the changelog and every file it includes, is
 * checked for aliases that expand without bound before it is parsed. A path is looked up once
 * per lint: the parse, the check for unresolved parameters and the search for each
 * changeset's line all open the same files.
 */
final class BoundedYamlResources implements ResourceAccessor {

	private final ResourceAccessor resources;

	private final Map<String, List<Resource>> found = new ConcurrentHashMap<>();

	private final Map<String, Resource> first = new ConcurrentHashMap<>();

	BoundedYamlResources(ResourceAccessor resources) {
		this.resources = resources;
	}

	@Override
	public List<Resource> search(String path, boolean recursive) throws IOException {
		return bounded(this.resources.search(path, recursive));
	}

	@Override
	public List<Resource> search(String path, SearchOptions options) throws IOException {
		return bounded(this.resources.search(path, options));
	}

	@Override
	public List<Resource> getAll(String path) throws IOException {
		List<Resource> all = this.found.get(path);
		if (all == null) {
			all = bounded(this.resources.getAll(path));
			if (all == null) {
				return null;
			}
			this.found.put(path, all);
		}
		return new ArrayList<>(all);
	}

	@Override
	public Resource get(String path) throws IOException {
		Resource resource = this.first.get(path);
		if (resource == null) {
			resource = ResourceAccessor.super.get(path);
			this.first.put(path, resource);
		}
		return resource;
	}

	@Override
	public List<String> describeLocations() {
		return this.resources.describeLocations();
	}

	@Override
	public void close() throws Exception {
		this.resources.close();
	}

	private static List<Resource> bounded(List<Resource> resources) {
		return (resources != null) ? resources.stream()
			.map(BoundedYamlResource::of)
			.collect(Collectors.toCollection(ArrayList::new)) : null;
	}

}
