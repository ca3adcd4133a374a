package dev.ratchet.sample.task;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists tasks.
 */
@RestController
@RequestMapping("/tasks")
class TaskController {

	private final TaskRepository tasks;

	TaskController(TaskRepository tasks) {
		this.tasks = tasks;
	}

	@GetMapping
	List<TaskView> list() {
		return this.tasks.findAllByOrderByIdAsc().stream().map(TaskView::of).toList();
	}

	/**
	 * A task as the API shows it.
	 *
	 * @param id the id
	 * @param title the title
	 * @param done whether the task is done
	 * @param ownerEmail the email address of the task's owner
	 * @param dueDate when the task is due, may be {@code null}
	 */
	record TaskView(Long id, String title, boolean done, String ownerEmail, LocalDate dueDate) {

		static TaskView of(Task task) {
			return new TaskView(task.getId(), task.getTitle(), task.isDone(), task.getOwner().getEmail(),
					task.getDueDate());
		}

	}

}
