package dev.ratchet.boot.compat.store;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Payment {

	@Id
	private Long id;

	private BigDecimal amount;

	protected Payment() {
	}

	protected Payment(Long id, BigDecimal amount) {
		this.id = id;
		this.amount = amount;
	}

	public Long getId() {
		return this.id;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

}
