package io.allianceeval.examples.db;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.year.Actor;
import io.allianceeval.year.Role;
import java.time.Instant;
import java.util.Optional;

/**
 * An account of the server as stored: who it is, its role and alliance, its password's hash (never
 * the password), whether the next login must change the password, and whether it is disabled.
 *
 * @param username the login name, 1 to 64 characters
 * @param role what the account may do
 * @param alliance the alliance of a secretariat; empty for the others
 * @param passwordHash the password's encoded hash (Argon2id)
 * @param mustChangePassword whether the password was set by someone else and must be changed
 * @param disabled whether the account may not log in
 * @param createdAt when it was created
 */
public record Account(String username, Role role, Optional<AllianceCode> alliance,
    String passwordHash, boolean mustChangePassword, boolean disabled, Instant createdAt) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a secretariat has no alliance or another role has one
   */
  public Account {
    requireNonNull(username, "username");
    requireNonNull(role, "role");
    requireNonNull(alliance, "alliance");
    requireNonNull(passwordHash, "passwordHash");
    requireNonNull(createdAt, "createdAt");
    if ((role == Role.SECRETARIAT) != alliance.isPresent()) {
      throw new IllegalArgumentException("a secretariat account, and only it, has an alliance: "
          + username);
    }
  }

  /** Who acts when this account does. */
  public Actor actor() {
    return new Actor(username, role, alliance);
  }

  @Override
  public String toString() {
    // never the hash
    return username + " (" + role + alliance.map(a -> " " + a).orElse("") + ")";
  }
}
