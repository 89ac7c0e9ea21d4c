package io.allianceeval.model;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * One alliance's year of activity as entered in the dynamic information database
 * (联盟动态信息数据库): a value for each {@link Fact} that was entered.
 *
 * <p>A fact that was not entered is <em>missing</em>, which is not the same as zero: {@link
 * #fact(Fact)} is empty for it. Whether a missing fact makes the record ineligible is for the
 * indicator system to decide (the standard website rule reads a missing value as "no website").
 * Values are non-negative whole numbers. Immutable; equal when alliance, year and facts are equal.
 * Hand-written rather than generated: it keeps its facts in primitive arrays, for speed.
 */
public final class ActivityRecord {

  private static final int MISSING = -1;

  private final Alliance alliance;
  private final int year;
  /** The entered facts, ordered by name, and their values. */
  private final Fact[] keys;
  private final int[] values;
  /** By {@link Fact#index()}: the position in {@code keys} + 1; 0 where missing. */
  private final int[] slots;

  private ActivityRecord(Alliance alliance, int year, TreeMap<Fact, Integer> facts) {
    this.alliance = alliance;
    this.year = year;
    this.keys = facts.keySet().toArray(new Fact[0]);
    this.values = new int[keys.length];
    int size = 0;
    for (int i = 0; i < keys.length; i++) {
      values[i] = facts.get(keys[i]);
      size = Math.max(size, keys[i].index() + 1);
    }
    this.slots = new int[size];
    for (int i = 0; i < keys.length; i++) {
      slots[keys[i].index()] = i + 1;
    }
  }

  /** A builder for a record of {@code alliance} in {@code year}. */
  public static Builder builder(Alliance alliance, int year) {
    return new Builder(requireNonNull(alliance, "alliance"), Years.check(year));
  }

  /**
   * A record with the given facts.
   *
   * @throws IllegalArgumentException if the year is out of range or a value is negative
   */
  public static ActivityRecord of(Alliance alliance, int year, Map<Fact, Integer> facts) {
    requireNonNull(facts, "facts");
    Builder builder = builder(alliance, year);
    facts.forEach(builder::fact);
    return builder.build();
  }

  /** The alliance the record belongs to. */
  public Alliance alliance() {
    return alliance;
  }

  /** The alliance's code. */
  public AllianceCode code() {
    return alliance.code();
  }

  /** The year the activity took place in (the evaluation year). */
  public int year() {
    return year;
  }

  /** The value of {@code fact}, or empty if it was not entered. */
  public OptionalInt fact(Fact fact) {
    int v = fact(fact, MISSING);
    return v == MISSING ? OptionalInt.empty() : OptionalInt.of(v);
  }

  /**
   * The value of {@code fact}, or {@code ifMissing} if it was not entered: the allocation-free
   * read for policies that score many records.
   */
  public int fact(Fact fact, int ifMissing) {
    int i = requireNonNull(fact, "fact").index();
    int slot = i < slots.length ? slots[i] : 0;
    return slot == 0 ? ifMissing : values[slot - 1];
  }

  /** Whether {@code fact} was entered. */
  public boolean has(Fact fact) {
    int i = requireNonNull(fact, "fact").index();
    return i < slots.length && slots[i] != 0;
  }

  /** Every entered fact with its value, ordered by fact name; an unmodifiable copy. */
  public Map<Fact, Integer> facts() {
    Map<Fact, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < keys.length; i++) {
      map.put(keys[i], values[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ActivityRecord)) {
      return false;
    }
    ActivityRecord other = (ActivityRecord) o;
    return year == other.year && alliance.equals(other.alliance)
        && Arrays.equals(keys, other.keys) && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return ((alliance.hashCode() * 31 + year) * 31 + Arrays.hashCode(keys)) * 31
        + Arrays.hashCode(values);
  }

  /** For example {@code ActivityRecord{105 TD 产业技术创新战略联盟, 2019, {council_meetings=2, …}}}. */
  @Override
  public String toString() {
    return "ActivityRecord{" + alliance + ", " + year + ", " + facts() + "}";
  }

  /** Collects facts for one record. Not thread-safe; {@link #build()} may be called repeatedly. */
  public static final class Builder {
    private final Alliance alliance;
    private final int year;
    private final TreeMap<Fact, Integer> facts = new TreeMap<>();

    private Builder(Alliance alliance, int year) {
      this.alliance = alliance;
      this.year = year;
    }

    /**
     * Sets {@code fact} to {@code value}, replacing an earlier value.
     *
     * @throws IllegalArgumentException if {@code value} is negative; the message names the
     *     alliance and the fact
     */
    public Builder fact(Fact fact, int value) {
      requireNonNull(fact, "fact");
      if (value < 0) {
        throw new IllegalArgumentException(
            "alliance "
                + alliance.code()
                + ", fact "
                + fact
                + ": must be a non-negative whole number: "
                + value);
      }
      facts.put(fact, value);
      return this;
    }

    /** Marks {@code fact} as missing, removing a value set before. */
    public Builder missing(Fact fact) {
      facts.remove(requireNonNull(fact, "fact"));
      return this;
    }

    /** The record. */
    public ActivityRecord build() {
      return new ActivityRecord(alliance, year, facts);
    }
  }
}
