package dev.ratchet.boot.slice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A note. Release 2 of the model added {@code pinned}.
 */
@Entity
@Table(name = "note")
public class Note {

	@Id
	private Long id;

	@Column(length = 200)
	private String text;

	private Boolean pinned;

	protected Note() {
	}

	public Note(Long id, String text) {
		this.id = id;
		this.text = text;
	}

}
