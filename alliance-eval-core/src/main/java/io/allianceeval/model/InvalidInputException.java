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

  private final transient List<Problem> problems;

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
    this.problems = List.copyOf(problems);
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

  /**
   * Every problem, in the order found, with what it concerns: positions in the input list, the
   * field, the indicator or group. A caller that read the input from a file maps these back to its
   * lines, cells and columns without reading the sentences.
   */
  public List<Problem> problems() {
    return problems;
  }

  /** Every problem's sentence, in the order found: {@code problems()} as text. */
  public List<String> messages() {
    return problems.stream().map(Problem::message).collect(Collectors.toUnmodifiableList());
  }

  /**
   * One problem: a sentence, and what it concerns — the 0-based positions in the input list, the
   * field at fault ({@code "score"}, {@code "tier"}, {@code "year"}, {@code "code"}; for an
   * indicator system {@code "maxPoints"}, {@code "policy"}, {@code "group"}, {@code "points"},
   * {@code "total"}), and the indicator or the indicator group, each where there is one.
   *
   * @param message the sentence: {@code "alliance 342: tier HIGH disagrees with score 80"}
   * @param positions the 0-based positions in the input list, in order; empty if none
   * @param field the field at fault, if the problem is with one field
   * @param indicator the id of the indicator it concerns ({@code "2.5"}), if one
   * @param group the id of the indicator group it concerns ({@code "2"}), if one
   */
  public record Problem(String message, List<Integer> positions, Optional<String> field,
      Optional<String> indicator, Optional<String> group) {

    /** Checks the parts and copies the positions. */
    public Problem {
      requireNonNull(message, "message");
      positions = List.copyOf(positions);
      requireNonNull(field, "field");
      requireNonNull(indicator, "indicator");
      requireNonNull(group, "group");
    }

    /** A problem that concerns no particular element of a list. */
    public static Problem of(String message) {
      return new Problem(message, List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A problem that concerns the elements at {@code positions} (0-based) of the input list. */
    public static Problem at(List<Integer> positions, String message) {
      return new Problem(message, positions, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A problem with one field of the elements at {@code positions} of the input list. */
    public static Problem at(List<Integer> positions, String field, String message) {
      return new Problem(message, positions, Optional.of(field), Optional.empty(),
          Optional.empty());
    }

    /** A problem with {@code field} of the indicator {@code id} ({@code "maxPoints"}, …). */
    public static Problem ofIndicator(String id, String field, String message) {
      return new Problem(message, List.of(), Optional.ofNullable(field), Optional.of(id),
          Optional.empty());
    }

    /** A problem with {@code field} of the indicator group {@code id} ({@code "points"}). */
    public static Problem ofGroup(String id, String field, String message) {
      return new Problem(message, List.of(), Optional.ofNullable(field), Optional.empty(),
          Optional.of(id));
    }

    /** A problem with {@code field} of the whole input ({@code "total"}). */
    public static Problem ofField(String field, String message) {
      return new Problem(message, List.of(), Optional.of(field), Optional.empty(),
          Optional.empty());
    }

    /** The message, after the positions if there are any. */
    @Override
    public String toString() {
      return positions.isEmpty() ? message : positions + " " + message;
    }
  }
}
