package dev.ratchet.sample.task;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Stores and finds {@link Task tasks}.
 */
public interface TaskRepository extends JpaRepository<Task, Long> {

	/**
	 * Finds every task together with its owner, ordered by id.
	 * @return the tasks
	 */
	@EntityGraph(attributePaths = "owner")
	List<Task> findAllByOrderByIdAsc();

}
