package dev.ratchet.lint;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * What every {@code customChange} becomes during static lint, whether its class is on the
 * classpath or not: the linter only reads the class name, so the class itself is never loaded,
 * initialized nor instantiated. Liquibase loads the class while parsing (4.33) or when it
 * computes a checksum (5.0); a subclass named like the class stands in for it. It never runs.
 */
public class UnresolvedCustomChange implements CustomTaskChange {

	/**
	 * Creates the stand-in; called by Liquibase through the subclass named like the missing class.
	 */
	public UnresolvedCustomChange() {
	}

	@Override
	public void execute(Database database) throws CustomChangeException {
		throw new CustomChangeException(getClass().getName() + " stands in for a custom change; static lint never runs it");
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
