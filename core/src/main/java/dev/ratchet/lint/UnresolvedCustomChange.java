package dev.ratchet.lint;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * What a {@code customChange} whose class is not on the classpath becomes during static lint:
 * the linter only reads the class name, so the class itself is never needed. Liquibase 4.33
 * loads the class while parsing and cannot parse the changelog without it; a subclass named
 * like the missing class stands in for it. It never runs.
 */
public class UnresolvedCustomChange implements CustomTaskChange {

	/**
	 * Creates the stand-in; called by Liquibase through the subclass named like the missing class.
	 */
	public UnresolvedCustomChange() {
	}

	@Override
	public void execute(Database database) throws CustomChangeException {
		throw new CustomChangeException(getClass().getName() + " is not on the classpath; static lint never runs it");
	}

	@Override
	public String getConfirmationMessage() {
		return getClass().getName() + " not run";
	}

	@Override
	public void setUp() {
	}

	@Override
	public void setFileOpener(ResourceAccessor resourceAccessor) {
	}

	@Override
	public ValidationErrors validate(Database database) {
		return new ValidationErrors();
	}

}
