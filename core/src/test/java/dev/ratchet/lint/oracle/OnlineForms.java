package dev.ratchet.lint.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The statement forms of the online-safety rules and their safe recipes, each a changelog on
 * the tables of {@link #fixture}: {@code customer}, {@code orders} (with a column of domain
 * {@code quantity} and an index {@code orders_qty_idx}), {@code audit} without a primary key,
 * and the materialized view {@code customer_names}, all with rows. The lock oracle checks each
 * form's rules against what PostgreSQL does; the boot tests run each on a database.
 */
public final class OnlineForms {

	private static final String BLOCKING_INDEX = "blocking-index";

	private static final String CONCURRENT = "concurrent-index-in-transaction";

	private static final String VALIDATING = "validating-constraint";

	private static final String REWRITE = "table-rewrite";

	private static final String MAINTENANCE = "exclusive-maintenance";

	/** The fixture's materialized views, which nothing writes: only a lock that stops reads matters. */
	public static final Set<String> VIEWS = Set.of("customer_names");

	private OnlineForms() {
	}

	/**
	 * Returns every form.
	 * @return the forms
	 */
	public static List<OnlineForm> all() {
		List<OnlineForm> forms = new ArrayList<>();
		indexes(forms);
		maintenance(forms);
		constraints(forms);
		notNull(forms);
		columns(forms);
		types(forms);
		return forms;
	}

	/**
	 * Returns the statements that create and fill the forms' tables on PostgreSQL.
	 * @param rows how many rows {@code customer}, {@code orders} and {@code audit} get
	 * @return the statements, in order
	 */
	public static List<String> fixture(int rows) {
		String numbers = "generate_series(1, " + rows + ") n";
		return List.of("create domain quantity as integer", "create sequence order_numbers",
				"create function stable_label() returns text language sql stable as $$ select 'x' $$",
				"create function volatile_label() returns text language sql as $$ select md5(random()::text) $$",
				"create table customer (id bigint primary key, name varchar(50), email varchar(100))",
				"create table orders (id bigint primary key, customer_id bigint, status varchar(50), qty integer, "
						+ "amount numeric(10,2), ref varchar(40), note varchar(100), weight quantity, created_at timestamp)",
				"create table audit (id bigint not null, message varchar(100))",
				"create index orders_qty_idx on orders (qty)",
				"insert into customer (id, name, email) select n, 'c' || n, 'c' || n || '@example.com' from " + numbers,
				"insert into orders (id, customer_id, status, qty, amount, ref, note, weight, created_at) select n, n, "
						+ "'new', 1, 9.99, 'r' || n, 'n' || n, 1, timestamp '2026-01-01' from " + numbers,
				"insert into audit (id, message) select n, 'm' from " + numbers,
				"create materialized view customer_names as select id, name from customer",
				"create unique index customer_names_id_idx on customer_names (id)");
	}

	private static void indexes(List<OnlineForm> forms) {
		add(forms, "create-index.sql", BLOCKING_INDEX);
		add(forms, "create-unique-index.sql", BLOCKING_INDEX);
		add(forms, "create-index-if-not-exists-on-only.sql", BLOCKING_INDEX);
		add(forms, "create-index-typed.yaml", BLOCKING_INDEX);
		add(forms, "create-index-concurrently.sql");
		add(forms, "create-index-concurrently-in-transaction.sql", CONCURRENT);
		add(forms, "create-index-concurrently-in-explicit-block.sql", CONCURRENT);
		add(forms, "create-index-concurrently-after-block.sql");
		add(forms, "do-block-concurrently.sql", CONCURRENT);
		lockOnly(forms, "drop-index.sql", BLOCKING_INDEX);
		lockOnly(forms, "drop-index-typed.yaml", BLOCKING_INDEX);
		add(forms, "drop-index-concurrently.sql");
		add(forms, "drop-index-concurrently-in-transaction.sql", CONCURRENT);
		add(forms, "reindex-table.sql", MAINTENANCE);
		add(forms, "reindex-index.sql", MAINTENANCE);
		add(forms, "reindex-concurrently.sql");
		add(forms, "reindex-concurrently-in-transaction.sql", CONCURRENT);
	}

	private static void maintenance(List<OnlineForm> forms) {
		add(forms, "vacuum-full.sql", MAINTENANCE);
		add(forms, "vacuum-full-options.sql", MAINTENANCE);
		add(forms, "vacuum.sql");
		add(forms, "cluster.sql", MAINTENANCE);
		lockOnly(forms, "lock-table.sql", MAINTENANCE);
		lockOnly(forms, "lock-table-share.sql", MAINTENANCE);
		add(forms, "lock-table-row-exclusive.sql");
		add(forms, "refresh-materialized-view.sql", MAINTENANCE);
		add(forms, "refresh-materialized-view-concurrently.sql");
		add(forms, "set-unlogged.sql", REWRITE);
		add(forms, "set-fillfactor.sql");
	}

	private static void constraints(List<OnlineForm> forms) {
		add(forms, "foreign-key.sql", VALIDATING);
		add(forms, "foreign-key-typed.yaml", VALIDATING);
		add(forms, "foreign-key-typed-not-validated.yaml");
		add(forms, "foreign-key-not-valid.sql");
		add(forms, "foreign-key-then-validate.sql");
		add(forms, "foreign-key-validated-in-same-changeset.sql", VALIDATING);
		add(forms, "foreign-key-validated-in-explicit-block.sql", VALIDATING);
		add(forms, "foreign-key-validated-without-transaction.sql");
		add(forms, "foreign-key-validated-in-same-statement.sql", VALIDATING);
		add(forms, "check.sql", VALIDATING);
		add(forms, "check-unnamed.sql", VALIDATING);
		add(forms, "check-not-valid.sql");
		add(forms, "check-then-validate.sql");
		add(forms, "check-validated-in-same-changeset.sql", VALIDATING);
		add(forms, "validate-after-other-change-in-same-changeset.sql", VALIDATING);
		add(forms, "unique-constraint.sql", VALIDATING);
		add(forms, "unique-constraint-typed.yaml", VALIDATING);
		add(forms, "unique-using-index.sql");
		add(forms, "primary-key.sql", VALIDATING);
		add(forms, "primary-key-typed.yaml", VALIDATING);
		add(forms, "primary-key-using-index.sql");
		add(forms, "primary-key-swapped-using-index.sql");
		add(forms, "primary-key-using-nullable-index.sql", VALIDATING);
		add(forms, "exclusion-constraint.sql", VALIDATING);
		add(forms, "domain-check.sql", VALIDATING);
		add(forms, "domain-check-not-valid.sql");
		add(forms, "domain-check-validated.sql", VALIDATING);
		add(forms, "domain-not-null.sql", VALIDATING);
	}

	private static void notNull(List<OnlineForm> forms) {
		add(forms, "set-not-null.sql", VALIDATING);
		add(forms, "set-not-null-typed.yaml", VALIDATING);
		add(forms, "set-not-null-recipe.sql");
		add(forms, "set-not-null-recipe-typed.yaml");
		add(forms, "set-not-null-recipe-in-one-changeset.sql", VALIDATING);
		add(forms, "set-not-null-after-validating-in-same-changeset.sql");
	}

	private static void columns(List<OnlineForm> forms) {
		add(forms, "column-volatile-default.sql", REWRITE);
		add(forms, "column-clock-default.sql", REWRITE);
		add(forms, "column-sequence-default.sql", REWRITE);
		add(forms, "column-unknown-function-default.sql", REWRITE);
		add(forms, "column-stable-function-default.sql");
		add(forms, "column-constant-default.sql");
		add(forms, "column-stable-default.sql");
		add(forms, "column-immutable-call-default.sql");
		add(forms, "column-cast-default.sql");
		add(forms, "column-volatile-default-typed.yaml", REWRITE);
		add(forms, "column-stable-default-typed.yaml");
		add(forms, "column-sequence-default-typed.yaml", REWRITE);
		add(forms, "column-auto-increment-typed.yaml", REWRITE);
		add(forms, "column-serial.sql", REWRITE);
		add(forms, "column-identity.sql", REWRITE);
		add(forms, "identity-on-existing-column.sql");
		add(forms, "column-stored-generated.sql", REWRITE);
		add(forms, "column-inline-unique.sql", VALIDATING);
		add(forms, "column-inline-primary-key.sql", REWRITE, VALIDATING);
		add(forms, "column-inline-references.sql");
		add(forms, "column-inline-named-references.sql");
		add(forms, "column-inline-references-with-default.sql", VALIDATING);
		add(forms, "column-inline-check.sql", VALIDATING);
		add(forms, "column-not-null-default-check.sql", VALIDATING);
		add(forms, "column-unique-typed.yaml", VALIDATING);
		add(forms, "column-references-typed.yaml", VALIDATING);
		add(forms, "column-references-typed-not-validated.yaml");
		add(forms, "columns-multi-action.sql");
		add(forms, "columns-multi-action-with-rewrite.sql", REWRITE);
	}

	private static void types(List<OnlineForm> forms) {
		add(forms, "type-widened-integer.sql", REWRITE);
		add(forms, "type-widened-integer-typed.yaml", REWRITE);
		add(forms, "type-varchar-widened.sql");
		add(forms, "type-varchar-widened-typed.yaml");
		add(forms, "type-varchar-to-text.sql");
		add(forms, "type-numeric-widened.sql");
		add(forms, "type-varchar-narrowed.sql", REWRITE);
		add(forms, "type-with-using.sql", REWRITE);
		add(forms, "type-with-plain-cast.sql");
	}

	private static void add(List<OnlineForm> forms, String file, String... rules) {
		forms.add(new OnlineForm(name(file), file, Set.of(rules), null));
	}

	private static void lockOnly(List<OnlineForm> forms, String file, String rule) {
		forms.add(new OnlineForm(name(file), file, Set.of(rule), rule));
	}

	private static String name(String file) {
		return file.substring(0, file.lastIndexOf('.'));
	}

}
