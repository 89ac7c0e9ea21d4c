package io.allianceeval.year;

import io.allianceeval.model.AllianceCode;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone acting in the evaluation year: a user name, a role and, for a secretariat, the one
 * alliance it speaks for.
 *
 * @param username the account's name, not blank
 * @param role the role
 * @param alliance the secretariat's alliance; empty for the office and for experts
 */
public record Actor(String username, Role role, Optional<AllianceCode> alliance) {

  /**
   * @throws IllegalArgumentException for a blank user name, a secretariat without an alliance, or
   *     an office or expert account with one
   */
  public Actor {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(alliance, "alliance");
    if (username.isBlank()) {
      throw new IllegalArgumentException("a user name must not be blank");
    }
    if ((role == Role.SECRETARIAT) != alliance.isPresent()) {
      throw new IllegalArgumentException(role == Role.SECRETARIAT
          ? "a secretariat account speaks for one alliance: " + username + " has none"
          : "only a secretariat account has an alliance: " + username + " is " + role);
    }
  }

  /** An office account. */
  public static Actor office(String username) {
    return new Actor(username, Role.OFFICE, Optional.empty());
  }

  /** The secretariat account of {@code alliance}. */
  public static Actor secretariat(String username, AllianceCode alliance) {
    return new Actor(username, Role.SECRETARIAT, Optional.of(alliance));
  }

  /** An expert account. */
  public static Actor expert(String username) {
    return new Actor(username, Role.EXPERT, Optional.empty());
  }

  /** Whether this is the office, or the secretariat of {@code code}. */
  public boolean speaksFor(AllianceCode code) {
    return role == Role.OFFICE || alliance.filter(code::equals).isPresent();
  }
}
