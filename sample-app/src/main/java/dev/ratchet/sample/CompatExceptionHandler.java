package dev.ratchet.sample;

import dev.ratchet.boot.compat.DegradedColumnWriteException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a write that compat mode refuses, because the database lacks a column the value
 * belongs in, with {@code 409 Conflict} and the refusal's message.
 */
@RestControllerAdvice
class CompatExceptionHandler {

	@ExceptionHandler
	ProblemDetail degradedColumnWrite(DegradedColumnWriteException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Column missing in the database");
		problem.setProperty("entity", ex.getEntity());
		problem.setProperty("property", ex.getProperty());
		problem.setProperty("column", ex.getColumn());
		return problem;
	}

}
