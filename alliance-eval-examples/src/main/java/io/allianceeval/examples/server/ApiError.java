package io.allianceeval.examples.server;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The body of every error the API answers: a message in the request's language, and the problems
 * of bad input as the command line lists them, each with its field and place.
 *
 * @param status the HTTP status
 * @param message what went wrong
 * @param problems the problems, for bad input
 */
record ApiError(int status, String message, List<Problem> problems) {

  /** One problem of the input. */
  record Problem(String message, String field, String where) {}

  ApiError {
    requireNonNull(message, "message");
    problems = List.copyOf(problems);
  }
}
