package dev.ratchet.lint.oracle;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LockOracle}: it reports what PostgreSQL is known to do for statements
 * whose locks and work are documented.
 */
class LockOracleSelfTests {

	private static final List<String> FIXTURE = List.of(
			"create table customer (id bigint primary key, name varchar(50))",
			"create table orders (id bigint primary key, customer_id bigint, status varchar(50), qty int, ref varchar(40))",
			"create index orders_qty_idx on orders (qty)",
			"insert into customer select n, 'customer ' || n from generate_series(1, 1000) n",
			"insert into orders select n, n, 'new', n, 'r' || n from generate_series(1, 1000) n");

	private static final String ADD_FOREIGN_KEY = "alter table orders add constraint orders_customer_fk foreign key (customer_id) references customer (id)";

	private static LockOracle oracle;

	@AfterAll
	static void closeOracle() throws Exception {
		if (oracle != null) {
			oracle.close();
		}
	}

	@Test
	void createIndexHoldsShareAndBuildsTheIndexWithoutRewritingTheTable() throws Exception {
		TableWork orders = inTransaction("create index orders_status_idx on orders (status)").table("orders");
		assertThat(orders.lock()).isEqualTo(LockMode.SHARE);
		assertThat(orders.indexBuilt()).isTrue();
		assertThat(orders.constraintIndexBuilt()).isFalse();
		assertThat(orders.reindexed()).isFalse();
		assertThat(orders.rewritten()).isFalse();
		assertThat(orders.lockDuringWork()).isEqualTo(LockMode.SHARE);
	}

	@Test
	void addingAColumnWithAVolatileDefaultRewritesTheTableUnderAccessExclusive() throws Exception {
		TableWork orders = inTransaction("alter table orders add column uid uuid default gen_random_uuid()")
			.table("orders");
		assertThat(orders.lock()).isEqualTo(LockMode.ACCESS_EXCLUSIVE);
		assertThat(orders.rewritten()).isTrue();
		assertThat(orders.reindexed()).isTrue();
		assertThat(orders.lockDuringWork()).isEqualTo(LockMode.ACCESS_EXCLUSIVE);
	}

	@Test
	void addingAColumnWithAConstantDefaultTakesAccessExclusiveButNeitherRewritesNorScans() throws Exception {
		TableWork orders = inTransaction("alter table orders add column flag int default 0").table("orders");
		assertThat(orders.lock()).isEqualTo(LockMode.ACCESS_EXCLUSIVE);
		assertThat(orders.rewritten()).isFalse();
		assertThat(orders.seqScans()).isZero();
		assertThat(orders.worked()).isFalse();
		assertThat(orders.lockDuringWork()).isEqualTo(LockMode.NONE);
	}

	@Test
	void addingACheckConstraintScansTheTableUnderAccessExclusive() throws Exception {
		TableWork orders = inTransaction("alter table orders add constraint qty_positive check (qty > 0)")
			.table("orders");
		assertThat(orders.lock()).isEqualTo(LockMode.ACCESS_EXCLUSIVE);
		assertThat(orders.seqScans()).isPositive();
		assertThat(orders.rewritten()).isFalse();
		assertThat(orders.lockDuringWork()).isEqualTo(LockMode.ACCESS_EXCLUSIVE);
	}

	@Test
	void addingAForeignKeyScansTheTableUnderShareRowExclusiveOnBothTables() throws Exception {
		Observation observation = inTransaction(ADD_FOREIGN_KEY);
		TableWork orders = observation.table("orders");
		assertThat(orders.lock()).isEqualTo(LockMode.SHARE_ROW_EXCLUSIVE);
		assertThat(orders.seqScans()).isPositive();
		assertThat(orders.lockDuringWork()).isEqualTo(LockMode.SHARE_ROW_EXCLUSIVE);
		assertThat(observation.table("customer").lock()).isGreaterThanOrEqualTo(LockMode.SHARE_ROW_EXCLUSIVE);
	}

	@Test
	void addingAForeignKeyNotValidDoesNotScan() throws Exception {
		Observation observation = inTransaction(ADD_FOREIGN_KEY + " not valid");
		TableWork orders = observation.table("orders");
		assertThat(orders.lock()).isEqualTo(LockMode.SHARE_ROW_EXCLUSIVE);
		assertThat(orders.seqScans()).isZero();
		assertThat(orders.worked()).isFalse();
		assertThat(observation.table("customer").seqScans()).isZero();
	}

	@Test
	void validatingInTheSameTransactionScansUnderTheLockTheAddTook() throws Exception {
		TableWork orders = inTransaction(ADD_FOREIGN_KEY + " not valid",
				"alter table orders validate constraint orders_customer_fk")
			.table("orders");
		assertThat(orders.seqScans()).isPositive();
		assertThat(orders.lockDuringWork()).isEqualTo(LockMode.SHARE_ROW_EXCLUSIVE);
	}

	@Test
	void validatingInItsOwnTransactionScansUnderShareUpdateExclusive() throws Exception {
		Observation observation = autocommit(ADD_FOREIGN_KEY + " not valid",
				"alter table orders validate constraint orders_customer_fk");
		TableWork orders = observation.table("orders");
		assertThat(orders.lock()).isEqualTo(LockMode.SHARE_ROW_EXCLUSIVE);
		assertThat(orders.seqScans()).isPositive();
		assertThat(orders.lockDuringWork()).isEqualTo(LockMode.SHARE_UPDATE_EXCLUSIVE);
	}

	@Test
	void workIsCreditedToTheLockHeldWhenItHappenedNotWhenTheStatementStarted() throws Exception {
		TableWork orders = inTransaction("lock table orders in access exclusive mode",
				"select count(*) from orders where status = 'shipped'")
			.table("orders");
		assertThat(orders.seqScans()).isPositive();
		assertThat(orders.lockDuringWork()).isEqualTo(LockMode.ACCESS_EXCLUSIVE);
	}

	@Test
	void createIndexConcurrentlyOutsideATransactionHoldsShareUpdateExclusive() throws Exception {
		Observation observation = autocommit("create index concurrently orders_ref_idx on orders (ref)");
		TableWork orders = observation.table("orders");
		assertThat(observation.failed()).isFalse();
		assertThat(orders.lock()).isEqualTo(LockMode.SHARE_UPDATE_EXCLUSIVE);
		assertThat(orders.indexBuilt()).isTrue();
		assertThat(orders.rewritten()).isFalse();
		assertThat(orders.lockDuringWork()).isEqualTo(LockMode.SHARE_UPDATE_EXCLUSIVE);
		assertThat(observation.table("customer").lock()).isEqualTo(LockMode.NONE);
	}

	@Test
	void createIndexConcurrentlyInATransactionFailsAsAnActiveTransaction() throws Exception {
		Observation observation = inTransaction("create index concurrently orders_ref_idx on orders (ref)");
		assertThat(observation.failed()).isTrue();
		assertThat(observation.sqlState()).isEqualTo("25001");
		assertThat(observation.table("orders").lock()).isEqualTo(LockMode.NONE);
		assertThat(observation.table("orders").indexBuilt()).isFalse();
	}

	@Test
	void createIndexConcurrentlyInAnExplicitBlockFailsAsAnActiveTransaction() throws Exception {
		Observation observation = autocommit("begin", "create index concurrently x on orders (ref)", "commit");
		assertThat(observation.sqlState()).isEqualTo("25001");
		assertThat(observation.statements()).containsExactly("begin", "create index concurrently x on orders (ref)");
	}

	@Test
	void aFailedCreateIndexConcurrentlyLeavesItsInvalidIndexBehind() throws Exception {
		Observation observation = autocommit("create unique index concurrently orders_status_key on orders (status)",
				"select 1");
		TableWork orders = observation.table("orders");
		assertThat(observation.sqlState()).isEqualTo("23505");
		assertThat(observation.statements()).hasSize(1);
		assertThat(orders.lock()).isEqualTo(LockMode.SHARE_UPDATE_EXCLUSIVE);
		assertThat(orders.indexBuilt()).isTrue();
	}

	@Test
	void vacuumFullRewritesTheTableUnderAccessExclusive() throws Exception {
		Observation observation = autocommit("vacuum full orders");
		TableWork orders = observation.table("orders");
		assertThat(observation.failed()).isFalse();
		assertThat(orders.lock()).isEqualTo(LockMode.ACCESS_EXCLUSIVE);
		assertThat(orders.rewritten()).isTrue();
		assertThat(orders.reindexed()).isTrue();
		assertThat(orders.lockDuringWork()).isEqualTo(LockMode.ACCESS_EXCLUSIVE);
	}

	@Test
	void plainVacuumHoldsShareUpdateExclusiveWithoutRewriting() throws Exception {
		TableWork orders = autocommit("vacuum orders").table("orders");
		assertThat(orders.lock()).isEqualTo(LockMode.SHARE_UPDATE_EXCLUSIVE);
		assertThat(orders.rewritten()).isFalse();
		assertThat(orders.indexBuilt()).isFalse();
	}

	@Test
	void reindexConcurrentlyReplacesTheIndexUnderShareUpdateExclusive() throws Exception {
		TableWork orders = autocommit("reindex index concurrently orders_qty_idx").table("orders");
		assertThat(orders.lock()).isEqualTo(LockMode.SHARE_UPDATE_EXCLUSIVE);
		assertThat(orders.reindexed()).isTrue();
		assertThat(orders.rewritten()).isFalse();
	}

	@Test
	void addingAUniqueConstraintBuildsItsIndexUnderAccessExclusive() throws Exception {
		TableWork orders = inTransaction("alter table orders add constraint orders_ref_key unique (ref)")
			.table("orders");
		assertThat(orders.lock()).isEqualTo(LockMode.ACCESS_EXCLUSIVE);
		assertThat(orders.indexBuilt()).isTrue();
		assertThat(orders.constraintIndexBuilt()).isTrue();
		assertThat(orders.rewritten()).isFalse();
		assertThat(orders.lockDuringWork()).isEqualTo(LockMode.ACCESS_EXCLUSIVE);
	}

	private static Observation inTransaction(String... statements) throws Exception {
		return oracle().observe(FIXTURE, List.of(statements), true);
	}

	private static Observation autocommit(String... statements) throws Exception {
		return oracle().observe(FIXTURE, List.of(statements), false);
	}

	private static LockOracle oracle() throws Exception {
		if (oracle == null) {
			oracle = LockOracle.create();
		}
		return oracle;
	}

}
