package io.allianceeval.examples.server;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import io.allianceeval.examples.db.Account;

/**
 * The server's sessions, in memory: a random id (256 bits) per login, each with its account and
 * its CSRF token, ended at logout and forgotten after {@code idle} without a request. A restart
 * ends every session (users log in again; nothing else is lost). Thread-safe.
 */
final class Sessions {

  /**
   * A logged-in session, with the account as it was at the login (a change of the account that
   * matters — disabling, a reset, a new password — ends or renews its sessions).
   */
  record Session(String id, Account account, String csrfToken) {
    String username() {
      return account.username();
    }

    @Override
    public String toString() {
      return "session of " + username(); // never the id or the token
    }
  }

  private final SecureRandom random = new SecureRandom();
  private final Cache<String, Session> sessions;

  /** Sessions that expire after {@code idle} without a request, on the clock of {@code ticker}. */
  Sessions(Duration idle, Ticker ticker) {
    sessions = Caffeine.newBuilder().expireAfterAccess(requireNonNull(idle, "idle"))
        .ticker(requireNonNull(ticker, "ticker")).maximumSize(100_000).build();
  }

  /** A new session of {@code account}, with a new id and a new CSRF token. */
  Session create(Account account) {
    Session s = new Session(token(), account, token());
    sessions.put(s.id(), s);
    return s;
  }

  /** The session {@code id}, if it is live; touching it restarts its idle time. */
  Optional<Session> get(String id) {
    return id == null || id.isEmpty() ? Optional.empty()
        : Optional.ofNullable(sessions.getIfPresent(id));
  }

  /** Ends the session {@code id}. */
  void end(String id) {
    if (id != null) {
      sessions.invalidate(id);
    }
  }

  /** Ends every session of {@code username} (its password was reset, or it was disabled). */
  void endAll(String username) {
    sessions.asMap().values().removeIf(s -> s.username().equals(username));
  }

  /** Whether {@code given} is the session's CSRF token, compared in constant time. */
  static boolean csrfMatches(Session session, String given) {
    return given != null && MessageDigest.isEqual(
        session.csrfToken().getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8));
  }

  /** A new random token: 256 bits, URL-safe Base64. */
  String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
