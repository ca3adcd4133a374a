package dev.ratchet.compat;

import dev.ratchet.compat.DegradedSql.UnusableTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DegradedSql}, on SQL as Hibernate sends it once compat mode has
 * rewritten the mapping.
 */
class DegradedSqlTests {

	private static final String PHONE = DegradedSql.nullOf("varchar(255)", null);

	@Test
	void readsADegradedColumnAsATypedNullCarryingTheMarker() {
		assertThat(DegradedSql.nullOf("varchar(255)", null))
			.isEqualTo("cast(nullif('ratchet-compat', 'ratchet-compat') as varchar(255))");
	}

	@Test
	void readsADegradedPrimitiveColumnAsItsDefault() {
		assertThat(DegradedSql.nullOf("integer", "0"))
			.isEqualTo("coalesce(cast(nullif('ratchet-compat', 'ratchet-compat') as integer), 0)");
		assertThat(DegradedSql.nullOf("boolean", "false"))
			.isEqualTo("coalesce(cast(nullif('ratchet-compat', 'ratchet-compat') as boolean), false)");
	}

	@Test
	void findsTheEntityAndTableOfAnUnusableTableInAStatement() {
		String subselect = DegradedSql.unusableTable("AuditEntry", "audit_entry");
		String sql = "select ae1_0.id, ae1_0.message from (" + subselect + ") ae1_0 where ae1_0.id = ?";
		assertThat(DegradedSql.unusableTableIn(sql)).isEqualTo(new UnusableTable("AuditEntry", "audit_entry"));
	}

	@Test
	void findsTheEntityAndTableOfAnUnusableTableOnItsOwn() {
		String subselect = DegradedSql.unusableTable("com.example.CardPayment", "public.card_payment");
		assertThat(DegradedSql.unusableTableIn(subselect))
			.isEqualTo(new UnusableTable("com.example.CardPayment", "public.card_payment"));
	}

	@Test
	void findsNoUnusableTableInAStatementWithoutOne() {
		assertThat(DegradedSql.unusableTableIn("select c1_0.id, c1_0.name from customer c1_0 where c1_0.id = ?"))
			.isNull();
		assertThat(DegradedSql.unusableTableIn("select c1_0.id, " + PHONE + " from customer c1_0")).isNull();
	}

	@Test
	void recognisesAStatementThatUsesADegradedColumn() {
		assertThat(DegradedSql.usesDegradedColumn("select c1_0.id, " + PHONE + " from customer c1_0")).isTrue();
		assertThat(DegradedSql.usesDegradedColumn(
				"select c1_0.id, " + DegradedSql.nullOf("integer", "0") + " from customer c1_0"))
			.isTrue();
		assertThat(DegradedSql.usesDegradedColumn("select c1_0.id, c1_0.phone from customer c1_0")).isFalse();
		assertThat(DegradedSql.usesDegradedColumn(DegradedSql.unusableTable("AuditEntry", "audit_entry")))
			.isFalse();
	}

	@Test
	void aStatementWithoutADegradedColumnHasNoUsages() {
		assertThat(DegradedSql.usages("select c1_0.id, c1_0.phone from customer c1_0 where c1_0.phone = ?"))
			.isEmpty();
	}

	@Test
	void aDegradedColumnReadOnlyInTheSelectListIsASelect() {
		String sql = "select c1_0.id, c1_0.name, " + PHONE + " from customer c1_0 where c1_0.id = ?";
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.SELECT);
	}

	@Test
	void aDegradedPrimitiveColumnReadInTheSelectListIsASelect() {
		String sql = "select c1_0.id, " + DegradedSql.nullOf("integer", "0")
				+ " from customer c1_0 offset ? rows fetch first ? rows only";
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.SELECT);
	}

	@Test
	void aDegradedColumnOnlyInTheWhereClauseIsAPredicate() {
		String sql = "select c1_0.id, c1_0.name from customer c1_0 where " + PHONE + " = ?";
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.PREDICATE);
	}

	@Test
	void aDegradedColumnInTheSelectListAndTheWhereClauseIsBoth() {
		String sql = "select c1_0.id, " + PHONE + " from customer c1_0 where " + PHONE + " = ?";
		assertThat(DegradedSql.usages(sql)).containsExactlyInAnyOrder(SqlUsage.SELECT, SqlUsage.PREDICATE);
	}

	@Test
	void aDegradedColumnInTheOrderByIsAPredicate() {
		String sql = "select c1_0.id, c1_0.name from customer c1_0 order by " + PHONE
				+ " desc fetch first ? rows only";
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.PREDICATE);
	}

	@Test
	void aDegradedColumnInTheGroupByIsAPredicate() {
		String sql = "select count(c1_0.id) from customer c1_0 group by " + PHONE;
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.PREDICATE);
	}

	@Test
	void aDegradedColumnInTheHavingIsAPredicate() {
		String sql = "select c1_0.name, count(c1_0.id) from customer c1_0 group by c1_0.name having max(" + PHONE
				+ ") is not null";
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.PREDICATE);
	}

	@Test
	void aDegradedColumnInAJoinConditionIsAPredicate() {
		String sql = "select o1_0.id, o1_0.total from orders o1_0 join customer c1_0"
				+ " on c1_0.id = o1_0.customer_id and " + PHONE + " = ? where o1_0.id = ?";
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.PREDICATE);
	}

	@Test
	void aDegradedColumnInALeftJoinConditionAndTheSelectListIsBoth() {
		String sql = "select o1_0.id, " + PHONE + " from orders o1_0 left join customer c1_0"
				+ " on c1_0.id = o1_0.customer_id and " + PHONE + " is not null";
		assertThat(DegradedSql.usages(sql)).containsExactlyInAnyOrder(SqlUsage.SELECT, SqlUsage.PREDICATE);
	}

	@Test
	void aDegradedColumnInASubqueryOfTheWhereClauseIsAPredicate() {
		String sql = "select o1_0.id from orders o1_0"
				+ " where o1_0.customer_id in (select c1_0.id from customer c1_0 where " + PHONE + " = ?)";
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.PREDICATE);
	}

	@Test
	void aDegradedColumnInTheSelectListOfADerivedTableIsASelect() {
		String sql = "select d1_0.id, d1_0.phone from (select c1_0.id as id, " + PHONE
				+ " as phone from customer c1_0) d1_0 where d1_0.id = ?";
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.SELECT);
	}

	@Test
	void aDegradedColumnInTheWhereClauseOfADerivedTableIsAPredicate() {
		String sql = "select d1_0.id from (select c1_0.id as id from customer c1_0 where " + PHONE
				+ " = ?) d1_0";
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.PREDICATE);
	}

	@Test
	void aDegradedColumnInTheSelectListOfAJoinedDerivedTableIsASelect() {
		String sql = "select o1_0.id, d1_0.phone from orders o1_0 join (select c1_0.id as id, " + PHONE
				+ " as phone from customer c1_0) d1_0 on d1_0.id = o1_0.customer_id";
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.SELECT);
	}

	@Test
	void aDegradedColumnInOneBranchOfAUnionIsFound() {
		String sql = "select c1_0.id, " + PHONE
				+ " from customer c1_0 union all select s1_0.id, s1_0.phone from supplier s1_0";
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.SELECT);
	}

	@Test
	void aDegradedColumnInTheWhereClauseOfAUnionBranchIsAPredicate() {
		String sql = "select c1_0.id from customer c1_0 union select s1_0.id from supplier s1_0 where " + PHONE
				+ " = ?";
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.PREDICATE);
	}

	@Test
	void aDegradedColumnInTheOrderByOfAUnionIsAPredicate() {
		String sql = "select c1_0.id, c1_0.name from customer c1_0"
				+ " union select s1_0.id, s1_0.name from supplier s1_0 order by " + PHONE;
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.PREDICATE);
	}

	@Test
	void aDegradedColumnInACommonTableExpressionIsFound() {
		String sql = "with recent as (select c1_0.id as id, " + PHONE
				+ " as phone from customer c1_0) select r1_0.id, r1_0.phone from recent r1_0";
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.SELECT);
	}

	@Test
	void aDegradedColumnInTheWhereClauseOfACommonTableExpressionIsAPredicate() {
		String sql = "with hte_payment(id) as (select p1_0.id from payment p1_0 where " + PHONE
				+ " = ?), dml_cte(id) as (delete from card_payment where id in (select id from hte_payment)"
				+ " returning id)"
				+ " select count(*) from dml_cte";
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.PREDICATE);
	}

	@Test
	void anUpdateThatUsesADegradedColumnIsAPredicate() {
		String sql = "update customer set name=? where " + PHONE + " = ?";
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.PREDICATE);
	}

	@Test
	void aDeleteThatUsesADegradedColumnIsAPredicate() {
		String sql = "delete from customer c1_0 where " + PHONE + " is null";
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.PREDICATE);
	}

	@Test
	void aStatementTheParserCannotReadCountsAsASelect() {
		String sql = "select c1_0.id, " + PHONE + " from customer c1_0 where ((( this is not sql";
		assertThat(DegradedSql.usages(sql)).containsExactly(SqlUsage.SELECT);
	}

	@Test
	void namesUsagesForMetrics() {
		assertThat(SqlUsage.SELECT.id()).isEqualTo("select");
		assertThat(SqlUsage.PREDICATE.id()).isEqualTo("predicate");
	}

}
