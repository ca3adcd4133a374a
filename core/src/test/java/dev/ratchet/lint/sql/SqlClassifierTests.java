package dev.ratchet.lint.sql;

import java.util.List;
import java.util.stream.Stream;

import dev.ratchet.lint.rule.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link SqlClassifier}: a table of SQL and the rule ids it triggers, in
 * PostgreSQL, MySQL/MariaDB and H2 syntax.
 */
class SqlClassifierTests {

	private final SqlClassifier classifier = new SqlClassifier();

	@ParameterizedTest(name = "[{index}] {0} -> {1}")
	@MethodSource({ "drops", "droppedColumns", "droppedKeysAndIndexes", "renames", "typesAndNullability",
			"addedColumns", "uniqueness", "truncates", "deletesAndUpdates", "harmless",
			"commentsLiteralsAndIdentifiers", "layout", "severalStatements", "unparsed", "dynamicSql", "routines",
			"overwrites", "alterTableActions" })
	void classifiesSqlOntoRules(String sql, List<String> expected) {
		assertThat(ruleIds(sql)).isEqualTo(expected);
	}

	static Stream<Arguments> alterTableActions() {
		return Stream.of(
				harmless("ALTER TABLE orders ADD CONSTRAINT orders_span EXCLUDE USING gist (span WITH &&)"),
				harmless("ALTER TABLE IF EXISTS ONLY orders ADD COLUMN c int"),
				harmless("ALTER TABLE orders SET TABLESPACE fast"),
				harmless("ALTER TABLE orders SET UNLOGGED"),
				harmless("ALTER TABLE orders REPLICA IDENTITY FULL"),
				harmless("ALTER TABLE orders ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY"),
				harmless("ALTER TABLE orders ALTER COLUMN total DROP EXPRESSION"),
				harmless("ALTER TABLE orders ATTACH PARTITION orders_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"),
				harmless("ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_id_idx"),
				harmless("ALTER TABLE orders ENABLE ALWAYS TRIGGER orders_audit, DISABLE RULE orders_rule"),
				harmless("ALTER TABLE orders CLUSTER ON orders_pkey, SET WITHOUT OIDS, SET (fillfactor = 70)"),
				harmless("ALTER TABLE orders ADD COLUMN IF NOT EXISTS tags text[] DEFAULT ARRAY[]::text[] NOT NULL"),
				harmless("ALTER TABLE orders ENGINE = InnoDB, ALGORITHM = INPLACE, LOCK = NONE"),
				rules("ALTER TABLE orders DETACH PARTITION orders_2019", "drop-table"),
				rules("ALTER TABLE orders SET SCHEMA archive", "rename-table"),
				rules("ALTER TABLE orders DROP CONSTRAINT orders_pkey, ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX "
						+ "orders_id_idx", "drop-primary-key"),
				rules("ALTER TABLE orders ADD COLUMN c int, ALTER COLUMN d SET DEFAULT 0, DROP COLUMN e", "drop-column"),
				rules("ALTER TABLE orders ALTER COLUMN note SET NOT NULL, ALTER COLUMN note DROP NOT NULL",
						"add-not-null-constraint", "drop-not-null"),
				rules("CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL); ALTER TABLE t ALTER COLUMN name SET NOT NULL"),
				rules("ALTER TABLE orders ADD COLUMN code varchar(10) DEFAULT 'x' UNIQUE", "add-unique-constraint"),
				rules("ALTER TABLE orders ADD COLUMN code varchar(10) NOT NULL", "add-required-column"),
				rules("ALTER DOMAIN quantity SET NOT NULL", "add-not-null-constraint"),
				rules("ALTER DOMAIN quantity DROP CONSTRAINT quantity_positive", "drop-check-constraint"),
				harmless("ALTER DOMAIN quantity ADD CONSTRAINT quantity_positive CHECK (VALUE > 0)"));
	}

	static Stream<Arguments> drops() {
		return Stream.of(
				rules("DROP TABLE orders", "drop-table"),
				rules("DROP TABLE IF EXISTS orders CASCADE", "drop-table"),
				rules("DROP TABLE a, b", "drop-table", "drop-table"),
				rules("DROP TABLE IF EXISTS public.orders, \"Other\"", "drop-table", "drop-table"),
				rules("drop table orders restrict", "drop-table"),
				rules("DROP TABLE \"drop\"", "drop-table"),
				rules("DROP TABLE `shop`.`orders`", "drop-table"),
				rules("DROP SCHEMA legacy CASCADE", "drop-schema"),
				rules("DROP SCHEMA IF EXISTS a, b", "drop-schema", "drop-schema"),
				rules("DROP DATABASE legacy", "drop-schema"),
				rules("DROP DATABASE IF EXISTS legacy", "drop-schema"),
				rules("DROP VIEW v", "drop-view"),
				rules("DROP VIEW IF EXISTS v1, v2 CASCADE", "drop-view", "drop-view"),
				rules("DROP MATERIALIZED VIEW mv", "drop-view"),
				rules("DROP MATERIALIZED VIEW IF EXISTS mv", "drop-view"),
				rules("DROP SEQUENCE s", "drop-sequence"),
				rules("DROP SEQUENCE IF EXISTS s1, s2", "drop-sequence", "drop-sequence"),
				rules("DROP FUNCTION f(int)", "drop-routine"),
				rules("DROP FUNCTION IF EXISTS f(int, text) CASCADE", "drop-routine"),
				rules("DROP PROCEDURE p", "drop-routine"),
				rules("DROP PROCEDURE IF EXISTS p", "drop-routine"),
				rules("DROP TRIGGER trg ON orders", "drop-routine"),
				rules("DROP TRIGGER IF EXISTS trg", "drop-routine"),
				rules("DROP INDEX idx_email", "drop-index"),
				rules("DROP INDEX CONCURRENTLY idx_email", "drop-index"),
				rules("DROP INDEX CONCURRENTLY IF EXISTS idx_email", "drop-index"),
				rules("DROP INDEX IF EXISTS idx_email CASCADE", "drop-index"),
				rules("DROP INDEX idx_email ON customers", "drop-index"),
				harmless("DROP TEMPORARY TABLE scratch"),
				rules("DROP TYPE mood", "unparsed-sql"),
				rules("DROP EXTENSION pgcrypto", "unparsed-sql"),
				rules("DROP ALL OBJECTS", "unparsed-sql"));
	}

	static Stream<Arguments> droppedColumns() {
		return Stream.of(
				rules("ALTER TABLE orders DROP COLUMN legacy_ref", "drop-column"),
				rules("ALTER TABLE orders DROP COLUMN IF EXISTS legacy_ref", "drop-column"),
				rules("ALTER TABLE orders DROP COLUMN legacy_ref CASCADE", "drop-column"),
				rules("ALTER TABLE orders DROP COLUMN legacy_ref RESTRICT", "drop-column"),
				rules("ALTER TABLE orders DROP legacy_ref", "drop-column"),
				rules("ALTER TABLE orders DROP IF EXISTS legacy_ref", "drop-column"),
				rules("ALTER TABLE orders ADD COLUMN a int, DROP COLUMN b", "drop-column"),
				rules("ALTER TABLE orders DROP COLUMN a, DROP COLUMN b", "drop-column", "drop-column"),
				rules("ALTER TABLE orders DROP COLUMN a, b", "drop-column", "drop-column"),
				rules("ALTER TABLE orders DROP COLUMN (a, b)", "drop-column", "drop-column"),
				rules("ALTER TABLE orders DROP COLUMN IF EXISTS (a, b)", "drop-column", "drop-column"),
				rules("ALTER TABLE IF EXISTS orders DROP COLUMN a", "drop-column"),
				rules("ALTER TABLE ONLY public.orders DROP COLUMN a", "drop-column"),
				rules("ALTER TABLE `shop`.`orders` DROP COLUMN `legacy_ref`", "drop-column"),
				rules("ALTER TABLE \"Orders\" DROP COLUMN \"drop\"", "drop-column"),
				rules("ALTER TABLE orders ADD COLUMN a int NOT NULL DEFAULT 0, DROP COLUMN b, RENAME COLUMN c TO d",
						"drop-column", "rename-column"));
	}

	static Stream<Arguments> droppedKeysAndIndexes() {
		return Stream.of(
				rules("ALTER TABLE orders DROP PRIMARY KEY", "drop-primary-key"),
				rules("ALTER TABLE orders DROP CONSTRAINT orders_pkey", "drop-primary-key"),
				rules("ALTER TABLE orders DROP CONSTRAINT pk_orders", "drop-primary-key"),
				rules("ALTER TABLE orders DROP CONSTRAINT orders_pk", "drop-primary-key"),
				rules("ALTER TABLE orders DROP CONSTRAINT \"CONSTRAINT_PRIMARY_KEY_8\"", "drop-primary-key"),
				rules("ALTER TABLE orders DROP FOREIGN KEY fk_customer", "drop-foreign-key"),
				rules("ALTER TABLE orders DROP FOREIGN KEY IF EXISTS fk_customer", "drop-foreign-key"),
				rules("ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey", "drop-constraint"),
				rules("ALTER TABLE orders DROP CONSTRAINT fk_customer CASCADE", "drop-constraint"),
				rules("ALTER TABLE orders DROP CONSTRAINT IF EXISTS customer_fk", "drop-constraint"),
				rules("ALTER TABLE orders DROP CONSTRAINT orders_email_key", "drop-constraint"),
				rules("ALTER TABLE orders DROP CONSTRAINT chk_total", "drop-constraint"),
				rules("ALTER TABLE orders DROP INDEX idx_email", "drop-index"),
				rules("ALTER TABLE orders DROP KEY idx_email", "drop-index"),
				rules("ALTER TABLE orders DROP CHECK chk_total", "drop-check-constraint"),
				rules("ALTER TABLE orders DROP CONSTRAINT t_a_fkey, DROP CONSTRAINT t_pkey", "drop-constraint",
						"drop-primary-key"),
				rules("ALTER TABLE orders ADD CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES customer (id); "
						+ "ALTER TABLE orders DROP CONSTRAINT fk_customer", "drop-foreign-key"),
				rules("ALTER TABLE orders ADD CONSTRAINT uq_email UNIQUE (email); ALTER TABLE orders DROP CONSTRAINT uq_email",
						"add-unique-constraint", "drop-unique-constraint"),
				rules("ALTER TABLE orders ADD CHECK (total > 0); ALTER TABLE orders DROP CONSTRAINT orders_total_check",
						"drop-check-constraint"),
				rules("ALTER TABLE orders ADD COLUMN email varchar(100) CONSTRAINT email_key UNIQUE; "
						+ "ALTER TABLE orders DROP CONSTRAINT email_key", "drop-unique-constraint"),
				rules("ALTER TABLE orders ADD COLUMN customer_id bigint REFERENCES customer (id); "
						+ "ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey", "drop-foreign-key"),
				rules("CREATE TABLE orders (id int, total int, CONSTRAINT orders_total_positive CHECK (total > 0)); "
						+ "ALTER TABLE orders DROP CONSTRAINT orders_total_positive", "drop-check-constraint"));
	}

	static Stream<Arguments> renames() {
		return Stream.of(
				rules("ALTER TABLE orders RENAME TO orders_old", "rename-table"),
				rules("ALTER TABLE IF EXISTS orders RENAME TO orders_old", "rename-table"),
				rules("ALTER TABLE orders RENAME AS orders_old", "rename-table"),
				rules("RENAME TABLE orders TO orders_old", "rename-table"),
				rules("RENAME TABLE a TO b, c TO d", "rename-table", "rename-table"),
				rules("ALTER TABLE orders RENAME COLUMN a TO b", "rename-column"),
				rules("ALTER TABLE orders RENAME a TO b", "rename-column"),
				rules("ALTER TABLE orders ALTER COLUMN a RENAME TO b", "rename-column"),
				rules("ALTER TABLE orders CHANGE a b varchar(10)", "rename-column"),
				rules("ALTER TABLE orders CHANGE COLUMN `a` `b` int NOT NULL", "rename-column"),
				rules("ALTER TABLE orders CHANGE a a bigint", "modify-data-type"),
				rules("ALTER TABLE orders CHANGE COLUMN a A varchar(10) NOT NULL", "modify-data-type",
						"add-not-null-constraint"),
				rules("ALTER VIEW v RENAME TO w", "rename-view"),
				rules("ALTER VIEW IF EXISTS public.v RENAME TO w", "rename-view"),
				rules("ALTER VIEW v RENAME COLUMN a TO b", "rename-column"),
				rules("ALTER MATERIALIZED VIEW mv RENAME TO mv2", "rename-view"),
				rules("ALTER SEQUENCE s RENAME TO s2", "rename-view"),
				rules("ALTER SEQUENCE IF EXISTS s RENAME TO s2", "rename-view"),
				harmless("ALTER INDEX idx RENAME TO idx2"),
				harmless("ALTER TABLE orders RENAME CONSTRAINT a TO b"));
	}

	static Stream<Arguments> typesAndNullability() {
		return Stream.of(
				rules("ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2)", "modify-data-type"),
				rules("ALTER TABLE orders ALTER COLUMN total TYPE bigint USING total::bigint", "modify-data-type"),
				rules("ALTER TABLE orders ALTER total TYPE bigint", "modify-data-type"),
				rules("ALTER TABLE orders ALTER COLUMN total SET DATA TYPE bigint", "modify-data-type"),
				rules("ALTER TABLE orders ALTER COLUMN total bigint", "modify-data-type"),
				rules("ALTER TABLE orders MODIFY total bigint", "modify-data-type"),
				rules("ALTER TABLE orders MODIFY COLUMN total bigint NOT NULL", "modify-data-type",
						"add-not-null-constraint"),
				rules("ALTER TABLE orders MODIFY total varchar(20) NULL", "modify-data-type"),
				rules("ALTER TABLE orders ALTER COLUMN total SET NOT NULL", "add-not-null-constraint"),
				rules("ALTER TABLE orders ALTER total SET NOT NULL", "add-not-null-constraint"),
				rules("ALTER TABLE orders ALTER COLUMN a SET NOT NULL, ALTER COLUMN b TYPE int",
						"add-not-null-constraint",
						"modify-data-type"),
				rules("ALTER TABLE orders ALTER COLUMN status DROP DEFAULT", "drop-default-value"),
				rules("ALTER TABLE orders ALTER COLUMN id DROP IDENTITY", "drop-default-value"),
				rules("ALTER TABLE orders ALTER COLUMN note DROP NOT NULL", "drop-not-null"),
				rules("ALTER TABLE orders ALTER COLUMN note SET NULL", "drop-not-null"),
				rules("ALTER TABLE orders ALTER COLUMN a SET DEFAULT 'x', ALTER COLUMN b DROP NOT NULL",
						"drop-not-null"),
				rules("ALTER TABLE orders CONVERT TO CHARACTER SET utf8mb4", "modify-data-type"),
				harmless("ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new'"),
				harmless("ALTER TABLE orders ALTER COLUMN a SET STATISTICS 100"),
				harmless("ALTER TABLE orders DEFAULT CHARACTER SET utf8mb4"));
	}

	static Stream<Arguments> addedColumns() {
		return Stream.of(
				rules("ALTER TABLE orders ADD COLUMN region varchar(10) NOT NULL", "add-required-column"),
				rules("ALTER TABLE orders ADD region varchar(10) NOT NULL", "add-required-column"),
				rules("ALTER TABLE orders ADD COLUMN IF NOT EXISTS region text NOT NULL", "add-required-column"),
				rules("ALTER TABLE orders ADD COLUMN a int PRIMARY KEY", "add-required-column"),
				rules("ALTER TABLE orders ADD COLUMN a int, ADD COLUMN b int NOT NULL", "add-required-column"),
				rules("ALTER TABLE orders ADD (a int NOT NULL, b int)", "add-required-column"),
				rules("ALTER TABLE orders ADD COLUMN a int NOT NULL AFTER b", "add-required-column"),
				rules("ALTER TABLE orders ADD COLUMN a text COLLATE \"C\" NOT NULL", "add-required-column"),
				harmless("ALTER TABLE orders ADD COLUMN region text NOT NULL DEFAULT 'eu'"),
				harmless("ALTER TABLE orders ADD COLUMN region text DEFAULT 'eu' NOT NULL"),
				harmless("ALTER TABLE orders ADD COLUMN region text"),
				harmless("ALTER TABLE orders ADD COLUMN region text NULL"),
				harmless("ALTER TABLE orders ADD COLUMN id bigserial NOT NULL"),
				harmless("ALTER TABLE orders ADD COLUMN id bigint NOT NULL AUTO_INCREMENT"),
				harmless("ALTER TABLE orders ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY NOT NULL"),
				harmless("ALTER TABLE orders ADD COLUMN total int NOT NULL GENERATED ALWAYS AS (a + b) STORED"),
				harmless("ALTER TABLE orders ADD COLUMN created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP"),
				harmless("ALTER TABLE orders ADD COLUMN deleted boolean NOT NULL DEFAULT FALSE"),
				harmless("ALTER TABLE orders ADD COLUMN drop_date date"));
	}

	static Stream<Arguments> uniqueness() {
		return Stream.of(
				rules("CREATE UNIQUE INDEX ux_email ON customers (email)", "add-unique-constraint"),
				rules("CREATE UNIQUE INDEX IF NOT EXISTS ux_email ON public.customers (email)",
						"add-unique-constraint"),
				rules("CREATE UNIQUE INDEX CONCURRENTLY ux_email ON customers (email)", "add-unique-constraint"),
				rules("CREATE UNIQUE INDEX ux_email ON customers (lower(email))", "add-unique-constraint"),
				rules("ALTER TABLE customers ADD CONSTRAINT uq_email UNIQUE (email)", "add-unique-constraint"),
				rules("ALTER TABLE customers ADD UNIQUE (email)", "add-unique-constraint"),
				rules("ALTER TABLE customers ADD UNIQUE KEY uk_email (email)", "add-unique-constraint"),
				rules("ALTER TABLE customers ADD UNIQUE INDEX uk_email (email)", "add-unique-constraint"),
				harmless("CREATE INDEX idx_email ON customers (email)"),
				harmless("CREATE INDEX CONCURRENTLY idx_email ON customers (email)"),
				harmless("CREATE INDEX IF NOT EXISTS idx_email ON customers (email)"),
				harmless("CREATE INDEX CONCURRENTLY IF NOT EXISTS idx ON customers USING btree "
						+ "(email) WHERE deleted = false"),
				harmless("ALTER TABLE customers ADD INDEX idx_email (email)"),
				harmless("ALTER TABLE orders ADD CONSTRAINT fk_customer FOREIGN KEY (customer_id) "
						+ "REFERENCES customers (id) ON DELETE CASCADE"),
				harmless("ALTER TABLE orders ADD CONSTRAINT pk_orders PRIMARY KEY (id)"),
				harmless("ALTER TABLE orders ADD PRIMARY KEY (id)"),
				harmless("ALTER TABLE orders ADD CONSTRAINT chk_total CHECK (total > 0)"));
	}

	static Stream<Arguments> truncates() {
		return Stream.of(
				rules("TRUNCATE orders", "truncate-table"),
				rules("TRUNCATE TABLE orders", "truncate-table"),
				rules("truncate table Orders", "truncate-table"),
				rules("TRUNCATE a, b", "truncate-table", "truncate-table"),
				rules("TRUNCATE ONLY orders", "truncate-table"),
				rules("TRUNCATE TABLE ONLY orders RESTART IDENTITY", "truncate-table"),
				rules("TRUNCATE orders RESTART IDENTITY CASCADE", "truncate-table"),
				rules("TRUNCATE TABLE orders CONTINUE IDENTITY RESTRICT", "truncate-table"),
				rules("TRUNCATE orders CASCADE", "truncate-table"),
				rules("TRUNCATE TABLE IF EXISTS orders", "truncate-table"),
				rules("ALTER TABLE orders TRUNCATE PARTITION p2019", "truncate-table"));
	}

	static Stream<Arguments> deletesAndUpdates() {
		return Stream.of(
				rules("DELETE FROM orders", "delete-without-where"),
				rules("DELETE orders", "delete-without-where"),
				rules("DELETE FROM orders WHERE 1=1", "delete-without-where"),
				rules("DELETE FROM orders WHERE true", "delete-without-where"),
				rules("DELETE FROM orders WHERE 2>1", "delete-without-where"),
				rules("DELETE FROM orders WHERE 'a'='a'", "delete-without-where"),
				rules("DELETE FROM orders WHERE 1=1 OR status = 'x'", "delete-without-where"),
				rules("DELETE FROM orders WHERE (1 = 1)", "delete-without-where"),
				rules("DELETE FROM orders WHERE NOT false", "delete-without-where"),
				rules("DELETE FROM orders WHERE 1 <> 2", "delete-without-where"),
				rules("DELETE FROM orders WHERE 1 + 1 = 2", "delete-without-where"),
				rules("DELETE FROM orders WHERE 1 IN (1, 2)", "delete-without-where"),
				rules("DELETE FROM orders WHERE 1", "delete-without-where"),
				rules("DELETE FROM orders WHERE id = id", "delete-without-where"),
				rules("DELETE FROM orders RETURNING *", "delete-without-where"),
				rules("WITH gone AS (DELETE FROM orders RETURNING id) SELECT count(*) FROM gone",
						"delete-without-where"),
				harmless("DELETE FROM orders WHERE id = 5"),
				harmless("DELETE FROM orders WHERE 1 = 1 AND id = 5"),
				harmless("DELETE FROM orders WHERE 1 = 0"),
				harmless("DELETE FROM orders WHERE status IN (SELECT s FROM obsolete)"),
				harmless("DELETE FROM orders o USING customers c WHERE o.customer_id = c.id"),
				harmless("DELETE o FROM orders o JOIN obsolete x ON o.id = x.id"),
				rules("UPDATE orders SET status = 'x'", "overwrite-column"),
				rules("UPDATE orders SET status = 'x' WHERE 1=1", "overwrite-column"),
				rules("UPDATE orders SET status = 'x' WHERE TRUE", "overwrite-column"),
				harmless("UPDATE orders SET status = 'x' WHERE id = 2"),
				harmless("UPDATE orders o SET total = x.total FROM staging x WHERE o.id = x.id"),
				harmless("UPDATE orders o JOIN staging x ON o.id = x.id SET o.total = x.total"));
	}

	static Stream<Arguments> harmless() {
		return Stream.of(
				harmless("SELECT 1"),
				harmless("SELECT setval('orders_id_seq', 100)"),
				harmless("SELECT SETVAL('orders_id_seq', (SELECT MAX(id) FROM orders))"),
				harmless("SELECT pg_catalog.setval('public.orders_id_seq', 1, false)"),
				harmless("INSERT INTO orders (id, note) VALUES (1, 'DROP TABLE orders; --')"),
				harmless("INSERT INTO orders SELECT * FROM staging ON CONFLICT DO NOTHING"),
				harmless("INSERT INTO orders (a) VALUES (1) ON DUPLICATE KEY UPDATE a = 2"),
				harmless("CREATE TABLE orders (id bigint PRIMARY KEY, drop_date date, deleted boolean)"),
				harmless("CREATE TABLE IF NOT EXISTS public.\"Orders\" (id int)"),
				harmless("CREATE TABLE `orders` (`id` int NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`)) ENGINE=InnoDB"),
				harmless("CREATE CACHED TABLE orders (id int)"),
				harmless("CREATE VIEW v AS SELECT * FROM orders"),
				harmless("CREATE OR REPLACE VIEW v AS SELECT * FROM orders"),
				harmless("CREATE MATERIALIZED VIEW mv AS SELECT * FROM orders"),
				harmless("CREATE SEQUENCE s START WITH 1"),
				harmless("CREATE SEQUENCE IF NOT EXISTS s"),
				harmless("COMMENT ON TABLE orders IS 'drop me later'"),
				harmless("COMMENT ON COLUMN orders.total IS 'x'"),
				harmless("GRANT SELECT, DELETE ON orders TO app"),
				harmless("SET search_path TO app"),
				harmless("SET statement_timeout = 0"),
				harmless("SET NAMES utf8mb4"),
				harmless("CREATE EXTENSION IF NOT EXISTS pgcrypto"),
				harmless("CREATE SCHEMA IF NOT EXISTS app"),
				harmless("CREATE TYPE mood AS ENUM ('a', 'b')"),
				harmless("ALTER SEQUENCE s RESTART WITH 10"),
				harmless("ALTER TABLE orders ENABLE ROW LEVEL SECURITY"),
				harmless("ANALYZE orders"),
				harmless("REFRESH MATERIALIZED VIEW mv"),
				harmless("MERGE INTO orders o USING staging s ON (o.id = s.id) WHEN MATCHED THEN "
						+ "UPDATE SET total = s.total"),
				harmless("CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$ BEGIN "
						+ "NEW.updated_at = now(); RETURN NEW; END $$ LANGUAGE plpgsql"),
				harmless("CREATE OR REPLACE FUNCTION purge() RETURNS void AS $$ BEGIN DELETE FROM x "
						+ "WHERE a = 1; END $$ LANGUAGE plpgsql"),
				harmless("CREATE FUNCTION one() RETURNS int AS 'SELECT 1' LANGUAGE sql"),
				harmless("CREATE TRIGGER trg BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch()"),
				harmless("CREATE TRIGGER trg BEFORE DELETE ON orders FOR EACH ROW EXECUTE PROCEDURE audit()"),
				harmless("CREATE PROCEDURE cleanup() BEGIN DELETE FROM t; DROP TABLE x; END"),
				harmless("CREATE ALIAS IF NOT EXISTS ABS_VALUE FOR \"java.lang.Math.abs\""));
	}

	static Stream<Arguments> commentsLiteralsAndIdentifiers() {
		return Stream.of(
				harmless("-- DROP TABLE orders\nSELECT 1"),
				harmless("/* DROP TABLE orders */ SELECT 1"),
				harmless("/* outer /* DROP TABLE inner */ still a comment */ SELECT 1"),
				harmless("# DROP TABLE orders\nSELECT 1"),
				harmless("SELECT $$ DROP TABLE x $$"),
				harmless("SELECT $tag$ TRUNCATE orders $tag$"),
				harmless("INSERT INTO notes VALUES (E'it\\'s; DROP TABLE x')"),
				harmless("INSERT INTO notes VALUES ('it''s; DROP TABLE x')"),
				harmless("UPDATE t SET drop_date = now(), deleted = true, truncated_at = null WHERE id = 1"),
				harmless("SELECT \"drop\", `truncate` FROM t WHERE deleted"),
				harmless("ALTER TABLE t ADD COLUMN truncated_at timestamp"),
				harmless("CREATE TABLE renamed_things (id int, modify_count int, changed_by text)"),
				harmless("SELECT data #>> '{a,b}' FROM t"),
				rules("SELECT 1 /*! DROP TABLE x */", "unparsed-sql"));
	}

	static Stream<Arguments> layout() {
		return Stream.of(
				rules("drop table orders", "drop-table"),
				rules("DrOp TaBlE Orders", "drop-table"),
				rules("ALTER/*x*/TABLE t DROP -- y\n COLUMN c", "drop-column"),
				rules("alter table\torders\n  drop\n    column\n legacy_ref", "drop-column"),
				rules("  \n DELETE\nFROM orders  \n", "delete-without-where"),
				rules("DELETE FROM orders WHERE 1=1 -- everything", "delete-without-where"),
				rules("ALTER TABLE orders /* keep */ DROP /* the */ COLUMN /* old */ legacy_ref;", "drop-column"),
				rules("\r\nTRUNCATE\r\n\tTABLE orders\r\n;\r\n", "truncate-table"));
	}

	static Stream<Arguments> severalStatements() {
		return Stream.of(
				rules("CREATE TABLE a (id int); DROP TABLE b;", "drop-table"),
				rules("SELECT 1; DROP TABLE x", "drop-table"),
				harmless("INSERT INTO t VALUES ('a; DROP TABLE x'); SELECT 1"),
				rules("INSERT INTO t VALUES ('it\\'s'); DROP TABLE x", "drop-table"),
				rules("VACUUM FULL; DROP TABLE x", "drop-table"),
				rules("UNPARSEABLE GARBAGE; DELETE FROM orders", "unparsed-sql-opaque", "delete-without-where"),
				rules("ALTER TABLE a DROP COLUMN x; ALTER TABLE b RENAME TO c;", "drop-column", "rename-table"),
				rules("CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END; DROP TABLE y",
						"drop-table"),
				rules("CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END IF; CASE WHEN 1 THEN "
						+ "SELECT 2; END CASE; END; TRUNCATE z",
						"truncate-table"),
				harmless("SELECT 1;;;"),
				harmless(";"));
	}

	static Stream<Arguments> unparsed() {
		return Stream.of(
				rules("THIS IS NOT SQL", "unparsed-sql-opaque"),
				harmless("VACUUM orders"),
				harmless("CLUSTER orders USING idx"),
				rules("GIBBERISH DROP THINGS", "unparsed-sql"),
				rules("FROB orders DELETE", "unparsed-sql"),
				rules("FROB orders RENAME", "unparsed-sql"),
				rules("FROB orders MODIFY", "unparsed-sql"),
				rules("FROB orders TRUNCATE", "unparsed-sql"),
				rules("ALTER TABLE orders FROB CHANGE x", "unparsed-sql"),
				rules("ALTER TABLE orders FROB x SET NOT NULL", "unparsed-sql"),
				rules("ALTER TABLE orders FROB COLUMN x TYPE int", "unparsed-sql"),
				rules("FROB orders CHANGE x", "unparsed-sql-opaque"),
				rules("ALTER TABLE orders FROB TO app", "unparsed-sql-opaque"),
				harmless("ALTER TABLE orders OWNER TO app"));
	}

	static Stream<Arguments> dynamicSql() {
		return Stream.of(
				rules("DO $$ BEGIN DROP TABLE x; END $$", "drop-table"),
				rules("DO $$ BEGIN EXECUTE 'DROP TABLE ' || quote_ident('x'); END $$", "dynamic-sql"),
				rules("DO $body$ BEGIN EXECUTE format('ALTER TABLE %I DROP COLUMN c', 't'); END "
						+ "$body$ LANGUAGE plpgsql",
						"dynamic-sql"),
				rules("DO 'BEGIN DELETE FROM t; END'", "delete-without-where"),
				harmless("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') "
						+ "THEN CREATE TYPE mood AS ENUM ('a'); END IF; END $$"),
				harmless("DO $$ BEGIN -- DROP TABLE x\n PERFORM 1; END $$"),
				rules("DO LANGUAGE plpgsql $$ BEGIN UPDATE t SET a = 1; END $$", "overwrite-column"),
				rules("DO $$ DECLARE n int := 0; r record; BEGIN FOR r IN SELECT id FROM t LOOP "
						+ "n := n + 1; END LOOP; IF n > 10 THEN TRUNCATE t; END IF; END $$",
						"truncate-table"),
				rules("DO $$ BEGIN EXECUTE 'TRUNCATE orders'; END $$", "truncate-table"),
				harmless("DO $$ BEGIN EXECUTE 'CREATE INDEX i ON t (a)'; END $$"),
				rules("DO $$ DECLARE s text := 'x'; BEGIN EXECUTE s; END $$", "dynamic-sql"),
				rules("DO $$ BEGIN EXECUTE 'DELETE FROM ' || 'orders'; END $$", "dynamic-sql"),
				harmless("DO $$ BEGIN EXECUTE 'UPDATE t SET a = 1 WHERE id = $1' USING 5; END $$"),
				rules("DO $$ BEGIN RAISE NOTICE 'x'; EXCEPTION WHEN others THEN DELETE FROM t; END $$",
						"delete-without-where"),
				rules("DO $$ <<outer>> BEGIN WHILE true LOOP DROP TABLE x; EXIT; END LOOP; END outer $$", "drop-table"),
				harmless("CREATE OR REPLACE FUNCTION f() RETURNS void AS $$ BEGIN EXECUTE 'TRUNCATE "
						+ "TABLE ' || tbl; END $$ LANGUAGE plpgsql"),
				harmless("CREATE OR REPLACE FUNCTION f() RETURNS void AS 'BEGIN EXECUTE ''DROP TABLE "
						+ "x''; END' LANGUAGE plpgsql"),
				harmless("CREATE DEFINER=`root`@`localhost` PROCEDURE p() BEGIN SET @s = 'DROP TABLE "
						+ "x'; PREPARE stmt FROM @s; EXECUTE stmt; END"),
				harmless("CREATE FUNCTION f() RETURNS void AS $$ BEGIN EXECUTE 'SELECT 1'; END $$ LANGUAGE plpgsql"),
				rules("EXECUTE IMMEDIATE 'DROP TABLE x'", "drop-table"),
				rules("EXECUTE IMMEDIATE 'ALTER SEQUENCE ' || seq || ' INCREMENT BY 1'", "dynamic-sql"),
				rules("PREPARE s FROM 'TRUNCATE orders'", "truncate-table"),
				rules("SET @s = 'DELETE FROM orders'; PREPARE st FROM @s; EXECUTE st", "delete-without-where"),
				rules("SET @s = CONCAT('DELETE FROM ', 'orders'); PREPARE st FROM @s; EXECUTE st", "dynamic-sql"),
				harmless("SET @s = 'SELECT 1'; PREPARE st FROM @s; EXECUTE st; DEALLOCATE PREPARE st"),
				rules("PREPARE purge (int) AS DELETE FROM orders", "delete-without-where"),
				harmless("PREPARE purge (int) AS DELETE FROM orders WHERE id = $1"),
				rules("EXECUTE stmt", "unparsed-sql-opaque"),
				rules("BEGIN DELETE FROM t; END", "delete-without-where"),
				harmless("BEGIN; SELECT 1; COMMIT"),
				rules("DECLARE n NUMBER; BEGIN SELECT COUNT(*) INTO n FROM t; IF n > 0 THEN "
						+ "EXECUTE IMMEDIATE 'DROP TABLE t'; END IF; END;", "drop-table"));
	}

	static Stream<Arguments> routines() {
		return Stream.of(
				rules("CREATE FUNCTION purge() RETURNS void AS $$ BEGIN DELETE FROM orders; END $$ LANGUAGE plpgsql; "
						+ "SELECT purge()", "delete-without-where"),
				rules("CREATE OR REPLACE FUNCTION public.purge() RETURNS void AS $$ BEGIN TRUNCATE orders; END $$ "
						+ "LANGUAGE plpgsql; SELECT * FROM public.purge()", "truncate-table"),
				rules("CREATE PROCEDURE wipe() LANGUAGE plpgsql AS $$ BEGIN DROP TABLE orders; END $$; CALL wipe()",
						"drop-table"),
				rules("CREATE FUNCTION clear() RETURNS void AS 'UPDATE orders SET note = NULL' LANGUAGE sql; "
						+ "SELECT clear()", "overwrite-column"),
				rules("CREATE FUNCTION purge() RETURNS void AS $$ BEGIN DELETE FROM orders; END $$ LANGUAGE plpgsql; "
						+ "DO $$ BEGIN PERFORM purge(); END $$", "delete-without-where"),
				rules("CREATE PROCEDURE p() BEGIN DELETE FROM orders; END; CALL p()", "delete-without-where"),
				rules("CREATE PROCEDURE p() DELETE FROM orders; CALL p", "delete-without-where"),
				rules("CREATE FUNCTION inner_purge() RETURNS void AS $$ BEGIN DELETE FROM orders; END $$ "
						+ "LANGUAGE plpgsql; CREATE FUNCTION outer_purge() RETURNS void AS $$ BEGIN "
						+ "PERFORM inner_purge(); END $$ LANGUAGE plpgsql; SELECT outer_purge()", "delete-without-where"),
				rules("CREATE FUNCTION dyn() RETURNS void AS $$ BEGIN EXECUTE 'DELETE FROM ' || t; END $$ "
						+ "LANGUAGE plpgsql; SELECT dyn()", "dynamic-sql"),
				rules("CREATE FUNCTION f() RETURNS int AS $$ BEGIN DELETE FROM orders; RETURN 1; END $$ "
						+ "LANGUAGE plpgsql; UPDATE customer SET score = f() WHERE id = 1", "delete-without-where"),
				rules("CREATE PROCEDURE SET_SEQ(seq VARCHAR2) AS n NUMBER; BEGIN SELECT 1 INTO n FROM DUAL; "
						+ "DELETE FROM orders; END; CALL SET_SEQ('s')", "delete-without-where"),
				rules("CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql SET search_path = public AS $$ BEGIN "
						+ "TRUNCATE orders; END $$; SELECT f()", "truncate-table"),
				harmless("CREATE FUNCTION purge() RETURNS void AS $$ BEGIN DELETE FROM orders; END $$ LANGUAGE plpgsql"),
				harmless("CREATE FUNCTION add_order() RETURNS void AS $$ BEGIN INSERT INTO orders VALUES (1); END $$ "
						+ "LANGUAGE plpgsql; SELECT add_order()"),
				harmless("CREATE FUNCTION purge() RETURNS void AS $$ BEGIN DELETE FROM orders; END $$ LANGUAGE plpgsql; "
						+ "CREATE VIEW v AS SELECT purge()"),
				harmless("CREATE FUNCTION purge() RETURNS void AS $$ BEGIN DELETE FROM orders; END $$ LANGUAGE plpgsql; "
						+ "SELECT 'purge()'"),
				harmless("CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN NEW.a := now(); RETURN NEW; END $$ "
						+ "LANGUAGE plpgsql; CREATE TRIGGER t BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION f()"),
				rules("CREATE FUNCTION f() RETURNS INT DETERMINISTIC BEGIN DECLARE n INT DEFAULT 0; "
						+ "DELETE FROM orders; RETURN n; END; SELECT f()", "delete-without-where"),
				rules("CREATE FUNCTION f() RETURNS void LANGUAGE sql BEGIN ATOMIC DELETE FROM orders; END; "
						+ "SELECT f()", "delete-without-where"),
				rules("CREATE PROCEDURE p() BEGIN DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET @e = 1; "
						+ "lbl: LOOP TRUNCATE orders; LEAVE lbl; END LOOP lbl; END; CALL p()", "truncate-table"),
				rules("CREATE FUNCTION purge() RETURNS void AS $$ BEGIN DELETE FROM orders; END $$ LANGUAGE plpgsql; "
						+ "SELECT count(*) FROM customer WHERE purge() IS NULL", "delete-without-where"),
				rules("CREATE FUNCTION purge() RETURNS void AS $$ BEGIN DELETE FROM orders; END $$ LANGUAGE plpgsql; "
						+ "DO $$ BEGIN IF purge() IS NULL THEN RAISE NOTICE 'x'; END IF; END $$", "delete-without-where"),
				rules("CREATE FUNCTION purge() RETURNS void AS $$ BEGIN DELETE FROM orders; END $$ LANGUAGE plpgsql; "
						+ "DO $$ BEGIN CALL nothing(); PERFORM purge(); END $$", "delete-without-where"),
				harmless("CALL cleanup()"));
	}

	static Stream<Arguments> overwrites() {
		return Stream.of(
				rules("UPDATE customer SET legacy_ref = NULL", "overwrite-column"),
				rules("UPDATE customer SET name = 'x', legacy_ref = NULL", "overwrite-column", "overwrite-column"),
				rules("UPDATE customer SET legacy_ref = 'x' WHERE legacy_ref IS NULL OR legacy_ref IS NOT NULL",
						"overwrite-column"),
				rules("UPDATE customer SET name = lower(name) WHERE id = id", "overwrite-column"),
				rules("ALTER TABLE customer ADD COLUMN tier varchar(10); UPDATE customer SET tier = 'basic'",
						"update-without-where"),
				rules("ALTER TABLE customer ADD tier varchar(10); UPDATE customer SET tier = 'a', name = 'b'",
						"overwrite-column", "update-without-where"),
				rules("DELETE FROM orders WHERE id = id", "delete-without-where"),
				rules("DELETE FROM customer WHERE coalesce(name, '') = coalesce(name, '')", "delete-without-where"),
				rules("DELETE FROM orders WHERE id IN (SELECT id FROM orders)", "delete-without-where"),
				rules("MERGE INTO orders o USING (SELECT 1 AS one) s ON true WHEN MATCHED THEN DELETE",
						"delete-without-where"),
				rules("MERGE INTO orders o USING staging s ON (1 = 1) WHEN MATCHED THEN UPDATE SET note = NULL",
						"overwrite-column"),
				rules("INSERT INTO orders (id, note) SELECT id, NULL FROM orders ON CONFLICT (id) DO UPDATE "
						+ "SET note = excluded.note", "overwrite-column"),
				harmless("MERGE INTO orders o USING staging s ON o.id = s.id WHEN MATCHED THEN DELETE"),
				harmless("MERGE INTO orders o USING staging s ON true WHEN MATCHED AND o.total > 100 THEN DELETE"),
				harmless("INSERT INTO orders (id, note) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET note = 'x'"),
				harmless("INSERT INTO orders (id, note) SELECT id, note FROM staging ON CONFLICT (id) DO UPDATE "
						+ "SET note = excluded.note"),
				rules("UPDATE customer SET name = 'x' WHERE name IN ('a', name)", "overwrite-column"),
				rules("UPDATE customer c SET name = o.note FROM orders o", "overwrite-column"),
				rules("WITH gone AS (DELETE FROM orders RETURNING id) SELECT count(*) FROM gone", "delete-without-where"),
				rules("DELETE FROM orders USING customer", "delete-without-where"),
				harmless("DELETE FROM orders o USING customer c WHERE o.customer_id = c.id AND c.name = 'x'"),
				harmless("UPDATE customer SET name = 'Zed' WHERE id = 2"),
				harmless("DELETE FROM orders WHERE id = 11"));
	}

	@Test
	void namesTheTableWithoutQuotesOrSchemaInLowerCase() {
		SqlClassification classification = this.classifier
			.classify("ALTER TABLE \"App\".\"Orders\" DROP COLUMN \"LegacyRef\"", "sql");
		assertThat(classification.violations()).extracting(Violation::table, Violation::target)
			.containsExactly(tuple("orders", "orders.legacyref"));
	}

	@Test
	void saysWhatTheStatementDoes() {
		assertThat(this.classifier.classify("ALTER TABLE orders DROP COLUMN legacy_ref", "sql").violations())
			.extracting(Violation::changeType, Violation::table, Violation::target, Violation::message)
			.containsExactly(tuple("sql", "orders", "orders.legacy_ref", "drops column legacy_ref"));
	}

	@Test
	void namesEveryTableOfAMultiTableStatement() {
		assertThat(this.classifier.classify("DROP TABLE IF EXISTS public.a, \"B\" CASCADE", "sqlFile").violations())
			.extracting(Violation::changeType, Violation::table, Violation::message)
			.containsExactly(tuple("sqlFile", "a", "drops table a"), tuple("sqlFile", "b", "drops table b"));
	}

	@Test
	void namesTheTableOfAnIndexOrTriggerWhenTheStatementDoes() {
		String sql = "DROP INDEX idx_email ON customers; DROP TRIGGER trg ON orders; DROP INDEX x";
		assertThat(this.classifier.classify(sql, "sql").violations()).extracting(Violation::table, Violation::target)
			.containsExactly(tuple("customers", "customers.idx_email"), tuple("orders", "orders.trg"), tuple(null, "x"));
	}

	@Test
	void namesTheTableOfAUniqueIndexForTheSameRunExemption() {
		String sql = "CREATE UNIQUE INDEX ux ON app.customers (email, tenant)";
		assertThat(this.classifier.classify(sql, "sql").violations())
			.extracting(Violation::table, Violation::target, Violation::message)
			.containsExactly(tuple("customers", "customers.email,tenant", "creates unique index ux"));
	}

	@Test
	void saysWhenAConstraintsKindIsUnknown() {
		assertThat(this.classifier.classify("ALTER TABLE orders DROP CONSTRAINT chk_total", "sql").violations())
			.extracting(Violation::message)
			.containsExactly("drops constraint chk_total of orders, whose kind is not known: it was not created in the "
					+ "changelog (at boot Ratchet reads its kind from the database)");
	}

	@Test
	void recordsTheTablesViewsAndSequencesTheSqlCreates() {
		SqlClassification classification = this.classifier.classify(
				"CREATE TABLE app.\"Orders\" (id int); CREATE VIEW v_orders AS SELECT * FROM orders; "
						+ "CREATE MATERIALIZED VIEW mv AS SELECT 1; CREATE SEQUENCE IF NOT EXISTS order_seq; "
						+ "CREATE INDEX idx ON orders (id); DROP TABLE orders",
				"sql");
		assertThat(classification.created()).containsExactlyInAnyOrder("orders", "v_orders", "mv", "order_seq");
		assertThat(classification.violations()).extracting(Violation::table).containsExactly("orders");
	}

	@Test
	void reportsFindingsInStatementOrder() {
		assertThat(ruleIds("TRUNCATE a; UPDATE b SET x = 1; DROP TABLE c")).containsExactly("truncate-table",
				"overwrite-column", "drop-table");
	}

	@ParameterizedTest
	@ValueSource(strings = { "DO $$ BEGIN EXECUTE format('ALTER ROLE app PASSWORD %L', 'Mk7Secret'); END $$",
			"DO $$ BEGIN EXECUTE 'ALTER ROLE app PASSWORD ' || quote_literal('Mk7Secret'); END $$",
			"DO $$ BEGIN EXECUTE format('ALTER ROLE app PASSWORD %L', $p$Mk7Secret$p$); END $$",
			"EXECUTE IMMEDIATE 'ALTER USER app IDENTIFIED BY ' || 'Mk7Secret'",
			"SET @s = CONCAT('ALTER USER app IDENTIFIED BY ', 'Mk7Secret'); PREPARE st FROM @s; EXECUTE st",
			"FROB app PASSWORD 'Mk7Secret' DROP", "FROB app PASSWORD 'Mk7Secret'",
			"FROB app PASSWORD E'Mk7Secret' TRUNCATE", "FROB $$Mk7Secret$$ DELETE",
			"ALTER TABLE orders FROB 'Mk7Secret' CHANGE x", "ALTER TABLE orders FROB 'Mk7Secret'",
			"DO LANGUAGE plpython3u $$ secret = 'Mk7Secret' $$",
			"UPDATE accounts SET token = 'Mk7Secret'", "DELETE FROM accounts WHERE 'Mk7Secret' = 'Mk7Secret'",
			"ALTER TABLE accounts ADD COLUMN token text NOT NULL DEFAULT 'Mk7Secret' UNIQUE" })
	void showsNoLiteralInAFindingsMessage(String sql) {
		List<Violation> violations = this.classifier.classify(sql, "sql").violations();
		assertThat(violations).isNotEmpty()
			.allSatisfy((violation) -> assertThat(violation.message()).doesNotContain("Mk7Secret"));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\n\t", "-- only a comment", "/* only a comment */", ";;" })
	void findsNothingInSqlWithoutStatements(String sql) {
		SqlClassification classification = this.classifier.classify(sql, "sql");
		assertThat(classification.violations()).isEmpty();
		assertThat(classification.created()).isEmpty();
	}

	private List<String> ruleIds(String sql) {
		return this.classifier.classify(sql, "sql")
			.violations()
			.stream()
			.map((violation) -> violation.rule().id())
			.toList();
	}

	private static Arguments rules(String sql, String... ruleIds) {
		return Arguments.of(sql, List.of(ruleIds));
	}

	private static Arguments harmless(String sql) {
		return Arguments.of(sql, List.of());
	}

}
