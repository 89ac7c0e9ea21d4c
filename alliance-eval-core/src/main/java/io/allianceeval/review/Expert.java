package io.allianceeval.review;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.AllianceCode;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A member of the evaluation panel: an id, a name, and the alliances he or she is affiliated with
 * (experts are themselves officers of evaluated alliances) and so must never score. Equal when
 * id, name and affiliations are equal.
 *
 * @param id the id, such as {@code E01}: a word without spaces
 * @param name the name
 * @param affiliations the alliances the expert is affiliated with, ordered by code
 */
public record Expert(String id, String name, SortedSet<AllianceCode> affiliations)
    implements Comparable<Expert> {

  /**
   * Checks and copies the parts.
   *
   * @throws IllegalArgumentException if the id or name is blank or the id has white space
   */
  public Expert {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(affiliations, "affiliations");
    if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("expert id must be a word without spaces: '" + id + "'");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("expert " + id + ": name must not be blank");
    }
    affiliations = Collections.unmodifiableSortedSet(new TreeSet<>(affiliations));
  }

  /**
   * An expert.
   *
   * @throws IllegalArgumentException if the id or name is blank or the id has white space
   */
  public static Expert of(String id, String name, Set<AllianceCode> affiliations) {
    return new Expert(id, name, new TreeSet<>(requireNonNull(affiliations, "affiliations")));
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

  /** {@code E01 仲继寿}. */
  @Override
  public String toString() {
    return id + " " + name;
  }
}
