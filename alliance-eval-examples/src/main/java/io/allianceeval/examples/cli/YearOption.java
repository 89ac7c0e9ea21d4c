package io.allianceeval.examples.cli;

import java.util.OptionalInt;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --year N}: the one declaration of the evaluation year for every command that has one.
 * The value is checked when it is parsed (2000 to 2100, the range the core accepts), so a bad year
 * is bad input with exit code 2 before any file is read. A command that has no year of its own
 * asks {@link #orElse(int)} for its default.
 */
final class YearOption {

  /** The lowest and highest years the core accepts ({@code Evaluation.forYear}). */
  static final int FIRST = 2000;

  static final int LAST = 2100;

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  private Integer year;

  @Option(names = "--year", paramLabel = "N",
      description = "The evaluation year, from 2000 to 2100 (default: 2019; for 'awards' the "
          + "latest year of the history).")
  void year(int value) {
    if (value < FIRST || value > LAST) {
      throw new ParameterException(mixee.commandLine(),
          "--year: expected a year from " + FIRST + " to " + LAST + ", found " + value);
    }
    this.year = value;
  }

  /** The year given, if one was. */
  OptionalInt given() {
    return year == null ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /** The year given, or {@code fallback}. */
  int orElse(int fallback) {
    return year == null ? fallback : year;
  }
}
