package io.allianceeval.awards;

import java.util.List;
import java.util.OptionalInt;

/**
 * A run of consecutive years in which an alliance met a condition: its years, ascending. An empty
 * streak has length 0 and no years.
 */
public record Streak(List<Integer> years) {

  /** Creates the streak; the years must be consecutive and ascending. */
  public Streak {
    years = List.copyOf(years);
    for (int i = 1; i < years.size(); i++) {
      if (years.get(i) != years.get(i - 1) + 1) {
        throw new IllegalArgumentException("a streak's years must be consecutive: " + years);
      }
    }
  }

  /** The number of years. */
  public int length() {
    return years.size();
  }

  /** The first year, if any. */
  public OptionalInt from() {
    return years.isEmpty() ? OptionalInt.empty() : OptionalInt.of(years.get(0));
  }

  /** The last year, if any. */
  public OptionalInt to() {
    return years.isEmpty() ? OptionalInt.empty() : OptionalInt.of(years.get(years.size() - 1));
  }

  /** {@code 6 years (2014-2019)}, {@code none}. */
  @Override
  public String toString() {
    return years.isEmpty() ? "none" : length() + (length() == 1 ? " year (" : " years (")
        + from().getAsInt() + (length() == 1 ? "" : "-" + to().getAsInt()) + ")";
  }
}
