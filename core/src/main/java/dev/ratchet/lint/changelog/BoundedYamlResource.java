package dev.ratchet.lint.changelog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

import liquibase.resource.AbstractResource;
import liquibase.resource.OpenOptions;
import liquibase.resource.Resource;

/**
 * A resource of the search path whose YAML is {@link YamlAliases checked} when it is opened, so
 * a YAML changelog whose aliases expand without bound is unreadable input rather than a
 * parse that does not end. Other resources are read as they are.
 */
final class BoundedYamlResource extends AbstractResource {

	private final Resource resource;

	private BoundedYamlResource(Resource resource) {
		super(resource.getPath(), resource.getUri());
		this.resource = resource;
	}

	/**
	 * Returns a resource whose YAML is checked when it is opened.
	 * @param resource the resource, or {@code null}
	 * @return the checked resource, or {@code null}
	 */
	static Resource of(Resource resource) {
		return (resource == null || resource instanceof BoundedYamlResource) ? resource
				: new BoundedYamlResource(resource);
	}

	@Override
	public InputStream openInputStream() throws IOException {
		String path = getPath().toLowerCase(Locale.ROOT);
		if (!path.endsWith(".yaml") && !path.endsWith(".yml")) {
			return this.resource.openInputStream();
		}
		byte[] yaml;
		try (InputStream in = this.resource.openInputStream()) {
			yaml = in.readAllBytes();
		}
		if (usesAliases(yaml)) {
			YamlAliases.check(getPath(), yaml);
		}
		return new ByteArrayInputStream(yaml);
	}

	/**
	 * Returns whether a YAML document may use an alias: only {@code *} refers to an anchor.
	 */
	private static boolean usesAliases(byte[] yaml) {
		for (byte b : yaml) {
			if (b == '*') {
				return true;
			}
		}
		return false;
	}

	@Override
	public boolean exists() {
		return this.resource.exists();
	}

	@Override
	public boolean isWritable() {
		return this.resource.isWritable();
	}

	@Override
	public OutputStream openOutputStream(OpenOptions options) throws IOException {
		return this.resource.openOutputStream(options);
	}

	@Override
	public Resource resolve(String other) {
		return of(this.resource.resolve(other));
	}

	@Override
	public Resource resolveSibling(String other) {
		return of(this.resource.resolveSibling(other));
	}

}
