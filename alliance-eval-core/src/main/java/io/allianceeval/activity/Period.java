package io.allianceeval.activity;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The evaluation period (评价内容时限): the first and the last day, both included. The default is
 * the calendar year of the evaluation, "2019 年 1 月 1 日—12 月 31 日".
 *
 * @param start the first day
 * @param end the last day, on or after {@code start}
 */
public record Period(LocalDate start, LocalDate end) {

  /**
   * Checks the days.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public Period {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period must end on or after its start: " + start + ".."
          + end);
    }
  }

  /** The period from {@code start} to {@code end}, both included. */
  public static Period of(LocalDate start, LocalDate end) {
    return new Period(start, end);
  }

  /** The calendar year {@code year}: 1 January to 31 December. */
  public static Period year(int year) {
    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Parses {@code 2019-01-01..2019-12-31}, the form {@link #toString()} gives.
   *
   * @throws IllegalArgumentException naming the text, if it is not two ISO dates joined by
   *     {@code ..}, or the end is before the start
   */
  public static Period parse(String text) {
    requireNonNull(text, "text");
    String[] parts = text.split("\\.\\.", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new IllegalArgumentException("period must be START..END with ISO dates such as "
          + "2019-01-01..2019-12-31: '" + text + "'");
    }
    try {
      return new Period(LocalDate.parse(parts[0].strip()), LocalDate.parse(parts[1].strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("period must be START..END with ISO dates such as "
          + "2019-01-01..2019-12-31: '" + text + "' ('" + e.getParsedString()
          + "' is not a day of the calendar)");
    }
  }

  /** Whether {@code date} lies in the period, both ends included. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** {@code 2019-01-01..2019-12-31}. */
  @Override
  public String toString() {
    return start + ".." + end;
  }
}
