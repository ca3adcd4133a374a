package dev.ratchet.lint.oracle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TransactionControl}.
 */
class TransactionControlTests {

	@Test
	void beginAndStartTransactionOpenABlockPastCommentsAndCase() {
		assertThat(TransactionControl.of("  -- open\nBEGIN")).isEqualTo(TransactionControl.BEGIN);
		assertThat(TransactionControl.of("start transaction isolation level serializable"))
			.isEqualTo(TransactionControl.BEGIN);
	}

	@Test
	void commitEndRollbackAndAbortEndIt() {
		assertThat(TransactionControl.of("commit")).isEqualTo(TransactionControl.END);
		assertThat(TransactionControl.of("end")).isEqualTo(TransactionControl.END);
		assertThat(TransactionControl.of("ROLLBACK WORK")).isEqualTo(TransactionControl.END);
		assertThat(TransactionControl.of("abort")).isEqualTo(TransactionControl.END);
	}

	@Test
	void savepointsTwoPhaseCommitAndCommentedKeywordsDoNot() {
		assertThat(TransactionControl.of("rollback to savepoint s")).isEqualTo(TransactionControl.NONE);
		assertThat(TransactionControl.of("commit prepared 'x'")).isEqualTo(TransactionControl.NONE);
		assertThat(TransactionControl.of("/* begin */ create index x on t (c)")).isEqualTo(TransactionControl.NONE);
	}

}
