package dev.ratchet.sample.user;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Stores and finds {@link AppUser users}.
 */
public interface AppUserRepository extends JpaRepository<AppUser, Long> {

	/**
	 * Finds the user with the given email address.
	 * @param email the email address
	 * @return the user, or empty when there is none
	 */
	Optional<AppUser> findByEmail(String email);

}
