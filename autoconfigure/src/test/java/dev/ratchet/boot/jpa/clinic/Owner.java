package dev.ratchet.boot.jpa.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A pet owner, mapped to table {@code owner}; the drift changelogs disagree with it
 * column by column.
 */
@Entity
@Table(name = "owner")
public class Owner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(length = 100, nullable = false)
	private String name;

	@Column(length = 200)
	private String email;

	@Column(length = 30)
	private String phone;

	@Column(length = 40, nullable = false)
	private String nickname;

	private Integer age;

	@Column(length = 60)
	private String city;

}
