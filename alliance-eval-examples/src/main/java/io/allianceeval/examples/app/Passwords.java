package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Passwords: hashed with Argon2id (Spring Security's encoder over Bouncy Castle: 16-byte salt,
 * 32-byte hash, 16 MiB, 2 passes), checked against a hash, judged strong enough, and made up for a
 * one-time use. A password is never stored, logged or returned; only its hash is kept. Thread-safe.
 */
public final class Passwords {

  /** The fewest characters a password may have. */
  public static final int MIN_LENGTH = 10;

  /** The most characters a password may have (Argon2 takes any length; a form should not). */
  public static final int MAX_LENGTH = 200;

  /** Letters and digits that cannot be mistaken for one another when read out or copied. */
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  /** The length of a one-time password: 16 of 56 symbols, about 93 bits. */
  private static final int ONE_TIME_LENGTH = 16;

  private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  private final SecureRandom random = new SecureRandom();
  private final String dummyHash;

  /** Creates the hasher. */
  public Passwords() {
    dummyHash = encoder.encode("an unknown account takes as long to refuse");
  }

  /** The Argon2id hash of {@code password}, salted, in the encoder's self-describing form. */
  public String hash(String password) {
    return encoder.encode(requireNonNull(password, "password"));
  }

  /** Whether {@code password} is the one {@code hash} was made from. */
  public boolean matches(String password, String hash) {
    return encoder.matches(requireNonNull(password, "password"), requireNonNull(hash, "hash"));
  }

  /**
   * Spends the time of one {@link #matches} on nothing, so that a login for an unknown account takes
   * as long as one with a wrong password and does not tell which accounts exist.
   */
  public void matchNothing(String password) {
    encoder.matches(password, dummyHash);
  }

  /** A new random password for one use: the first login must change it. */
  public String oneTimePassword() {
    StringBuilder sb = new StringBuilder(ONE_TIME_LENGTH);
    for (int i = 0; i < ONE_TIME_LENGTH; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  /**
   * Why {@code password} may not be used, in English; empty if it may: it must have {@value
   * #MIN_LENGTH} to {@value #MAX_LENGTH} characters and not be all blank.
   */
  public static Optional<String> weakness(String password) {
    if (password == null || password.isBlank()) {
      return Optional.of("a password is required");
    }
    int n = password.codePointCount(0, password.length());
    if (n < MIN_LENGTH) {
      return Optional.of("a password needs at least " + MIN_LENGTH + " characters, found " + n);
    }
    if (n > MAX_LENGTH) {
      return Optional.of("a password may have at most " + MAX_LENGTH + " characters, found " + n);
    }
    return Optional.empty();
  }
}
