package dev.ratchet.lint;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * A custom change that does nothing, so that test changelogs can name a class that exists.
 */
public class NoOpCustomChange implements CustomTaskChange {

	@Override
	public void execute(Database database) {
	}

	@Override
	public String getConfirmationMessage() {
		return "nothing done";
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
