package io.allianceeval.review;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.AllianceCode;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A member of the evaluation panel: an id, a name, and the alliances he or she is affiliated with
 * (experts are themselves officers of evaluated alliances) and so must never score. Immutable;
 * equal when id, name and affiliations are equal.
 */
public final class Expert implements Comparable<Expert> {

  private final String id;
  private final String name;
  private final SortedSet<AllianceCode> affiliations;

  private Expert(String id, String name, SortedSet<AllianceCode> affiliations) {
    this.id = id;
    this.name = name;
    this.affiliations = Collections.unmodifiableSortedSet(affiliations);
  }

  /**
   * An expert.
   *
   * @throws IllegalArgumentException if the id or name is blank or the id has white space
   */
  public static Expert of(String id, String name, Set<AllianceCode> affiliations) {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(affiliations, "affiliations");
    if (id.isBlank() || !id.equals(id.strip()) || id.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("expert id must be a word without spaces: '" + id + "'");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("expert " + id + ": name must not be blank");
    }
    return new Expert(id, name, new TreeSet<>(affiliations));
  }

  /** The id, such as {@code E01}. */
  public String id() {
    return id;
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The alliances the expert is affiliated with, ordered by code. */
  public SortedSet<AllianceCode> affiliations() {
    return affiliations;
  }

  /** Whether the expert is affiliated with {@code code}. */
  public boolean isAffiliatedWith(AllianceCode code) {
    return affiliations.contains(requireNonNull(code, "code"));
  }

  /** Orders by id. */
  @Override
  public int compareTo(Expert other) {
    return id.compareTo(other.id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Expert && ((Expert) o).id.equals(id) && ((Expert) o).name.equals(name)
        && ((Expert) o).affiliations.equals(affiliations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, affiliations);
  }

  /** {@code E01 仲继寿}. */
  @Override
  public String toString() {
    return id + " " + name;
  }
}
