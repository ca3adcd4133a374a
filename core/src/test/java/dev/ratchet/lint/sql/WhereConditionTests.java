package dev.ratchet.lint.sql;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ConstantCondition#isAlwaysTrue(String)}, the {@code where} of typed
 * delete and update changes.
 */
class WhereConditionTests {

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "1=1", " 1 = 1 ", "(1 = 1)", "true", "TRUE", "(true)", "1", "'1' = '1'", "2 = 2", "1=1 OR id = 5", "2 > 1" })
	void missingOrConstantTrueConditionSelectsEveryRow(String where) {
		assertThat(ConstantCondition.isAlwaysTrue(where)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "id = 5", "status = 'obsolete'", "expires_at < CURRENT_TIMESTAMP", "1=1 AND id = 5", "id = id + 0 AND status <> 'x'", "not a readable condition (" })
	void realConditionDoesNotSelectEveryRow(String where) {
		assertThat(ConstantCondition.isAlwaysTrue(where)).isFalse();
	}

}
