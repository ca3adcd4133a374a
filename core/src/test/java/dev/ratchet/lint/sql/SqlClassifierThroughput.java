package dev.ratchet.lint.sql;

import java.util.List;

/**
 * Prints how many statements per second {@link SqlClassifier} classifies on one thread:
 * a mixed list of typical migration statements (mostly harmless DDL and DML, some
 * destructive, a few the parser cannot read), classified {@code N} times after a warm-up.
 * Not a test and not a benchmark harness: run it by hand with
 * {@code java -cp <test classpath> dev.ratchet.lint.sql.SqlClassifierThroughput [N]}.
 */
public final class SqlClassifierThroughput {

	private static final List<String> STATEMENTS = List.of(
			"CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total "
					+ "numeric(12,2), created_at timestamp NOT NULL DEFAULT now())",
			"CREATE TABLE IF NOT EXISTS customers (id bigserial PRIMARY KEY, email varchar(255) NOT NULL, name text)",
			"CREATE TABLE `audit` (`id` int NOT NULL AUTO_INCREMENT, `note` text, PRIMARY KEY "
					+ "(`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
			"CREATE INDEX idx_orders_customer ON orders (customer_id)",
			"CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_created ON orders USING btree "
					+ "(created_at) WHERE total > 0",
			"CREATE UNIQUE INDEX ux_customers_email ON customers (lower(email))",
			"CREATE SEQUENCE order_seq START WITH 1000 INCREMENT BY 1",
			"CREATE VIEW v_big_orders AS SELECT o.id, c.email FROM orders o JOIN customers c ON "
					+ "c.id = o.customer_id WHERE o.total > 1000",
			"ALTER TABLE orders ADD COLUMN region varchar(10)",
			"ALTER TABLE orders ADD COLUMN status varchar(20) NOT NULL DEFAULT 'new'",
			"ALTER TABLE orders ADD COLUMN priority int NOT NULL",
			"ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) "
					+ "REFERENCES customers (id) ON DELETE CASCADE",
			"ALTER TABLE customers ADD CONSTRAINT uq_customers_email UNIQUE (email)",
			"ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'open'",
			"ALTER TABLE orders ALTER COLUMN total TYPE numeric(14,2) USING total::numeric(14,2)",
			"ALTER TABLE orders ALTER COLUMN region SET NOT NULL",
			"ALTER TABLE orders ALTER COLUMN region DROP NOT NULL",
			"ALTER TABLE orders DROP COLUMN legacy_ref",
			"ALTER TABLE orders ADD COLUMN a int, DROP COLUMN b, RENAME COLUMN c TO d",
			"ALTER TABLE orders MODIFY COLUMN note varchar(500) NOT NULL",
			"ALTER TABLE orders CHANGE COLUMN note remark varchar(500)",
			"ALTER TABLE orders DROP FOREIGN KEY fk_orders_customer",
			"ALTER TABLE orders DROP CONSTRAINT orders_pkey",
			"ALTER TABLE orders RENAME TO purchase_orders",
			"ALTER SEQUENCE order_seq RENAME TO purchase_order_seq",
			"DROP TABLE IF EXISTS staging_orders CASCADE",
			"DROP INDEX CONCURRENTLY IF EXISTS idx_old",
			"DROP VIEW IF EXISTS v_old",
			"TRUNCATE TABLE staging RESTART IDENTITY CASCADE",
			"INSERT INTO customers (email, name) VALUES ('ana@example.com', 'Ana'), ('bo@example.com', 'Bo')",
			"INSERT INTO audit (note) VALUES ('it''s done; DROP TABLE nothing -- not code')",
			"INSERT INTO orders (id, customer_id, total) SELECT id, customer_id, total FROM "
					+ "staging_orders ON CONFLICT DO NOTHING",
			"UPDATE orders SET status = 'closed' WHERE created_at < now() - interval '1 year'",
			"UPDATE orders SET region = 'eu'",
			"DELETE FROM orders WHERE status = 'cancelled' AND total = 0",
			"DELETE FROM audit WHERE 1=1",
			"SELECT setval('order_seq', (SELECT MAX(id) FROM orders))",
			"COMMENT ON COLUMN orders.region IS 'the sales region; drop when unused'",
			"GRANT SELECT, INSERT, UPDATE ON orders TO app",
			"SET search_path TO app",
			"CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$ BEGIN NEW.updated_at = now(); "
					+ "RETURN NEW; END $$ LANGUAGE plpgsql",
			"CREATE TRIGGER trg_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch()",
			"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN CREATE "
					+ "TYPE mood AS ENUM ('a', 'b'); END IF; END $$",
			"VACUUM ANALYZE orders",
			"-- housekeeping\nALTER TABLE /* legacy */ orders DROP -- old column\n COLUMN IF EXISTS obsolete",
			"CREATE TABLE t1 (id int); INSERT INTO t1 VALUES (1); DROP TABLE t0",
			"ALTER TABLE orders ALTER COLUMN id DROP DEFAULT",
			"ALTER TABLE orders ADD COLUMN drop_date date, ADD COLUMN truncated_at timestamp",
			"RENAME TABLE a TO b, c TO d",
			"ALTER VIEW v_big_orders RENAME TO v_large_orders");

	private SqlClassifierThroughput() {
	}

	/**
	 * Runs the measurement.
	 * @param args optionally the number of passes over the statements (default 2000)
	 */
	public static void main(String[] args) {
		int passes = (args.length > 0) ? Integer.parseInt(args[0]) : 2000;
		SqlClassifier classifier = new SqlClassifier();
		run(classifier, passes / 2);
		for (int round = 1; round <= 5; round++) {
			long start = System.nanoTime();
			int findings = run(classifier, passes);
			double seconds = (System.nanoTime() - start) / 1e9;
			long statements = (long) passes * STATEMENTS.size();
			System.out.printf("round %d: %d statements in %.2f s = %,.0f statements/second (%d findings)%n", round,
					statements, seconds, statements / seconds, findings);
		}
	}

	private static int run(SqlClassifier classifier, int passes) {
		int findings = 0;
		for (int pass = 0; pass < passes; pass++) {
			for (String sql : STATEMENTS) {
				findings += classifier.classify(sql, "sql").violations().size();
			}
		}
		return findings;
	}

}
