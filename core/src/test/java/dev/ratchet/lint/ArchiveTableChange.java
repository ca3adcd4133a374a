package dev.ratchet.lint;

import liquibase.change.AbstractChange;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.database.Database;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawSqlStatement;

/**
 * An extension's change type that no service file on the test classpath lists, so only a
 * build's own class loader provides it: it "archives" a table by dropping it.
 */
@DatabaseChange(name = "archiveTable", description = "Drops a table", priority = ChangeMetaData.PRIORITY_DEFAULT)
public class ArchiveTableChange extends AbstractChange {

	private String tableName;

	public String getTableName() {
		return this.tableName;
	}

	public void setTableName(String tableName) {
		this.tableName = tableName;
	}

	@Override
	public SqlStatement[] generateStatements(Database database) {
		return new SqlStatement[] { new RawSqlStatement("DROP TABLE " + this.tableName) };
	}

	@Override
	public boolean supports(Database database) {
		return true;
	}

	@Override
	public String getConfirmationMessage() {
		return "Archived " + this.tableName;
	}

}
