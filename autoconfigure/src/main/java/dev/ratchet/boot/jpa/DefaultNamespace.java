package dev.ratchet.boot.jpa;

import java.sql.Connection;
import java.sql.SQLException;

import dev.ratchet.drift.LiveSchema;
import dev.ratchet.drift.SchemaReader;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Table;

/**
 * The default schema and catalog of a persistence unit, where drift and compat mode look:
 * the tables of its entities that live there, and the live schema of it.
 */
public final class DefaultNamespace {

	private final Namespace.Name name;

	private DefaultNamespace(Namespace.Name name) {
		this.name = name;
	}

	/**
	 * Returns the default namespace of a boot model.
	 * @param metadata the boot model
	 * @return its default namespace
	 */
	public static DefaultNamespace of(Metadata metadata) {
		return new DefaultNamespace(metadata.getDatabase().getDefaultNamespace().getPhysicalName());
	}

	/**
	 * Returns whether a table is a physical table (not a view) in this namespace.
	 * @param table the table
	 * @return whether drift and compat mode check it
	 */
	public boolean holds(Table table) {
		return table != null && table.isPhysicalTable() && !table.isView()
				&& Identifier.areEqual(table.getSchemaIdentifier(), this.name.schema())
				&& Identifier.areEqual(table.getCatalogIdentifier(), this.name.catalog());
	}

	/**
	 * Reads the live schema of this namespace: the connection's own when the boot model
	 * names none.
	 * @param connection the connection
	 * @return the tables and columns
	 * @throws SQLException when the catalog cannot be read
	 */
	public LiveSchema read(Connection connection) throws SQLException {
		if (this.name.schema() == null && this.name.catalog() == null) {
			return SchemaReader.read(connection);
		}
		String catalog = (this.name.catalog() != null) ? this.name.catalog().getText() : connection.getCatalog();
		String schema = (this.name.schema() != null) ? this.name.schema().getText() : null;
		return SchemaReader.read(connection, catalog, schema);
	}

}
