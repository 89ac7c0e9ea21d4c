package io.allianceeval.examples.server;

import com.github.benmanes.caffeine.cache.Ticker;
import io.allianceeval.examples.app.Accounts;
import io.allianceeval.examples.app.Passwords;
import io.allianceeval.examples.db.YearStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A server for a test, in-process on a free port, over a new SQLite file or a new PostgreSQL
 * database, with clocks the test moves: {@link #advance} moves both the year's clock and the
 * sessions' ticker. The first office account is {@code office} with {@link #OFFICE_PASSWORD}.
 */
final class TestServer implements AutoCloseable {

  static final String OFFICE_PASSWORD = "office-password-1";

  /** The time the server starts at: 2019-06-01, inside the 2019 period. */
  static final Instant START = Instant.parse("2019-06-01T02:00:00Z");

  /** A clock the test sets. */
  static final class MovableClock extends Clock {
    private final AtomicReference<Instant> now;

    MovableClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    void advance(Duration d) {
      now.updateAndGet(t -> t.plus(d));
    }
  }

  final MovableClock clock = new MovableClock(START);
  final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  final YearStore store;
  final WebServer server;
  final String base;

  private TestServer(YearStore store) throws Exception {
    this.store = store;
    Ticker ticker = nanos::get;
    new Accounts(store, new Passwords(), clock).bootstrap(Optional.of(OFFICE_PASSWORD));
    this.server = WebServer.start(store, new ServerOptions("127.0.0.1", 0, Optional.empty(),
        Optional.empty(), false, Duration.ofMinutes(30), clock, ticker));
    this.base = "http://127.0.0.1:" + server.port();
  }

  /** A server over a new SQLite file in {@code dir}. */
  static TestServer sqlite(Path dir) throws Exception {
    return new TestServer(YearStore.open(Files.createTempFile(dir, "year", ".db")));
  }

  /** A server over the PostgreSQL database {@code jdbcUrl}. */
  static TestServer postgres(String jdbcUrl) throws Exception {
    return new TestServer(YearStore.connect(jdbcUrl));
  }

  /** Moves the year's clock and the sessions' ticker by {@code d}. */
  void advance(Duration d) {
    clock.advance(d);
    nanos.addAndGet(d.toNanos());
  }

  ApiClient client() {
    return new ApiClient(base);
  }

  @Override
  public void close() {
    server.close();
  }
}
