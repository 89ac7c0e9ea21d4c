package io.allianceeval.examples.server;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * How the server listens and keeps time.
 *
 * @param host the address to bind (127.0.0.1: this machine only)
 * @param port the port; 0 for any free one
 * @param tlsKeystore a PKCS#12 keystore with the server's certificate, to serve HTTPS (cookies
 *     then carry {@code Secure}); empty for HTTP
 * @param tlsPassword the keystore's password
 * @param secureCookies whether cookies carry {@code Secure}: true with TLS, or behind a reverse
 *     proxy that terminates TLS
 * @param idle how long a session lives without a request
 * @param clock the time the year's rules are judged at
 * @param ticker the time sessions and login back-off count in
 */
public record ServerOptions(String host, int port, Optional<Path> tlsKeystore,
    Optional<String> tlsPassword, boolean secureCookies, Duration idle, Clock clock,
    Ticker ticker) {

  /** The largest upload: 32 MiB. */
  public static final long MAX_UPLOAD_BYTES = 32L * 1024 * 1024;

  /** Checks the parts. */
  public ServerOptions {
    requireNonNull(host, "host");
    requireNonNull(tlsKeystore, "tlsKeystore");
    requireNonNull(tlsPassword, "tlsPassword");
    requireNonNull(idle, "idle");
    requireNonNull(clock, "clock");
    requireNonNull(ticker, "ticker");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be from 0 to 65535: " + port);
    }
  }

  /** HTTP on {@code host}:{@code port}, sessions of 30 minutes, the system's clocks. */
  public static ServerOptions of(String host, int port) {
    return new ServerOptions(host, port, Optional.empty(), Optional.empty(), false,
        Duration.ofMinutes(30), Clock.systemUTC(), Ticker.systemTicker());
  }
}
