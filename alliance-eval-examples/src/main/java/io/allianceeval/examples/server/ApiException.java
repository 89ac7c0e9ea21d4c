package io.allianceeval.examples.server;

import java.util.List;

/** A request the API answers with an error status and message of its own (401, 403, 400, 503). */
final class ApiException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient List<ApiError.Problem> problems;

  ApiException(int status, String message, List<ApiError.Problem> problems) {
    super(message);
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  int status() {
    return status;
  }

  List<ApiError.Problem> problems() {
    return problems;
  }
}
