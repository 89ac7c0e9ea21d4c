package io.allianceeval.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Input that the library rejects, with every problem found, not only the first. Each problem says
 * where (alliance code, indicator id), what was expected and what was found, and, where the input
 * was a list, the {@linkplain Problem#positions() positions} of the offending elements so that a
 * caller reading a file can name its lines.
 *
 * <p>The {@linkplain #getMessage() message} is a summary line followed by one problem a line.
 */
public class InvalidInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> details;

  /**
   * Creates the exception from problems with positions and fields.
   *
   * @param summary what was being checked, e.g. {@code "2019 activity records"}
   * @param problems at least one problem
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidInputException(String summary, List<Problem> problems) {
    super(message(requireNonNull(summary, "summary"), requireNonNull(problems, "problems")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    this.details = List.copyOf(problems);
  }

  /**
   * The exception for problems that concern no particular position, one sentence each.
   *
   * @param summary what was being checked, e.g. {@code "tier scheme"}
   * @param problems at least one sentence
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public static InvalidInputException of(String summary, List<String> problems) {
    return new InvalidInputException(summary,
        requireNonNull(problems, "problems").stream().map(Problem::of).toList());
  }

  private static String message(String summary, List<Problem> problems) {
    StringBuilder sb = new StringBuilder(summary).append(": ").append(problems.size());
    sb.append(problems.size() == 1 ? " problem" : " problems");
    for (Problem p : problems) {
      sb.append(System.lineSeparator()).append("  ").append(p.message());
    }
    return sb.toString();
  }

  /** Every problem's sentence, in the order found. */
  public List<String> problems() {
    return details.stream().map(Problem::message).collect(Collectors.toUnmodifiableList());
  }

  /** Every problem with the positions it concerns, in the order found. */
  public List<Problem> details() {
    return details;
  }

  /**
   * One problem: a sentence, the 0-based positions in the input list it concerns, and the field
   * at fault ({@code "score"}, {@code "tier"}, {@code "year"}, {@code "code"}) where there is one.
   */
  public static final class Problem {
    private final String message;
    private final List<Integer> positions;
    private final String field;

    private Problem(String message, List<Integer> positions, String field) {
      this.message = requireNonNull(message, "message");
      this.positions = List.copyOf(positions);
      this.field = field;
    }

    /** A problem that concerns no particular element of a list. */
    public static Problem of(String message) {
      return new Problem(message, List.of(), null);
    }

    /** A problem that concerns the elements at {@code positions} (0-based) of the input list. */
    public static Problem at(List<Integer> positions, String message) {
      return new Problem(message, positions, null);
    }

    /** A problem with one field of the elements at {@code positions} of the input list. */
    public static Problem at(List<Integer> positions, String field, String message) {
      return new Problem(message, positions, requireNonNull(field, "field"));
    }

    /** The field at fault, if the problem is with one field. */
    public Optional<String> field() {
      return Optional.ofNullable(field);
    }

    /** The sentence: {@code "alliance 342: tier HIGH disagrees with score 80 (FAIRLY_HIGH)"}. */
    public String message() {
      return message;
    }

    /** The 0-based positions in the input list, in order; empty if none. */
    public List<Integer> positions() {
      return positions;
    }

    @Override
    public String toString() {
      return positions.isEmpty() ? message : positions + " " + message;
    }
  }
}
