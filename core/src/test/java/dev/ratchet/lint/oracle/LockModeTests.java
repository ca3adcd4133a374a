package dev.ratchet.lint.oracle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link LockMode}.
 */
class LockModeTests {

	@Test
	void readsTheModesAsPgLocksNamesThem() {
		assertThat(LockMode.of("ShareUpdateExclusiveLock")).isEqualTo(LockMode.SHARE_UPDATE_EXCLUSIVE);
		assertThat(LockMode.of("AccessExclusiveLock")).isEqualTo(LockMode.ACCESS_EXCLUSIVE);
		assertThatIllegalArgumentException().isThrownBy(() -> LockMode.of("SIReadLock"));
	}

	@Test
	void onlyShareAndStrongerBlockWrites() {
		assertThat(LockMode.SHARE_UPDATE_EXCLUSIVE.blocksWrites()).isFalse();
		assertThat(LockMode.SHARE.blocksWrites()).isTrue();
		assertThat(LockMode.ACCESS_EXCLUSIVE.blocksWrites()).isTrue();
	}

	@Test
	void onlyAccessExclusiveBlocksReads() {
		assertThat(LockMode.EXCLUSIVE.blocksReads()).isFalse();
		assertThat(LockMode.ACCESS_EXCLUSIVE.blocksReads()).isTrue();
	}

	@Test
	void theStrongestOfTwoModesIsTheLaterOne() {
		assertThat(LockMode.SHARE.strongest(LockMode.ROW_EXCLUSIVE)).isEqualTo(LockMode.SHARE);
		assertThat(LockMode.NONE.strongest(LockMode.ACCESS_SHARE)).isEqualTo(LockMode.ACCESS_SHARE);
	}

	@Test
	void spellsTheModeAsLockTableDoes() {
		assertThat(LockMode.SHARE_ROW_EXCLUSIVE.sql()).isEqualTo("SHARE ROW EXCLUSIVE");
	}

}
