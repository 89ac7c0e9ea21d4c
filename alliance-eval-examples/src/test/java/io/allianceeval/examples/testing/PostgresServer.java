package io.allianceeval.examples.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A throwaway PostgreSQL server for tests: a new cluster in a temporary folder ({@code initdb}),
 * started on a free port of 127.0.0.1 with trust authentication and no fsync, stopped and deleted
 * by {@link #close()}. It uses the PostgreSQL 15 of the machine ({@code /usr/lib/postgresql/15/bin},
 * Debian's {@code postgresql-15}); PostgreSQL refuses to run as root, so as root it runs as the
 * {@code postgres} user through {@code runuser}. Where there is no PostgreSQL the tests that need
 * one are skipped with a message — except under {@code CI=true}, where they must run and fail
 * instead.
 */
public final class PostgresServer implements AutoCloseable {

  private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final Path dir;
  private final int port;
  private final boolean asPostgresUser;

  private PostgresServer(Path dir, int port, boolean asPostgresUser) {
    this.dir = dir;
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /**
   * Starts a server, or skips the test (a JUnit assumption) where the machine has no PostgreSQL
   * and {@code CI} is not {@code true}.
   */
  public static PostgresServer start() throws IOException, InterruptedException {
    boolean ci = "true".equals(System.getenv("CI"));
    boolean installed = Files.isExecutable(BIN.resolve("initdb"));
    if (!installed && ci) {
      throw new AssertionError("PostgreSQL 15 is not installed in " + BIN + "; CI must have it "
          + "(apt-get install postgresql-15)");
    }
    assumeTrue(installed, "no PostgreSQL 15 in " + BIN + ": PostgreSQL tests skipped");
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("alliance-eval-pg",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    PostgresServer server = new PostgresServer(dir, freePort(), root);
    if (root) {
      server.run("chown", "postgres", dir.toString());
    }
    server.runAsServerUser(BIN.resolve("initdb").toString(), "-D", server.data().toString(),
        "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
    server.runAsServerUser(BIN.resolve("pg_ctl").toString(), "-D", server.data().toString(),
        "-o", "-p " + server.port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
            + " -c max_connections=50",
        "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "start");
    return server;
  }

  private Path data() {
    return dir.resolve("data");
  }

  /** A JDBC URL of a new, empty database on this server. */
  public String newDatabase() throws SQLException {
    String name = "test_" + DATABASES.incrementAndGet();
    try (Connection c = DriverManager.getConnection(url("postgres"));
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return url(name);
  }

  private String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      runAsServerUser(BIN.resolve("pg_ctl").toString(), "-D", data().toString(), "-m",
          "immediate", "-w", "stop");
    } finally {
      run("rm", "-rf", dir.toString());
    }
  }

  private void runAsServerUser(String... command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (asPostgresUser) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(List.of(command));
    run(full.toArray(String[]::new));
  }

  private void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      String log = Files.exists(dir.resolve("server.log"))
          ? Files.readString(dir.resolve("server.log")) : "";
      throw new IOException(String.join(" ", command) + " failed:\n" + output + log);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
