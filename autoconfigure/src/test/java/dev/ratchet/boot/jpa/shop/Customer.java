package dev.ratchet.boot.jpa.shop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A customer: plain columns of most types, an embedded address, an element collection
 * and a secondary table.
 */
@Entity
@Table(name = "customer")
@SecondaryTable(name = "customer_profile", pkJoinColumns = @PrimaryKeyJoinColumn(name = "customer_id"))
public class Customer {

	@Id
	@GeneratedValue
	private Long id;

	@Version
	private long version;

	@Column(length = 50, nullable = false)
	private String name;

	@Embedded
	private Address address;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Enumerated(EnumType.ORDINAL)
	private Tier tier;

	private UUID externalId;

	private LocalDateTime createdAt;

	private OffsetDateTime lastSeenAt;

	private LocalDate birthday;

	@Column(precision = 10, scale = 2)
	private BigDecimal creditLimit;

	@Lob
	private byte[] avatar;

	@ElementCollection
	@CollectionTable(name = "customer_tag", joinColumns = @JoinColumn(name = "customer_id"))
	@Column(name = "tag", length = 30)
	private Set<String> tags = new HashSet<>();

	@Column(table = "customer_profile", length = 500)
	private String bio;

	/**
	 * Whether a customer may order.
	 */
	public enum Status {

		/** May order. */
		ACTIVE,

		/** May not order. */
		SUSPENDED

	}

	/**
	 * A customer's loyalty tier, stored as its ordinal.
	 */
	public enum Tier {

		/** The default tier. */
		FREE,

		/** The paying tier. */
		GOLD

	}

}
