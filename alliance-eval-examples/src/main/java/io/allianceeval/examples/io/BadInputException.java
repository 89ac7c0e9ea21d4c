package io.allianceeval.examples.io;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** Input files that cannot be used, with every problem found. */
public final class BadInputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<InputProblem> problems;

  /** Creates the exception; {@code problems} must not be empty. */
  public BadInputException(List<InputProblem> problems) {
    super(message(requireNonNull(problems, "problems")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    this.problems = List.copyOf(problems);
  }

  /** A single problem. */
  public BadInputException(InputProblem problem) {
    this(List.of(problem));
  }

  private static String message(List<InputProblem> problems) {
    StringBuilder sb = new StringBuilder();
    sb.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
        .append(" in the input:");
    int listed = 0;
    for (InputProblem p : problems) {
      if (listed++ == InputLimits.MAX_LISTED) {
        sb.append(System.lineSeparator()).append("  … and ").append(problems.size()
            - InputLimits.MAX_LISTED).append(" more problems, not listed");
        break;
      }
      sb.append(System.lineSeparator()).append("  ").append(p);
    }
    return sb.toString();
  }

  /** Every problem, in file and line order as found. */
  public List<InputProblem> problems() {
    return problems;
  }
}
