package dev.ratchet.boot.jpa.ahead;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

/**
 * A member. Release 2 added {@code nickname}, {@code points} (with a database default)
 * and {@code address.postcode}.
 */
@Entity
@Table(name = "member")
public class Member {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 80)
	private String name;

	@Column(length = 40)
	private String nickname;

	@ColumnDefault("0")
	private int points;

	@Embedded
	private Address address;

	protected Member() {
	}

	public Member(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

}
