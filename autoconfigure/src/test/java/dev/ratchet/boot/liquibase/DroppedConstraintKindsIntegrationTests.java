package dev.ratchet.boot.liquibase;

import java.sql.SQLException;

import dev.ratchet.boot.testsupport.MigrationApps;
import dev.ratchet.boot.testsupport.SqlDatabase;
import dev.ratchet.boot.testsupport.SqlDatabase.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * At boot a dropped constraint that the changelog did not create is judged by the kind the
 * database says it has: a check only informs, a foreign key or unique constraint warns, a
 * primary key blocks, whatever the constraint's name says.
 */
@ParameterizedClass
@EnumSource(names = { "POSTGRESQL", "MARIADB", "H2" })
@ExtendWith(OutputCaptureExtension.class)
class DroppedConstraintKindsIntegrationTests {

	@Parameter
	Engine engine;

	private SqlDatabase database;

	@BeforeEach
	void createTables() throws SQLException {
		this.database = this.engine.create();
		this.database.execute("create table customer (id bigint primary key)",
				"create table orders (id bigint not null, customer_id bigint, qty int, ref varchar(20), "
						+ "constraint orders_identity primary key (id), "
						+ "constraint orders_link foreign key (customer_id) references customer (id), "
						+ "constraint orders_rule check (qty > 0), constraint orders_tag unique (ref))");
	}

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void aCheckForeignKeyAndUniqueConstraintAreNamedByTheirKindAndRun(CapturedOutput output) {
		int logged = output.getAll().length();
		MigrationApps.on(this.database)
			.withPropertyValues("spring.liquibase.change-log=classpath:db/constraints/drop-kinds.sql")
			.run((context) -> assertThat(context).hasNotFailed());
		String log = output.getAll().substring(logged);
		assertThat(log).contains("Note: db/constraints/drop-kinds.sql::drop-rule::ana [drop-check-constraint] "
				+ "drops check constraint orders_rule")
			.contains("Warning: db/constraints/drop-kinds.sql::drop-link::ana [drop-foreign-key] drops foreign key "
					+ "orders_link")
			.contains("Warning: db/constraints/drop-kinds.sql::drop-tag::ana [drop-unique-constraint] drops unique "
					+ "constraint orders_tag")
			.doesNotContain("[drop-constraint]");
	}

	@Test
	void aPrimaryKeyWhoseNameSaysNothingIsBlocked() {
		assumeTrue(this.engine != Engine.MARIADB, "MariaDB names every primary key PRIMARY");
		MigrationApps.on(this.database)
			.withPropertyValues("spring.liquibase.change-log=classpath:db/constraints/drop-identity.sql")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(MigrationBlockedException.class)
				.hasMessageContaining("[drop-primary-key]")
				.hasMessageContaining("drops primary key orders_identity of orders"));
	}

}
