package dev.ratchet.boot.compat;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import dev.ratchet.boot.compat.ledger.Account;
import dev.ratchet.boot.compat.ledger.LedgerUnit;
import dev.ratchet.compat.CompatCounter.Kind;
import dev.ratchet.compat.CompatUsage;
import dev.ratchet.compat.RatchetSchema;
import dev.ratchet.compat.WritePolicy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tests for {@link CompatWriteGuard}: the ledger entities with plain Hibernate on an H2
 * database whose {@code account} table lacks {@code nickname}, {@code score} and
 * {@code phone}.
 */
class CompatWriteGuardTests {

	private final CompatUsage usage = new CompatUsage();

	@Test
	void anInsertWithoutValuesForMissingColumnsIsWritten() throws Exception {
		String url = LedgerUnit.release1();
		onLedger(url, WritePolicy.REJECT, (entityManager) -> entityManager.persist(new Account(2L, "Grace")));
		assertThat(LedgerUnit.query(url, "select name from account where id = 2")).isEqualTo("Grace");
		assertThat(this.usage.count(Kind.WRITE, "Account", "rejected")).isZero();
	}

	@Test
	void anInsertCarryingAValueForAMissingColumnIsRejectedAndNothingIsWritten() throws Exception {
		String url = LedgerUnit.release1();
		Account account = new Account(2L, "Grace");
		account.getContact().setPhone("+33 1 23 45 67 89");
		account.setScore(3);
		Throwable thrown = catchThrowable(
				() -> onLedger(url, WritePolicy.REJECT, (entityManager) -> entityManager.persist(account)));
		assertThat(rootOf(thrown)).isInstanceOf(DegradedColumnWriteException.class)
			.hasMessageContaining("Cannot write Account.")
			.hasMessageContaining("contact.phone")
			.hasMessageContaining("account.score")
			.hasMessageContaining("account.phone");
		assertThat(LedgerUnit.query(url, "select count(*) from account")).isEqualTo(1L);
		assertThat(this.usage.count(Kind.WRITE, "Account", "rejected")).isEqualTo(1);
	}

	@Test
	void anUpdateThatChangesOnlyPresentColumnsIsWritten() throws Exception {
		String url = LedgerUnit.release1();
		onLedger(url, WritePolicy.REJECT, (entityManager) -> entityManager.find(Account.class, 1L).setName("Ada L."));
		assertThat(LedgerUnit.query(url, "select name from account where id = 1")).isEqualTo("Ada L.");
	}

	@Test
	void anUpdateThatSetsAMissingColumnIsRejected() throws Exception {
		String url = LedgerUnit.release1();
		Throwable thrown = catchThrowable(() -> onLedger(url, WritePolicy.REJECT, (entityManager) -> {
			Account account = entityManager.find(Account.class, 1L);
			account.setName("Ada L.");
			account.setNickname("Countess");
		}));
		assertThat(rootOf(thrown)).isInstanceOf(DegradedColumnWriteException.class)
			.hasMessageContaining("Account.nickname");
		assertThat(LedgerUnit.query(url, "select name from account where id = 1")).isEqualTo("Ada");
	}

	@Test
	void underDropTheValuesOfMissingColumnsAreDroppedAndCounted() throws Exception {
		String url = LedgerUnit.release1();
		Account created = new Account(2L, "Grace");
		created.setNickname("Amazing");
		onLedger(url, WritePolicy.DROP, (entityManager) -> entityManager.persist(created));
		onLedger(url, WritePolicy.DROP, (entityManager) -> {
			Account account = entityManager.find(Account.class, 1L);
			account.setScore(5);
			account.setName("Ada L.");
		});
		assertThat(LedgerUnit.query(url, "select name from account where id = 1")).isEqualTo("Ada L.");
		assertThat(LedgerUnit.query(url, "select name from account where id = 2")).isEqualTo("Grace");
		assertThat(this.usage.count(Kind.WRITE, "Account", "dropped")).isEqualTo(2);
	}

	private void onLedger(String url, WritePolicy writes, Consumer<EntityManager> work) {
		Map<String, Object> settings = new HashMap<>();
		new CompatCustomizer(writes, this.usage, new CompatRegistry(), new RatchetSchema()).customize(settings);
		try (EntityManagerFactory factory = LedgerUnit.start(url, settings);
				EntityManager entityManager = factory.createEntityManager()) {
			entityManager.getTransaction().begin();
			try {
				work.accept(entityManager);
				entityManager.getTransaction().commit();
			}
			finally {
				if (entityManager.getTransaction().isActive()) {
					entityManager.getTransaction().rollback();
				}
			}
		}
	}

	private static Throwable rootOf(Throwable thrown) {
		Throwable cause = thrown;
		while (cause != null && !(cause instanceof DegradedColumnWriteException)) {
			cause = cause.getCause();
		}
		return (cause != null) ? cause : thrown;
	}

}
