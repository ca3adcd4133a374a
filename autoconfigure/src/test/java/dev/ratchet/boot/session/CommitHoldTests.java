package dev.ratchet.boot.session;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CommitHold}.
 */
class CommitHoldTests {

	private final CommitHold hold = new CommitHold();

	@Test
	void commitsGoThroughUntilHeld() {
		assertThat(this.hold.swallow()).isFalse();
		assertThat(this.hold.commitsHeld()).isFalse();
	}

	@Test
	void aHeldCommitIsSwallowedUntilReleased() {
		this.hold.holdCommits();
		assertThat(this.hold.swallow()).isTrue();
		assertThat(this.hold.commitsHeld()).isTrue();
		this.hold.releaseCommits();
		assertThat(this.hold.swallow()).isFalse();
	}

	@Test
	void aHoldNobodyReleasesLetsCommitsThroughAfterTheTwoOfAChangeset() {
		this.hold.holdCommits();
		assertThat(this.hold.swallow()).isTrue();
		assertThat(this.hold.swallow()).isTrue();
		assertThat(this.hold.commitsHeld()).isFalse();
		assertThat(this.hold.swallow()).isFalse();
	}

}
