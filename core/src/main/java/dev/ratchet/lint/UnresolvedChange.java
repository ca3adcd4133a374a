package dev.ratchet.lint;

import java.util.HashSet;
import java.util.Map;

import dev.ratchet.lint.rule.Rule;
import liquibase.change.AbstractChange;
import liquibase.change.ChangeMetaData;
import liquibase.change.CheckSum;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.ParsedNodeException;
import liquibase.resource.ResourceAccessor;
import liquibase.statement.SqlStatement;

/**
 * What a change of a type no class on the classpath provides (an extension's, such as
 * {@code ext:modifyColumn}) becomes during static lint, so the changelog still parses: a
 * subclass named like the change type stands in for it. It keeps the table it names, renders
 * to no SQL and never runs; the linter judges it {@link Rule#CUSTOM_CHANGE}.
 */
public abstract class UnresolvedChange extends AbstractChange {

	private String tableName;

	private String content = "";

	/**
	 * Creates the stand-in; called by Liquibase through the subclass named like the change type.
	 */
	protected UnresolvedChange() {
	}

	/**
	 * Returns the name of the change type, as the changelog writes it without namespace.
	 * @return the change type
	 */
	public String changeType() {
		return getClass().getSimpleName();
	}

	/**
	 * Returns the table the change names in its {@code tableName} attribute.
	 * @return the table, or {@code null}
	 */
	public String tableName() {
		return this.tableName;
	}

	@Override
	public ChangeMetaData createChangeMetaData() {
		return new ChangeMetaData(changeType(), "a change type whose class is not on the classpath",
				ChangeMetaData.PRIORITY_DEFAULT, new String[0], Map.of(), new HashSet<>());
	}

	@Override
	public void load(ParsedNode parsedNode, ResourceAccessor resourceAccessor) throws ParsedNodeException {
		this.tableName = parsedNode.getChildValue(null, "tableName", String.class);
		this.content = parsedNode.toString();
	}

	@Override
	public CheckSum generateCheckSum() {
		return CheckSum.compute(changeType() + ":" + this.content);
	}

	@Override
	public SqlStatement[] generateStatements(Database database) {
		return new SqlStatement[0];
	}

	@Override
	public boolean supports(Database database) {
		return true;
	}

	@Override
	public ValidationErrors validate(Database database) {
		return new ValidationErrors();
	}

	@Override
	public String getConfirmationMessage() {
		return changeType() + " not run: its class is not on the classpath";
	}

}
