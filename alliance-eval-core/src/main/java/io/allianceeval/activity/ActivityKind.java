package io.allianceeval.activity;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.Fact;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an {@link Activity} records, and how the entries of one alliance become the value of a
 * {@link Fact} for a {@link Period}.
 *
 * <ul>
 *   <li>an {@linkplain Measure#COUNT event} (a council meeting, a project, a media report) is
 *       counted: the fact is the number of entries dated within the period;
 *   <li>a {@linkplain Measure#LATEST_VALUE state with a value} (the full-time secretariat staff) is
 *       measured at the end of the period: the value of the latest entry dated on or before the
 *       end; with none, 0;
 *   <li>a {@linkplain Measure#MONTHS_SINCE_LATEST dated state} (a website update) is measured at the
 *       end too: the whole months from the latest entry dated on or before the end to the end, as
 *       {@link java.time.temporal.ChronoUnit#MONTHS} counts them; with none, the fact is missing
 *       (for the website: no website).
 * </ul>
 *
 * @param name the kind's name in a log, lower-case snake_case ({@code council_meetings},
 *     {@code website_update})
 * @param fact the fact its entries give
 * @param measure how its entries become the fact
 */
public record ActivityKind(String name, Fact fact, Measure measure) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  /** How the entries of a kind become a fact. */
  public enum Measure {
    /** The number of entries dated within the period. Entries carry no value. */
    COUNT,
    /** The value of the latest entry on or before the end; 0 with none. Entries carry a value. */
    LATEST_VALUE,
    /**
     * The whole months from the latest entry on or before the end to the end; missing with none.
     * Entries carry no value: the date is what they record.
     */
    MONTHS_SINCE_LATEST
  }

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException if {@code name} is not lower-case snake_case
   */
  public ActivityKind {
    requireNonNull(name, "name");
    requireNonNull(fact, "fact");
    requireNonNull(measure, "measure");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "activity kind must be lower-case snake_case such as council_meetings: '" + name + "'");
    }
  }

  /** An event kind named after its fact: each entry in the period counts once. */
  public static ActivityKind event(Fact fact) {
    return new ActivityKind(requireNonNull(fact, "fact").name(), fact, Measure.COUNT);
  }

  /** A state kind named after its fact whose entries carry a value; the latest one counts. */
  public static ActivityKind latestValue(Fact fact) {
    return new ActivityKind(requireNonNull(fact, "fact").name(), fact, Measure.LATEST_VALUE);
  }

  /** A dated state kind: {@code fact} is the whole months since its latest entry. */
  public static ActivityKind monthsSinceLatest(String name, Fact fact) {
    return new ActivityKind(name, fact, Measure.MONTHS_SINCE_LATEST);
  }

  /** Whether its entries carry a value ({@link Measure#LATEST_VALUE}). */
  public boolean carriesValue() {
    return measure == Measure.LATEST_VALUE;
  }

  /** Whether it is measured at the end of the period rather than counted within it. */
  public boolean isState() {
    return measure != Measure.COUNT;
  }

  /** {@code council_meetings (count -> council_meetings)}. */
  @Override
  public String toString() {
    return name + " (" + measure.name().toLowerCase(Locale.ROOT) + " -> " + fact.name()
        + ")";
  }
}
