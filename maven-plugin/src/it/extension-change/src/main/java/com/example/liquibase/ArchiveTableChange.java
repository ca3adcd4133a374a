package com.example.liquibase;

import liquibase.change.AbstractChange;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.database.Database;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawSqlStatement;

/**
 * An extension change type that "archives" a table by dropping it.
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
