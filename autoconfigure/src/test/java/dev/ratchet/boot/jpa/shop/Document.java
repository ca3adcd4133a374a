package dev.ratchet.boot.jpa.shop;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/**
 * An abstract document, the root of a table-per-class hierarchy: it has no table of its
 * own.
 */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Document {

	@Id
	@GeneratedValue
	private Long id;

	private LocalDate issuedOn;

}
