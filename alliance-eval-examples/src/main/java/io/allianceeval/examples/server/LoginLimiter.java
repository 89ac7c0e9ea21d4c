package io.allianceeval.examples.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Limits failed logins, per account and per client address, with back-off: the first {@value
 * #FREE} failures cost nothing; each further one blocks further attempts for twice as long as the
 * one before (1 s, 2 s, 4 s … up to {@link #MAX_BLOCK}). A success clears the account's count; a
 * count is forgotten an hour after its last failure. Thread-safe.
 */
final class LoginLimiter {

  /** Failures allowed before the back-off starts. */
  static final int FREE = 5;

  /** The longest block. */
  static final Duration MAX_BLOCK = Duration.ofMinutes(15);

  /** Failures and the end of the block, of one account or address. */
  private record Failures(int count, long blockedUntilNanos) {}

  private final Ticker ticker;
  private final Cache<String, Failures> failures;

  LoginLimiter(Ticker ticker) {
    this.ticker = ticker;
    this.failures = Caffeine.newBuilder().expireAfterWrite(1, TimeUnit.HOURS).ticker(ticker)
        .maximumSize(100_000).build();
  }

  /** How long {@code username} from {@code address} must wait before trying again, if at all. */
  Optional<Duration> blocked(String username, String address) {
    long now = ticker.read();
    long until = Math.max(until(account(username)), until(address(address)));
    return until > now ? Optional.of(Duration.ofNanos(until - now)) : Optional.empty();
  }

  /** Counts a failed login of {@code username} from {@code address}. */
  void failed(String username, String address) {
    long now = ticker.read();
    for (String key : new String[] {account(username), address(address)}) {
      failures.asMap().compute(key, (k, f) -> {
        int count = f == null ? 1 : f.count() + 1;
        long block = count <= FREE ? 0 : Math.min(MAX_BLOCK.toNanos(),
            TimeUnit.SECONDS.toNanos(1L << Math.min(30, count - FREE - 1)));
        return new Failures(count, now + block);
      });
    }
  }

  /** Clears the failures of {@code username} after a good login (the address keeps its own). */
  void succeeded(String username) {
    failures.invalidate(account(username));
  }

  private long until(String key) {
    Failures f = failures.getIfPresent(key);
    return f == null ? Long.MIN_VALUE : f.blockedUntilNanos();
  }

  private static String account(String username) {
    return "account:" + String.valueOf(username).toLowerCase(Locale.ROOT);
  }

  private static String address(String address) {
    return "address:" + address;
  }
}
