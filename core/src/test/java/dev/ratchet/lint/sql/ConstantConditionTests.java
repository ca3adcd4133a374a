package dev.ratchet.lint.sql;

import net.sf.jsqlparser.parser.CCJSqlParserUtil;
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
			"1 IS NOT NULL", "true IS TRUE", "false IS NOT TRUE", "1", "id = id", "1.0 = 1" })
	void recognisesConditionsThatHoldForEveryRow(String condition) throws Exception {
		assertThat(ConstantCondition.isAlwaysTrue(CCJSqlParserUtil.parseCondExpression(condition))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "id = 5", "1 = 0", "false", "0", "1 = 1 AND id = 5", "(a = 1 OR 1 = 1) AND b = 2",
			"'x' = 'y'", "1 = '1'", "NULL = NULL", "a IS NULL", "id IN (SELECT id FROM t)", "x > 1", "a = b",
			"1 BETWEEN 2 AND 3", "NOT true", "deleted" })
	void treatsConditionsThatDependOnTheRowAsSelective(String condition) throws Exception {
		assertThat(ConstantCondition.isAlwaysTrue(CCJSqlParserUtil.parseCondExpression(condition))).isFalse();
	}

}
