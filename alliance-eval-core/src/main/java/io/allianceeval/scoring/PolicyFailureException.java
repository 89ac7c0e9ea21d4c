package io.allianceeval.scoring;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An {@link IndicatorPolicy} broke its contract: it threw, returned nothing, or returned points
 * that are not a number with at most two decimals in {@code [0, maximum]}. Lists every failure found, each naming the alliance
 * code and the indicator id. Nothing is clamped or skipped: the evaluation as a whole fails.
 */
public class PolicyFailureException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  /**
   * Creates the exception.
   *
   * @param problems at least one failure, one sentence each
   * @param firstCause what the first failing policy threw, or null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public PolicyFailureException(List<String> problems, Throwable firstCause) {
    super(message(requireNonNull(problems, "problems")), firstCause);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    this.problems = List.copyOf(problems);
  }

  private static String message(List<String> problems) {
    StringBuilder sb = new StringBuilder("indicator policy failed: ").append(problems.size());
    sb.append(problems.size() == 1 ? " problem" : " problems");
    for (String p : problems) {
      sb.append(System.lineSeparator()).append("  ").append(p);
    }
    return sb.toString();
  }

  /** Every failure, one sentence each ("alliance 105, indicator 1.4: …"). */
  public List<String> problems() {
    return problems;
  }
}
