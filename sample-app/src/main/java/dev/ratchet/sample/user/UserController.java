package dev.ratchet.sample.user;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Lists and creates users.
 */
@RestController
@RequestMapping("/users")
class UserController {

	private final AppUserRepository users;

	UserController(AppUserRepository users) {
		this.users = users;
	}

	@GetMapping
	List<UserView> list() {
		return this.users.findAll().stream().map(UserView::of).toList();
	}

	@PostMapping
	@Transactional
	ResponseEntity<UserView> create(@RequestBody NewUser request) {
		if (isBlank(request.email()) || isBlank(request.displayName())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "email and displayName are required");
		}
		if (this.users.findByEmail(request.email()).isPresent()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "a user with that email exists already");
		}
		AppUser user = new AppUser(request.email(), request.displayName());
		user.setPhone(request.phone());
		UserView created = UserView.of(this.users.save(user));
		return ResponseEntity.created(URI.create("/users/" + created.id())).body(created);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * The body of {@code POST /users}.
	 *
	 * @param email the email address
	 * @param displayName the name shown to other users
	 * @param phone the phone number, may be {@code null}
	 */
	record NewUser(String email, String displayName, String phone) {
	}

	/**
	 * A user as the API shows it.
	 *
	 * @param id the id
	 * @param email the email address
	 * @param displayName the name shown to other users
	 * @param phone the phone number, may be {@code null}
	 * @param createdAt when the user was created
	 */
	record UserView(Long id, String email, String displayName, String phone, LocalDateTime createdAt) {

		static UserView of(AppUser user) {
			return new UserView(user.getId(), user.getEmail(), user.getDisplayName(), user.getPhone(),
					user.getCreatedAt());
		}

	}

}
