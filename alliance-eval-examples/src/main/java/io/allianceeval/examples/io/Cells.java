package io.allianceeval.examples.io;

import io.allianceeval.model.Points;
import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.model.AllianceCode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Parsing of the cells every input shares, each failure added to {@code problems}. */
final class Cells {

  private Cells() {}

  static Optional<AllianceCode> code(InputTable.Row row, List<InputProblem> problems) {
    String text = row.get("code");
    try {
      return Optional.of(AllianceCode.parse(text));
    } catch (IllegalArgumentException e) {
      problems.add(row.problem("code", e.getMessage()));
      return Optional.empty();
    }
  }

  static String name(InputTable.Row row, List<InputProblem> problems) {
    String name = row.get("name");
    if (name.isBlank()) {
      problems.add(row.problem("name", "name must not be blank"));
    }
    return name;
  }

  static OptionalInt year(InputTable.Row row, List<InputProblem> problems) {
    String text = row.get("year");
    try {
      int year = Integer.parseInt(text);
      Evaluation.forYear(year); // checks the range the core accepts
      return OptionalInt.of(year);
    } catch (NumberFormatException e) {
      problems.add(row.problem("year", "expected a year from 2000 to 2100, found '" + text + "'"));
    } catch (IllegalArgumentException e) {
      problems.add(row.problem("year", e.getMessage()));
    }
    return OptionalInt.empty();
  }

  /**
   * Points ({@link Points#parse}: at most two decimals), or empty for a blank cell; a cell that is
   * not such a number is a problem in {@code column} with the one message {@link Points} gives.
   */
  static Optional<Points> points(InputTable.Row row, String column, List<InputProblem> problems) {
    return row.get(column).isEmpty() ? Optional.empty() : requiredPoints(row, column, problems);
  }

  /** As {@link #points}, where a blank cell is a problem too. */
  static Optional<Points> requiredPoints(InputTable.Row row, String column,
      List<InputProblem> problems) {
    try {
      return Optional.of(Points.parse(row.get(column)));
    } catch (IllegalArgumentException e) {
      problems.add(row.problem(column, e.getMessage()));
      return Optional.empty();
    }
  }

  /** A non-negative whole number, or empty for a blank cell. */
  static OptionalInt count(InputTable.Row row, String column, List<InputProblem> problems) {
    String text = row.get(column);
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    if (text.chars().allMatch(c -> c >= '0' && c <= '9') && text.length() <= 9) {
      return OptionalInt.of(Integer.parseInt(text));
    }
    problems.add(row.problem(column,
        "expected a non-negative whole number or a blank (missing), found '" + text + "'"));
    return OptionalInt.empty();
  }
}
