package dev.ratchet.lint;

import liquibase.change.AbstractChange;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.database.Database;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawSqlStatement;

/**
 * An extension's change type, known to no rule: it truncates a table.
 */
@DatabaseChange(name = "truncateTable", description = "Truncates a table", priority = ChangeMetaData.PRIORITY_DEFAULT)
public class TruncateTableChange extends AbstractChange {

	private String tableName;

	public String getTableName() {
		return this.tableName;
	}

	public void setTableName(String tableName) {
		this.tableName = tableName;
	}

	@Override
	public SqlStatement[] generateStatements(Database database) {
		return new SqlStatement[] { new RawSqlStatement("TRUNCATE TABLE " + this.tableName) };
	}

	@Override
	public boolean supports(Database database) {
		return true;
	}

	@Override
	public String getConfirmationMessage() {
		return "Truncated " + this.tableName;
	}

}
