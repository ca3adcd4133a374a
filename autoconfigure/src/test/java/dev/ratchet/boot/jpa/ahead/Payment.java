package dev.ratchet.boot.jpa.ahead;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/**
 * A payment, the root of a joined hierarchy.
 */
@Entity
@Table(name = "payment")
@Inheritance(strategy = InheritanceType.JOINED)
public class Payment {

	@Id
	private Long id;

	@Column(precision = 12, scale = 2)
	private BigDecimal amount;

}
