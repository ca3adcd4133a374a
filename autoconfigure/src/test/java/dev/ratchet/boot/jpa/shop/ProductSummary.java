package dev.ratchet.boot.jpa.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;

/**
 * A read-only view of products mapped to a query, not to a table.
 */
@Entity
@Immutable
@Subselect("select id, title from product")
public class ProductSummary {

	@Id
	private Long id;

	private String title;

}
