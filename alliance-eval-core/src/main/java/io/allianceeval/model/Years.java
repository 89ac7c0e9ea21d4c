package io.allianceeval.model;

/**
 * The range of evaluation years the library accepts. The evaluation began in 2013; the range is
 * wide enough for any real year and narrow enough to catch a typed {@code 219} or {@code 20199}.
 * {@code Evaluation.forYear} accepts the same range.
 */
final class Years {

  /** The earliest accepted year. */
  static final int MIN = 2000;

  /** The latest accepted year. */
  static final int MAX = 2100;

  private Years() {}

  /**
   * Returns {@code year} if it lies in {@code [MIN, MAX]}.
   *
   * @throws IllegalArgumentException otherwise, naming the range and the value
   */
  static int check(int year) {
    if (year < MIN || year > MAX) {
      throw new IllegalArgumentException(
          "year must be from " + MIN + " to " + MAX + ": " + year);
    }
    return year;
  }
}
