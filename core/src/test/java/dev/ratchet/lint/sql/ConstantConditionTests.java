package dev.ratchet.lint.sql;

import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ConstantCondition}.
 */
class ConstantConditionTests {

	@ParameterizedTest
	@ValueSource(strings = { "1=1", "true", "TRUE", "2>1", "1 >= 1", "0 < 1", "1 <= 2", "1 <> 2", "'a'='a'", "1=1 OR x=2",
			"x=2 OR 1=1", "(1 = 1)", "((true))", "NOT false", "NOT (1 = 0)", "1 = 1 AND 2 = 2", "1 + 1 = 2",
			"2 * 3 = 6", "-1 < 0", "1 IN (1, 2)", "3 NOT IN (1, 2)", "1 BETWEEN 0 AND 2", "NULL IS NULL",
			"1 IS NOT NULL", "true IS TRUE", "false IS NOT TRUE", "1", "id = id", "1.0 = 1", "t.id = t.id",
			"coalesce(a, '') = coalesce(a, '')", "lower(name) >= lower(name)", "x IS NULL OR x IS NOT NULL",
			"x IS NOT NULL OR x IS NULL", "a = 1 OR x IS NULL OR b = 2 OR x IS NOT NULL", "x > 0 OR x <= 0",
			"x < 0 OR x >= 0", "x = 1 OR x <> 1", "deleted OR NOT deleted", "NOT (x IS NULL AND x IS NOT NULL)",
			"x IS NOT DISTINCT FROM x", "name LIKE '%'", "EXISTS (SELECT 1)", "flag IS TRUE OR flag IS NOT TRUE",
			"(id = id) AND (1 = 1)", "status IN ('a', status)", "id BETWEEN id AND id" })
	void recognisesConditionsThatHoldForEveryRow(String condition) throws Exception {
		assertThat(ConstantCondition.isAlwaysTrue(CCJSqlParserUtil.parseCondExpression(condition))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "id = 5", "1 = 0", "false", "0", "1 = 1 AND id = 5", "(a = 1 OR 1 = 1) AND b = 2",
			"'x' = 'y'", "1 = '1'", "NULL = NULL", "a IS NULL", "id IN (SELECT id FROM t)", "x > 1", "a = b",
			"1 BETWEEN 2 AND 3", "NOT true", "deleted", "random() = random()", "a.id = b.id", "x IS NULL OR y IS NOT NULL",
			"x > 0 OR y <= 0", "name LIKE 'a%'", "name NOT LIKE '%'", "EXISTS (SELECT 1 FROM t WHERE a = 1)",
			"NOT EXISTS (SELECT 1)", "x IS DISTINCT FROM x", "x IS NULL AND x IS NOT NULL", "id <> id",
			"nextval('s') = nextval('s')", "status IN ('a', 'b')", "id BETWEEN 1 AND id" })
	void treatsConditionsThatDependOnTheRowAsSelective(String condition) throws Exception {
		assertThat(ConstantCondition.isAlwaysTrue(CCJSqlParserUtil.parseCondExpression(condition))).isFalse();
	}

	@Test
	void aColumnInTheSameColumnOfTheSameTableHoldsForEveryRowOfThatTable() {
		assertThat(ConstantCondition.isAlwaysTrue("id IN (SELECT id FROM orders)", "orders")).isTrue();
		assertThat(ConstantCondition.isAlwaysTrue("id IN (SELECT \"ID\" FROM public.orders)", "public.orders")).isTrue();
		assertThat(ConstantCondition.isAlwaysTrue("id IN (SELECT id FROM orders)", "customers")).isFalse();
		assertThat(ConstantCondition.isAlwaysTrue("id IN (SELECT id FROM orders WHERE total > 0)", "orders")).isFalse();
		assertThat(ConstantCondition.isAlwaysTrue("id IN (SELECT customer_id FROM orders)", "orders")).isFalse();
		assertThat(ConstantCondition.isAlwaysTrue("id NOT IN (SELECT id FROM orders)", "orders")).isFalse();
	}

}
