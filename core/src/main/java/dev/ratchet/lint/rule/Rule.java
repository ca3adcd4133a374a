package dev.ratchet.lint.rule;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of rules: one row per rule with its id, default severity, why it is
 * dangerous and the safe (expand/contract) alternative.
 */
public enum Rule {

	/** Drops a table. */
	DROP_TABLE("drop-table", Severity.BLOCK,
			"dropping a table destroys its rows, and the release still running reads and writes it",
			"stop using the table in one release, then drop it in a later release once no deployed version reads it"),

	/** Drops or merges away a column. */
	DROP_COLUMN("drop-column", Severity.BLOCK,
			"dropping a column destroys its data, and the release still running selects and inserts it",
			"stop mapping the column (make it nullable if it is NOT NULL) in one release, then drop it in a later release"),

	/** Drops a schema or database. */
	DROP_SCHEMA("drop-schema", Severity.BLOCK,
			"dropping a schema or database destroys every object and row in it",
			"retire the schema's objects one release at a time; drop the schema by hand once it is empty"),

	/** Truncates a table. */
	TRUNCATE_TABLE("truncate-table", Severity.BLOCK,
			"truncating a table deletes every row without a trace",
			"delete the rows you mean with a WHERE clause, or archive them first"),

	/** Deletes rows with no (or an always-true) condition. */
	DELETE_WITHOUT_WHERE("delete-without-where", Severity.BLOCK,
			"a delete without a WHERE clause removes every row of the table",
			"add a WHERE clause that selects only the rows to remove"),

	/** Drops a view. */
	DROP_VIEW("drop-view", Severity.BLOCK,
			"the release still running may query the view",
			"stop using the view in one release, then drop it in a later release"),

	/** Drops a procedure, function or trigger. */
	DROP_ROUTINE("drop-routine", Severity.BLOCK,
			"the release still running may call the routine, or rely on what the trigger does",
			"stop calling the routine in one release, then drop it in a later release; replace a routine with CREATE OR REPLACE"),

	/** Drops a sequence. */
	DROP_SEQUENCE("drop-sequence", Severity.BLOCK,
			"the release still running may take ids from the sequence",
			"stop using the sequence in one release, then drop it in a later release"),

	/** Renames a table. */
	RENAME_TABLE("rename-table", Severity.BLOCK,
			"the release still running uses the old table name and fails the moment it is gone",
			"create the new table, write to both and backfill, move reads over, then drop the old one in a later release (or expose the old name as a view)"),

	/** Renames a column. */
	RENAME_COLUMN("rename-column", Severity.BLOCK,
			"the release still running uses the old column name and fails the moment it is gone",
			"add the new column, write to both and backfill, move reads over, then drop the old column in a later release"),

	/** Renames a view or sequence. */
	RENAME_VIEW("rename-view", Severity.BLOCK,
			"the release still running uses the old name and fails the moment it is gone",
			"create the object under its new name beside the old one, move every user over, then drop the old one in a later release"),

	/** Changes a column's data type. */
	MODIFY_DATA_TYPE("modify-data-type", Severity.BLOCK,
			"a type change can narrow or convert values, rewrites the table under a lock, and the release still running may write values the new type rejects",
			"add a column of the new type, write to both and backfill, move reads over, then drop the old column in a later release"),

	/** Makes an existing column NOT NULL. */
	ADD_NOT_NULL_CONSTRAINT("add-not-null-constraint", Severity.BLOCK,
			"existing NULLs make it fail, and the release still running inserts rows without the column",
			"backfill the column and make every deployed release write it first; then add the constraint in a later release"),

	/** Adds a NOT NULL column without a default to an existing table. */
	ADD_REQUIRED_COLUMN("add-required-column", Severity.BLOCK,
			"existing rows have no value for it, and the release still running inserts rows without it",
			"add the column nullable (or with a default), backfill it, and add NOT NULL in a later release"),

	/** Drops a column's default value. */
	DROP_DEFAULT_VALUE("drop-default-value", Severity.BLOCK,
			"the release still running inserts rows that rely on the default",
			"drop the default only once no deployed release inserts without the column"),

	/** Drops a primary key. */
	DROP_PRIMARY_KEY("drop-primary-key", Severity.BLOCK,
			"rows stop being unique, and the ORM of the release still running identifies rows by the key",
			"add the new key beside the old one first; drop the old key in a later release"),

	/** A change whose effect cannot be inspected. */
	CUSTOM_CHANGE("custom-change", Severity.BLOCK,
			"a custom change or shell command can do anything, and Ratchet cannot see what",
			"express the change as Liquibase changes or SQL, or approve the changeset after review"),

	/** SQL that cannot be parsed and contains a destructive keyword. */
	UNPARSED_SQL("unparsed-sql", Severity.BLOCK,
			"the SQL could not be read and contains a destructive keyword, so it may destroy data",
			"write the statement in a form the parser reads, or approve the changeset after review"),

	/** Writes every row of a column that existed before the run. */
	OVERWRITE_COLUMN("overwrite-column", Severity.BLOCK,
			"writing every row of an existing column replaces its data for good, and the release still running reads it",
			"restrict the rows with a WHERE clause that selects only those to change; to change what a column means, add a new column, backfill it and move reads over"),

	/** Runs SQL assembled at run time. */
	DYNAMIC_SQL("dynamic-sql", Severity.BLOCK,
			"the SQL is assembled while the migration runs, so nobody can see what it does before it runs",
			"write the statements out (literal SQL is inspected), or approve the changeset after review"),

	/** Drops a NOT NULL constraint. */
	DROP_NOT_NULL("drop-not-null", Severity.WARN,
			"the release still running may assume the column is never null",
			"make sure every deployed release handles a null value first"),

	/** Drops a foreign key. */
	DROP_FOREIGN_KEY("drop-foreign-key", Severity.WARN,
			"referential integrity is no longer enforced",
			"keep the constraint until no deployed release depends on it"),

	/** Drops a constraint whose kind cannot be known. */
	DROP_CONSTRAINT("drop-constraint", Severity.WARN,
			"the constraint may be a primary key, unique constraint or foreign key that deployed code relies on",
			"drop it with the change type that names its kind (dropForeignKeyConstraint, dropUniqueConstraint, dropPrimaryKey), or check what it is and approve the changeset"),

	/** Drops a check constraint. */
	DROP_CHECK_CONSTRAINT("drop-check-constraint", Severity.INFO,
			"rows the check refused become possible; it only relaxes what writes may do",
			"nothing to do when the check was a step of an online recipe (such as SET NOT NULL); otherwise make sure no deployed code relies on it"),

	/** Drops a unique constraint. */
	DROP_UNIQUE_CONSTRAINT("drop-unique-constraint", Severity.WARN,
			"duplicates become possible where deployed code assumes there are none",
			"keep the constraint until no deployed release depends on it"),

	/** Drops an index. */
	DROP_INDEX("drop-index", Severity.WARN,
			"queries of the release still running may become slow",
			"check that no deployed query needs the index first"),

	/** Adds a unique constraint or index to an existing table. */
	ADD_UNIQUE_CONSTRAINT("add-unique-constraint", Severity.WARN,
			"existing duplicates make it fail, and the release still running may insert duplicates that it then rejects",
			"clean up duplicates and make every deployed release respect uniqueness first"),

	/** Updates rows with no condition. */
	UPDATE_WITHOUT_WHERE("update-without-where", Severity.WARN,
			"an update without a WHERE clause rewrites every row of the table",
			"a backfill is legitimate; make sure every row should change, or add a WHERE clause"),

	/** SQL that cannot be parsed and contains no destructive keyword. */
	UNPARSED_SQL_OPAQUE("unparsed-sql-opaque", Severity.WARN,
			"the SQL could not be inspected",
			"review the SQL by hand, or use typed Liquibase changes"),

	/** A released changeset whose checksum changed (static lint with a baseline). */
	EDITED_CHANGESET("edited-changeset", Severity.BLOCK,
			"the databases where it already ran keep the old version and fail the next update with a checksum mismatch, and new databases get something else",
			"leave released changesets as they are and add a new changeset that makes the change"),

	/** A released changeset that is gone from the changelog (static lint with a baseline). */
	REMOVED_CHANGESET("removed-changeset", Severity.WARN,
			"the databases where it already ran keep what it did, DATABASECHANGELOG lists a changeset the changelog no longer has, and new databases never get it",
			"keep released changesets; undo what one did with a new changeset"),

	/** Drops, renames or retypes a table or column that a live instance of the fleet maps. */
	LIVE_MAPPING("live-mapping", Severity.BLOCK,
			"a release still serving maps it, and its queries fail the moment the change runs",
			"finish the rollout of the release that stops mapping it first; drop it once no live instance maps it (the endpoint's fleet.contractable)"),

	/** Builds or drops an index on an existing table without {@code CONCURRENTLY}. */
	BLOCKING_INDEX("blocking-index", Severity.BLOCK, true,
			"building or dropping an index without CONCURRENTLY locks the table against writes for as long as the build or the wait for the lock takes",
			"create or drop the index CONCURRENTLY, in a changeset of its own with runInTransaction: false"),

	/** Uses {@code CONCURRENTLY} in a changeset that runs in a transaction. */
	CONCURRENT_INDEX_IN_TRANSACTION("concurrent-index-in-transaction", Severity.BLOCK, true,
			"PostgreSQL cannot run CONCURRENTLY inside a transaction block, so the update fails when it gets there",
			"give the statement a changeset of its own with runInTransaction: false"),

	/** Adds a constraint that checks or indexes every existing row under a lock. */
	VALIDATING_CONSTRAINT("validating-constraint", Severity.BLOCK, true,
			"adding a foreign key or CHECK scans every row, and a primary key or unique constraint builds an index, while the table is locked",
			"add a foreign key or CHECK NOT VALID, then VALIDATE CONSTRAINT in a later changeset; build the unique index CONCURRENTLY first and add the constraint USING INDEX"),

	/** Makes the database rewrite every row of an existing table. */
	TABLE_REWRITE("table-rewrite", Severity.BLOCK, true,
			"the table is rewritten row by row under an exclusive lock, so every query on it waits until the rewrite ends",
			"add a new column, backfill it in batches and switch over; add volatile defaults, identities and stored generated columns to new tables only"),

	/** Runs maintenance that locks a table exclusively. */
	EXCLUSIVE_MAINTENANCE("exclusive-maintenance", Severity.BLOCK, true,
			"VACUUM FULL, CLUSTER, REINDEX and LOCK TABLE hold an exclusive lock on the table for as long as they run",
			"run maintenance outside migrations, in a maintenance window; use REINDEX CONCURRENTLY or pg_repack instead");

	private final String id;

	private final Severity defaultSeverity;

	private final boolean online;

	private final String risk;

	private final String suggestion;

	Rule(String id, Severity defaultSeverity, String risk, String suggestion) {
		this(id, defaultSeverity, false, risk, suggestion);
	}

	Rule(String id, Severity defaultSeverity, boolean online, String risk, String suggestion) {
		this.id = id;
		this.defaultSeverity = defaultSeverity;
		this.online = online;
		this.risk = risk;
		this.suggestion = suggestion;
	}

	/**
	 * Returns the rule's kebab-case id, as used in properties, approvals and reports.
	 * @return the id
	 */
	public String id() {
		return this.id;
	}

	/**
	 * Returns the severity the rule has unless configured otherwise.
	 * @return the default severity
	 */
	public Severity defaultSeverity() {
		return this.defaultSeverity;
	}

	/**
	 * Returns whether this is an online-safety rule: it keeps the data but locks an existing
	 * table while a rewrite or scan runs, so at boot its severity follows the table's size
	 * ({@code block} for a large table, {@code info} for a small one) and static lint
	 * reports it as {@code warn}.
	 * @return whether the rule is about online safety
	 */
	public boolean isOnline() {
		return this.online;
	}

	/**
	 * Returns why a change caught by this rule is dangerous.
	 * @return one sentence, lower case
	 */
	public String risk() {
		return this.risk;
	}

	/**
	 * Returns the safe alternative.
	 * @return one sentence, lower case
	 */
	public String suggestion() {
		return this.suggestion;
	}

	/**
	 * Finds a rule by its id.
	 * @param id the kebab-case id
	 * @return the rule, or empty when no rule has that id
	 */
	public static Optional<Rule> byId(String id) {
		return Arrays.stream(values()).filter((rule) -> rule.id.equals(id)).findFirst();
	}

	/**
	 * Finds a rule by its id, failing with the list of valid ids.
	 * @param id the kebab-case id
	 * @param source where the id was written, for the message
	 * @return the rule
	 * @throws UnknownRuleException when no rule has that id
	 */
	public static Rule require(String id, String source) {
		return byId(id).orElseThrow(() -> new UnknownRuleException(id, source));
	}

	/**
	 * Returns every rule id, in catalogue order.
	 * @return the ids
	 */
	public static List<String> ids() {
		return Arrays.stream(values()).map(Rule::id).toList();
	}

}
