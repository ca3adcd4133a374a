package dev.ratchet.sample.task;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Lists tasks and sets their due dates.
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

	@PutMapping("/{id}/due-date")
	@Transactional
	TaskView setDueDate(@PathVariable long id, @RequestBody DueDate request) {
		Task task = this.tasks.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no task " + id));
		task.setDueDate(request.dueDate());
		return TaskView.of(this.tasks.saveAndFlush(task));
	}

	/**
	 * The body of {@code PUT /tasks/{id}/due-date}.
	 *
	 * @param dueDate when the task is due, {@code null} for no due date
	 */
	record DueDate(LocalDate dueDate) {
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
