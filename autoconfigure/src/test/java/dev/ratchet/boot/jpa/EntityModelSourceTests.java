package dev.ratchet.boot.jpa;

import java.sql.Types;
import java.util.List;
import java.util.function.Consumer;

import dev.ratchet.boot.jpa.shop.BankTransfer;
import dev.ratchet.boot.jpa.shop.CardPayment;
import dev.ratchet.boot.jpa.shop.Customer;
import dev.ratchet.boot.jpa.shop.Invoice;
import dev.ratchet.boot.jpa.shop.Product;
import dev.ratchet.boot.jpa.shop.ProductSummary;
import dev.ratchet.boot.jpa.shop.PurchaseOrder;
import dev.ratchet.boot.jpa.shop.Truck;
import dev.ratchet.drift.EntityModel;
import dev.ratchet.drift.MappedColumn;
import dev.ratchet.drift.MappedTable;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.dialect.H2Dialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityModelSourceTests {

	private StandardServiceRegistry registry;

	private EntityModel model;

	@BeforeEach
	void buildModel() {
		this.registry = new StandardServiceRegistryBuilder().applySetting("hibernate.dialect", H2Dialect.class.getName())
			.applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
			.applySetting("hibernate.physical_naming_strategy", PhysicalNamingStrategySnakeCaseImpl.class.getName())
			.build();
		Metadata metadata = new MetadataSources(this.registry)
			.addAnnotatedClasses(Customer.class, PurchaseOrder.class, Product.class, CardPayment.class,
					BankTransfer.class, Truck.class, Invoice.class, ProductSummary.class)
			.buildMetadata();
		this.model = EntityModelSource.of(metadata);
	}

	@AfterEach
	void destroyRegistry() {
		StandardServiceRegistryBuilder.destroy(this.registry);
	}

	@Test
	void mapsEveryPhysicalTableWithTheEntityThatOwnsIt() {
		assertThat(this.model.tables()).extracting((table) -> table.name() + " " + table.entity())
			.containsExactlyInAnyOrder("customer Customer", "customer_profile Customer", "customer_tag Customer",
					"purchase_order PurchaseOrder", "purchase_order_product PurchaseOrder", "product Product",
					"payment Payment", "vehicle Vehicle", "truck Truck", "invoice Invoice");
	}

	@Test
	void leavesOutTheAbstractRootOfATablePerClassHierarchyAndSubselects() {
		assertThat(this.model.tables()).extracting(MappedTable::name)
			.doesNotContain("document", "product_summary", "ProductSummary");
	}

	@Test
	void namesColumnsAsTheNamingStrategyDoesIncludingEmbeddedOnes() {
		assertThat(table("customer").columns()).extracting(MappedColumn::name)
			.containsExactlyInAnyOrder("id", "version", "name", "street", "city", "postal_code", "status", "tier",
					"external_id", "created_at", "last_seen_at", "birthday", "credit_limit", "avatar");
	}

	@Test
	void describesTypesSizesAndNullabilityAsTheSchemaExportWould() {
		column("customer", "name", (name) -> {
			assertThat(name.jdbcType()).isEqualTo(Types.VARCHAR);
			assertThat(name.sqlType()).isEqualTo("varchar(50)");
			assertThat(name.length()).isEqualTo(50);
			assertThat(name.nullable()).isFalse();
		});
		column("customer", "city", (city) -> assertThat(city.length()).isEqualTo(255));
		column("customer", "credit_limit", (limit) -> {
			assertThat(limit.precision()).isEqualTo(10);
			assertThat(limit.scale()).isEqualTo(2);
			assertThat(limit.length()).isNull();
		});
		column("customer", "created_at", (created) -> assertThat(created.jdbcType()).isEqualTo(Types.TIMESTAMP));
		column("customer", "birthday", (birthday) -> assertThat(birthday.jdbcType()).isEqualTo(Types.DATE));
		column("customer", "external_id", (id) -> assertThat(id.sqlType()).isEqualTo("uuid"));
		column("customer", "avatar", (avatar) -> {
			assertThat(avatar.jdbcType()).isEqualTo(Types.BLOB);
			assertThat(avatar.length()).isNull();
		});
		column("customer", "version", (version) -> assertThat(version.nullable()).isFalse());
	}

	@Test
	void primaryKeyColumnsAreNotNull() {
		column("customer", "id", (id) -> assertThat(id.nullable()).isFalse());
		column("truck", "id", (id) -> assertThat(id.nullable()).isFalse());
		column("customer_profile", "customer_id", (id) -> assertThat(id.nullable()).isFalse());
		column("purchase_order_product", "purchase_order_id", (id) -> assertThat(id.nullable()).isFalse());
		column("purchase_order_product", "products_id", (id) -> assertThat(id.nullable()).isFalse());
	}

	@Test
	void tellsEnumsStoredAsStringsFromEnumsStoredAsOrdinals() {
		column("customer", "status", (status) -> assertThat(status.enumType()).isEqualTo("STRING"));
		column("customer", "tier", (tier) -> assertThat(tier.enumType()).isEqualTo("ORDINAL"));
		column("customer", "name", (name) -> assertThat(name.enumType()).isNull());
	}

	@Test
	void mapsJoinColumnsWithTheTypeOfTheReferencedKey() {
		column("purchase_order", "customer_id", (customer) -> {
			assertThat(customer.jdbcType()).isEqualTo(Types.BIGINT);
			assertThat(customer.nullable()).isFalse();
		});
	}

	@Test
	void mapsTheColumnsOfEverySubclassOfASingleTableHierarchyInOneTable() {
		assertThat(table("payment").columns()).extracting(MappedColumn::name)
			.containsExactlyInAnyOrder("kind", "id", "amount", "card_number", "iban");
		column("payment", "iban", (iban) -> assertThat(iban.nullable()).isTrue());
	}

	@Test
	void mapsElementCollectionAndSecondaryTables() {
		assertThat(table("customer_tag").columns()).extracting(MappedColumn::name)
			.containsExactlyInAnyOrder("customer_id", "tag");
		column("customer_tag", "tag", (tag) -> assertThat(tag.length()).isEqualTo(30));
		assertThat(table("customer_profile").columns()).extracting(MappedColumn::name)
			.containsExactlyInAnyOrder("customer_id", "bio");
	}

	@Test
	void repeatsTheInheritedColumnsInATablePerClassSubclass() {
		assertThat(table("invoice").columns()).extracting(MappedColumn::name)
			.containsExactlyInAnyOrder("id", "issued_on", "total");
	}

	private MappedTable table(String name) {
		List<MappedTable> tables = this.model.tables().stream().filter((table) -> table.name().equals(name)).toList();
		assertThat(tables).hasSize(1);
		return tables.get(0);
	}

	private void column(String table, String name, Consumer<MappedColumn> assertions) {
		assertThat(table(table).columns()).filteredOn((column) -> column.name().equals(name))
			.singleElement()
			.satisfies(assertions);
	}

}
