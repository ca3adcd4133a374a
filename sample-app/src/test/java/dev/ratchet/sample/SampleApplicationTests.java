package dev.ratchet.sample;

import java.time.LocalDate;

import dev.ratchet.sample.task.Task;
import dev.ratchet.sample.task.TaskRepository;
import dev.ratchet.sample.user.AppUser;
import dev.ratchet.sample.user.AppUserRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sample-tests;DB_CLOSE_DELAY=-1")
class SampleApplicationTests {

	@Autowired
	private AppUserRepository users;

	@Autowired
	private TaskRepository tasks;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void savesAndReadsAUserWithAPhoneAndATaskWithADueDate() {
		AppUser user = new AppUser("bo@example.com", "Bo");
		user.setPhone("+44 20 7946 0000");
		Long userId = this.users.save(user).getId();
		Task task = new Task("Write the release notes", this.users.getReferenceById(userId));
		task.setDueDate(LocalDate.of(2026, 12, 1));
		Long taskId = this.tasks.save(task).getId();

		AppUser readUser = this.users.findById(userId).orElseThrow();
		assertThat(readUser.getEmail()).isEqualTo("bo@example.com");
		assertThat(readUser.getDisplayName()).isEqualTo("Bo");
		assertThat(readUser.getPhone()).isEqualTo("+44 20 7946 0000");
		assertThat(readUser.getCreatedAt()).isNotNull();
		Task readTask = this.tasks.findById(taskId).orElseThrow();
		assertThat(readTask.getTitle()).isEqualTo("Write the release notes");
		assertThat(readTask.isDone()).isFalse();
		assertThat(readTask.getDueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(readTask.getOwner().getId()).isEqualTo(userId);
		assertThat(this.jdbc.queryForObject("select phone from app_user where id = ?", String.class, userId))
			.isEqualTo("+44 20 7946 0000");
		assertThat(this.jdbc.queryForObject("select due_date from task where id = ?", LocalDate.class, taskId))
			.isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void appliesTheReleasesInOrderIncludingTheDueDateBackfill() {
		Task seeded = this.tasks.findAllByOrderByIdAsc()
			.stream()
			.filter((task) -> task.getTitle().equals("Try Ratchet"))
			.findFirst()
			.orElseThrow();
		assertThat(seeded.getOwner().getEmail()).isEqualTo("ana@example.com");
		assertThat(seeded.getDueDate()).isNotNull();
	}

}
