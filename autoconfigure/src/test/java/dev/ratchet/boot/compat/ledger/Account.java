package dev.ratchet.boot.compat.ledger;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An account. Its table lacks {@code nickname}, {@code score} and {@code phone} in the
 * tests: release 2 added them, and the {@link Ledger} it belongs to.
 */
@Entity
@Table(name = "account")
public class Account {

	@Id
	private Long id;

	private String name;

	private String nickname;

	private int score;

	@Embedded
	private Contact contact = new Contact();

	@ManyToOne(fetch = FetchType.EAGER)
	private Ledger ledger;

	protected Account() {
	}

	public Account(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNickname() {
		return this.nickname;
	}

	public void setNickname(String nickname) {
		this.nickname = nickname;
	}

	public int getScore() {
		return this.score;
	}

	public void setScore(int score) {
		this.score = score;
	}

	public Contact getContact() {
		return this.contact;
	}

	public Ledger getLedger() {
		return this.ledger;
	}

}
