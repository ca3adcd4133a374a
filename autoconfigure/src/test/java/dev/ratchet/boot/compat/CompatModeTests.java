package dev.ratchet.boot.compat;

import java.math.BigDecimal;
import java.util.List;

import dev.ratchet.boot.compat.store.Address;
import dev.ratchet.boot.compat.store.AuditEntry;
import dev.ratchet.boot.compat.store.AuditEntryRepository;
import dev.ratchet.boot.compat.store.BankTransfer;
import dev.ratchet.boot.compat.store.Car;
import dev.ratchet.boot.compat.store.Customer;
import dev.ratchet.boot.compat.store.CustomerRepository;
import dev.ratchet.boot.compat.store.GiftCard;
import dev.ratchet.boot.compat.store.Payment;
import dev.ratchet.boot.compat.store.Region;
import dev.ratchet.boot.compat.store.StoreEntities;
import dev.ratchet.boot.compat.store.Ticket;
import dev.ratchet.boot.compat.store.Truck;
import dev.ratchet.boot.compat.store.Vehicle;
import dev.ratchet.boot.snapshot.MigrationSnapshots;
import dev.ratchet.boot.snapshot.SnapshotRefresher;
import dev.ratchet.boot.testsupport.JpaApps;
import dev.ratchet.boot.testsupport.SqlDatabase;
import dev.ratchet.boot.testsupport.SqlDatabase.Engine;
import dev.ratchet.boot.testsupport.StatementRecorder;
import dev.ratchet.compat.CompatCounter.Kind;
import dev.ratchet.compat.CompatState;
import dev.ratchet.compat.CompatUsage;
import dev.ratchet.compat.RatchetSchema;
import dev.ratchet.state.MigrationStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Compat mode end to end: release 2 of a store's entities on a database still at release
 * 1, on H2, PostgreSQL and MariaDB, under {@code ddl-auto=validate}.
 */
class CompatModeTests {

	@ParameterizedTest
	@EnumSource(Engine.class)
	void readsMissingColumnsAsNullAndPrimitivesAsTheirDefault(Engine engine) throws Exception {
		onLaggingStore(engine, (database, context) -> {
			Customer customer = context.getBean(CustomerRepository.class).findAll().get(0);
			assertThat(customer.getName()).isEqualTo("Ada");
			assertThat(customer.getAddress().getCity()).isEqualTo("Paris");
			assertThat(customer.getPhone()).isNull();
			assertThat(customer.getSince()).isNull();
			assertThat(customer.getAddress().getPostcode()).isNull();
			assertThat(customer.getRegion()).isNull();
			assertThat(customer.getLoyaltyPoints()).isZero();
			assertThat(customer.isVip()).isFalse();
		});
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void writesThatCarryNoValueForAMissingColumnPass(Engine engine) throws Exception {
		onLaggingStore(engine, (database, context) -> {
			CustomerRepository customers = context.getBean(CustomerRepository.class);
			Customer saved = customers.save(new Customer("Grace", new Address("Lyon", null)));
			saved.setName("Grace H.");
			customers.save(saved);
			assertThat(database.query("select name from customer order by id")).containsExactly("Ada", "Grace H.");
			assertThat(usage(context).count(Kind.WRITE, "Customer", "rejected")).isZero();
		});
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void aWriteCarryingAValueForAMissingColumnIsRejectedNamingEntityAndColumn(Engine engine) throws Exception {
		onLaggingStore(engine, (database, context) -> {
			CustomerRepository customers = context.getBean(CustomerRepository.class);
			Customer created = new Customer("Grace", new Address("Lyon", "69001"));
			assertFailure(() -> customers.save(created))
				.isInstanceOf(DegradedColumnWriteException.class)
				.hasMessageContaining("Customer.address.postcode")
				.hasMessageContaining("customer.postcode");
			Customer existing = customers.findAll().get(0);
			existing.setPhone("+33 1 23 45 67 89");
			assertFailure(() -> customers.save(existing))
				.isInstanceOf(DegradedColumnWriteException.class)
				.hasMessageContaining("Customer.phone")
				.hasMessageContaining("customer.phone");
			assertThat(database.query("select name from customer")).containsExactly("Ada");
			assertThat(usage(context).count(Kind.WRITE, "Customer", "rejected")).isEqualTo(2);
		});
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void underDropAWriteLosesTheValueOfAMissingColumnAndIsCounted(Engine engine) throws Exception {
		onLaggingStore(engine, List.of("ratchet.compat.writes=drop"), (database, context) -> {
			CustomerRepository customers = context.getBean(CustomerRepository.class);
			Customer created = new Customer("Grace", new Address("Lyon", "69001"));
			created.setLoyaltyPoints(10);
			Long id = customers.save(created).getId();
			Customer existing = customers.findById(id).orElseThrow();
			assertThat(existing.getAddress().getPostcode()).isNull();
			assertThat(existing.getLoyaltyPoints()).isZero();
			existing.setPhone("+33 1 23 45 67 89");
			customers.save(existing);
			assertThat(database.query("select name from customer order by id")).containsExactly("Ada", "Grace");
			assertThat(usage(context).count(Kind.WRITE, "Customer", "dropped")).isEqualTo(2);
		});
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void queriesThatFilterOrSortOnAMissingColumnSeeItAllNull(Engine engine) throws Exception {
		onLaggingStore(engine, (database, context) -> {
			CustomerRepository customers = context.getBean(CustomerRepository.class);
			assertThat(customers.findByPhone("+33 1 23 45 67 89")).isEmpty();
			assertThat(customers.findByPhoneIsNullOrderByPhoneAscNameAsc()).extracting(Customer::getName)
				.containsExactly("Ada");
			assertThat(customers.findWithoutPostcode()).extracting(Customer::getName).containsExactly("Ada");
			CompatUsage usage = usage(context);
			assertThat(usage.count(Kind.QUERY, null, "predicate")).isEqualTo(3);
			assertThat(usage.count(Kind.QUERY, null, "select")).isEqualTo(3);
		});
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void anEntityWhoseTableIsMissingIsUnavailableAndNoSqlIsSent(Engine engine) throws Exception {
		onLaggingStore(engine, (database, context) -> {
			StatementRecorder recorder = context.getBean(StatementRecorder.class);
			recorder.clear();
			AuditEntryRepository entries = context.getBean(AuditEntryRepository.class);
			assertFailure(entries::findAll)
				.isInstanceOf(UnavailableEntityException.class)
				.hasMessageContaining("Entity AuditEntry is unavailable: table audit_entry does not exist");
			assertFailure(() -> entries.save(new AuditEntry("hello")))
				.isInstanceOf(UnavailableEntityException.class);
			EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
			try {
				assertFailure(() -> entityManager.find(AuditEntry.class, 1L))
					.isInstanceOf(UnavailableEntityException.class);
				assertFailure(() -> entityManager.createQuery("select count(a) from AuditEntry a").getSingleResult())
					.isInstanceOf(UnavailableEntityException.class);
			}
			finally {
				entityManager.close();
			}
			assertThat(recorder.statements()).noneMatch((sql) -> sql.contains("audit_entry")
					|| sql.contains("ratchet-unavailable"));
			assertThat(usage(context).count(Kind.REJECTED, "AuditEntry", null)).isEqualTo(4);
		});
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void anEntityWhoseVersionColumnIsMissingIsUnavailable(Engine engine) throws Exception {
		onLaggingStore(engine, (database, context) -> {
			EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
			try {
				assertFailure(() -> entityManager.find(Ticket.class, 1L))
					.isInstanceOf(UnavailableEntityException.class)
					.hasMessageContaining("table ticket has no column version");
			}
			finally {
				entityManager.close();
			}
			assertThat(compat(context).unavailable()).contains(
					new CompatState.UnavailableEntity("Ticket", "ticket", "missing-version-column"));
		});
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void singleTableInheritanceReadsASubclassColumnAsNull(Engine engine) throws Exception {
		onLaggingStore(engine, (database, context) -> {
			List<Vehicle> vehicles = inTransaction(context, (entityManager) -> entityManager
				.createQuery("select v from Vehicle v order by v.id", Vehicle.class)
				.getResultList());
			assertThat(vehicles).hasSize(2);
			assertThat(vehicles.get(0)).isInstanceOf(Car.class);
			assertThat(((Truck) vehicles.get(1)).getPayload()).isNull();
			Truck truck = new Truck(3L, "Heavy");
			truck.setPayload(12);
			assertFailure(() -> inTransaction(context, (entityManager) -> {
				entityManager.persist(truck);
				return null;
			})).isInstanceOf(DegradedColumnWriteException.class).hasMessageContaining("Truck.payload");
		});
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void joinedInheritanceMakesTheHierarchyOfAMissingSubclassTableUnavailable(Engine engine) throws Exception {
		onLaggingStore(engine, (database, context) -> {
			BankTransfer transfer = inTransaction(context,
					(entityManager) -> entityManager.find(BankTransfer.class, 1L));
			assertThat(transfer.getReference()).isEqualTo("INV-1");
			assertThat(transfer.getIban()).isNull();
			assertFailure(() -> inTransaction(context,
					(entityManager) -> entityManager.createQuery("select p from Payment p", Payment.class)
						.getResultList()))
				.isInstanceOf(UnavailableEntityException.class)
				.hasMessageContaining("gift_card");
			assertFailure(() -> inTransaction(context, (entityManager) -> {
				entityManager.persist(new GiftCard(9L, BigDecimal.TEN, "GIFT"));
				return null;
			})).isInstanceOf(UnavailableEntityException.class);
		});
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void theSnapshotReportsCompatModeAndStatusDrifted(Engine engine) throws Exception {
		onLaggingStore(engine, (database, context) -> {
			CompatState compat = compat(context);
			assertThat(compat.active()).isTrue();
			assertThat(compat.restartRequired()).isFalse();
			assertThat(compat.columns()).extracting((column) -> column.entity() + ":" + column.column())
				.containsExactlyInAnyOrder("Customer:phone", "Customer:loyalty_points", "Customer:vip",
						"Customer:since", "Customer:postcode", "Customer:region_id", "Truck:payload",
						"BankTransfer:iban");
			assertThat(compat.unavailable()).extracting(CompatState.UnavailableEntity::entity)
				.containsExactlyInAnyOrder("AuditEntry", "Ticket", "Payment", "GiftCard");
			assertThat(JpaApps.state(context).status()).isEqualTo(MigrationStatus.DRIFTED);
			assertThat(JpaApps.state(context).summary().compatColumns()).isEqualTo(8);
		});
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void entitiesWithMissingColumnsLeaveTheSecondLevelCache(Engine engine) throws Exception {
		onLaggingStore(engine, List.of("spring.jpa.properties.hibernate.cache.use_second_level_cache=true",
				"spring.jpa.properties.hibernate.cache.region.factory_class=jcache",
				"spring.jpa.properties.hibernate.javax.cache.provider="
						+ "com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider",
				"spring.jpa.properties.hibernate.javax.cache.missing_cache_strategy=create",
				"spring.jpa.properties.jakarta.persistence.sharedCache.mode=ALL"), (database, context) -> {
					database.execute("insert into region (id, name) values (1, 'North')");
					EntityManagerFactory factory = context.getBean(EntityManagerFactory.class);
					Long customer = inTransaction(context, (entityManager) -> entityManager
						.createQuery("select c.id from Customer c", Long.class)
						.getSingleResult());
					inTransaction(context, (entityManager) -> entityManager.find(Customer.class, customer));
					inTransaction(context, (entityManager) -> entityManager.find(Region.class, 1L));
					assertThat(factory.getCache().contains(Region.class, 1L)).isTrue();
					assertThat(factory.getCache().contains(Customer.class, customer)).isFalse();
				});
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void onceTheMissingColumnsAppearARestartIsRequired(Engine engine) throws Exception {
		onLaggingStore(engine, (database, context) -> {
			assertThat(context.getBean(RatchetSchema.class).hasColumn("customer", "phone")).isFalse();
			database.execute("alter table customer add column phone varchar(255)");
			context.getBean(SnapshotRefresher.class).refresh();
			assertThat(compat(context).restartRequired()).isTrue();
			assertThat(context.getBean(RatchetSchema.class).hasColumn("CUSTOMER", "PHONE")).isTrue();
			assertThat(context.getBean(CustomerRepository.class).findAll()).extracting(Customer::getPhone)
				.containsOnlyNulls();
		});
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void withCompatModeOffTheLaggingSchemaFailsValidationAsUsual(Engine engine) throws Exception {
		try (SqlDatabase database = engine.create()) {
			runner(database, "classpath:compat/release-1.yaml").withPropertyValues("ratchet.compat.enabled=false")
				.run((context) -> assertThat(context).getFailure()
					.rootCause()
					.hasMessageContaining("Schema validation: missing"));
		}
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void aCompleteSchemaIsNotRewritten(Engine engine) throws Exception {
		try (SqlDatabase database = engine.create()) {
			runner(database, "classpath:compat/release-2.yaml").run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(compat(context).active()).isFalse();
				assertThat(context.getBean(CompatRegistry.class).plans()).singleElement()
					.satisfies((unit) -> assertThat(unit.plan().isEmpty()).isTrue());
				context.getBean(CustomerRepository.class).save(new Customer("Grace", new Address("Lyon", "69001")));
				assertThat(database.query("select postcode from customer")).containsExactly("69001");
				assertThat(usage(context).counters()).isEmpty();
			});
		}
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void compatModeIsOffWhenHibernateCreatesTheSchema(Engine engine) throws Exception {
		try (SqlDatabase database = engine.create()) {
			runner(database, "classpath:drift/empty.yaml").withPropertyValues("spring.jpa.hibernate.ddl-auto=create-drop")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(context.getBean(CompatRegistry.class).plans()).isEmpty();
					context.getBean(CustomerRepository.class).save(new Customer("Grace", new Address("Lyon", "69001")));
				});
		}
	}

	@ParameterizedTest
	@EnumSource(Engine.class)
	void compatModeIsOffWhenHibernateUpdatesTheSchema(Engine engine) throws Exception {
		try (SqlDatabase database = engine.create()) {
			runner(database, "classpath:compat/release-1.yaml").withPropertyValues("spring.jpa.hibernate.ddl-auto=update")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(context.getBean(CompatRegistry.class).plans()).isEmpty();
					context.getBean(CustomerRepository.class).save(new Customer("Grace", new Address("Lyon", "69001")));
					assertThat(database.query("select postcode from customer")).containsExactly("69001");
				});
		}
	}

	@ParameterizedTest
	@EnumSource(value = Engine.class, names = "H2")
	void whenTheSchemaCannotBeReadNothingIsRewritten(Engine engine) throws Exception {
		try (SqlDatabase database = engine.create()) {
			runner(database, "classpath:compat/release-1.yaml").withBean(UnreadableSchema.class)
				.withPropertyValues("spring.jpa.hibernate.ddl-auto=none")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(context.getBean(CompatRegistry.class).plans()).isEmpty();
					assertThat(context.getBean(CompatUsage.class).counters()).isEmpty();
					assertThat(context.getBean(RatchetSchema.class).hasTable("customer")).isFalse();
				});
		}
	}

	private static AbstractThrowableAssert<?, ? extends Throwable> assertFailure(ThrowingCallable call) {
		Throwable thrown = catchThrowable(call);
		assertThat(thrown).isNotNull();
		Throwable cause = thrown;
		while (cause.getCause() != null && !cause.getClass().getName().startsWith("dev.ratchet")) {
			cause = cause.getCause();
		}
		return assertThat(cause);
	}

	private static void onLaggingStore(Engine engine, StoreTest test) throws Exception {
		onLaggingStore(engine, List.of(), test);
	}

	private static void onLaggingStore(Engine engine, List<String> properties, StoreTest test) throws Exception {
		try (SqlDatabase database = engine.create()) {
			runner(database, "classpath:compat/release-1.yaml").withPropertyValues(properties.toArray(String[]::new))
				.run((context) -> {
				assertThat(context).hasNotFailed();
				database.execute("insert into customer (name, city) values ('Ada', 'Paris')",
						"insert into vehicle (id, kind, name) values (1, 'car', 'Small')",
						"insert into vehicle (id, kind, name) values (2, 'truck', 'Big')",
						"insert into payment (id, amount) values (1, 10.50)",
						"insert into bank_transfer (id, reference) values (1, 'INV-1')");
				test.run(database, context);
			});
		}
	}

	private static ApplicationContextRunner runner(SqlDatabase database, String changeLog) {
		return JpaApps.runner(database.url(), StoreEntities.class, changeLog)
			.withBean(StatementRecorder.class)
			.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate");
	}

	private static <T> T inTransaction(AssertableApplicationContext context,
			java.util.function.Function<EntityManager, T> work) {
		EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
		try {
			entityManager.getTransaction().begin();
			T result = work.apply(entityManager);
			entityManager.getTransaction().commit();
			return result;
		}
		finally {
			if (entityManager.getTransaction().isActive()) {
				entityManager.getTransaction().rollback();
			}
			entityManager.close();
		}
	}

	private static CompatUsage usage(AssertableApplicationContext context) {
		return context.getBean(CompatUsage.class);
	}

	private static CompatState compat(AssertableApplicationContext context) {
		return JpaApps.state(context).compat();
	}

	@FunctionalInterface
	interface StoreTest {

		void run(SqlDatabase database, AssertableApplicationContext context) throws Exception;

	}

}
