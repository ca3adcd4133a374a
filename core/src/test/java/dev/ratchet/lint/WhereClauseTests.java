package dev.ratchet.lint;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link WhereClause}.
 */
class WhereClauseTests {

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "1=1", " 1 = 1 ", "(1 = 1)", "true", "TRUE", "(true)", "1", "'1' = '1'" })
	void missingOrConstantTrueConditionSelectsEveryRow(String where) {
		assertThat(WhereClause.isAlwaysTrue(where)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "id = 5", "status = 'obsolete'", "expires_at < CURRENT_TIMESTAMP", "1=1 AND id = 5" })
	void realConditionDoesNotSelectEveryRow(String where) {
		assertThat(WhereClause.isAlwaysTrue(where)).isFalse();
	}

}
