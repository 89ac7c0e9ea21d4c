package io.allianceeval.model;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A typed key for one fact of an {@link ActivityRecord}: a non-negative whole number counted from
 * an alliance's entries in the dynamic information database, such as the number of council
 * meetings held in the year.
 *
 * <p>A fact is identified by its {@linkplain #name() name}, a lower-case snake_case word that is
 * also the column name in CSV files ({@code council_meetings}). Two facts with the same name are
 * equal; the units are only for reasons printed to people. The 20 facts of the standard 2019
 * indicator system are constants of {@code io.allianceeval.scoring.Standard2019}.
 *
 * <p>Immutable and thread-safe: facts may be created from many threads at once. Equality, hash code
 * and order are hand-written because they are by name alone, not by every field.
 */
public final class Fact implements Comparable<Fact> {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  /**
   * Every fact name seen, with its storage slot: records store values in an array by this slot.
   * {@code computeIfAbsent} runs the slot function at most once per name, and the counter hands
   * out each slot once, however many threads create facts at the same time.
   */
  private static final ConcurrentHashMap<String, Integer> SLOTS = new ConcurrentHashMap<>();

  private static final AtomicInteger NEXT_SLOT = new AtomicInteger();


  private final String name;
  private final String unit;
  private final String units;
  private final int index;

  private Fact(String name, String unit, String units) {
    this.name = name;
    this.unit = unit;
    this.units = units;
    this.index = SLOTS.computeIfAbsent(name, n -> NEXT_SLOT.getAndIncrement());
  }

  /**
   * A small number unique to the fact's name within this JVM, for array-backed storage. Not
   * stable across runs; never persist it.
   */
  int index() {
    return index;
  }

  /**
   * A fact with a unit, singular and plural, used in reasons ("3 meetings").
   *
   * @throws IllegalArgumentException if {@code name} is not lower-case snake_case
   */
  public static Fact of(String name, String unit, String units) {
    requireNonNull(name, "name");
    requireNonNull(unit, "unit");
    requireNonNull(units, "units");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "fact name must be lower-case snake_case such as council_meetings: '" + name + "'");
    }
    return new Fact(name, unit, units);
  }

  /** A fact without a unit. */
  public static Fact of(String name) {
    return of(name, "", "");
  }

  /** The name, also the CSV column name: {@code council_meetings}. */
  public String name() {
    return name;
  }

  /** The value with its unit, for reasons: {@code "1 meeting"}, {@code "3 meetings"}, {@code "3"}. */
  public String quantity(long value) {
    String word = value == 1 ? unit : units;
    return word.isEmpty() ? Long.toString(value) : value + " " + word;
  }

  /** The plural unit, possibly empty: {@code "meetings"}. */
  public String units() {
    return units;
  }

  @Override
  public int compareTo(Fact other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fact && ((Fact) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The name. */
  @Override
  public String toString() {
    return name;
  }
}
