package dev.ratchet.lint;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * A custom change that says when its class is initialized or instantiated: static lint must
 * never do either, whatever the class does.
 */
public class MarkingCustomChange implements CustomTaskChange {

	/** The system property set when the class is initialized or instantiated. */
	public static final String MARKER = "ratchet.test.marking-custom-change";

	static {
		System.setProperty(MARKER, "initialized");
	}

	public MarkingCustomChange() {
		System.setProperty(MARKER, "instantiated");
	}

	@Override
	public void execute(Database database) {
	}

	@Override
	public String getConfirmationMessage() {
		return "marked";
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
