package dev.ratchet.boot.jpa.ahead;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A voucher, new in release 2, with an index.
 */
@Entity
@Table(name = "voucher", indexes = @Index(name = "ix_voucher_code", columnList = "code"))
public class Voucher {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 20)
	private String code;

	@Column(precision = 10, scale = 2)
	private BigDecimal amount;

	private LocalDate issuedOn;

	private boolean active;

	@ManyToOne
	private Member member;

}
