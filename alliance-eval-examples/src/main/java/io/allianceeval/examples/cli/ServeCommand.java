package io.allianceeval.examples.cli;

import io.allianceeval.examples.app.Accounts;
import io.allianceeval.examples.app.Passwords;
import io.allianceeval.examples.db.YearStore;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.examples.server.ServerOptions;
import io.allianceeval.examples.server.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the evaluation year's web server over the activity database, until Ctrl-C or
 * SIGTERM, which stop it gracefully (requests in flight finish; nothing answered is lost).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Runs the evaluation year's web server: accounts, the alliances' entries, "
        + "submission, approval and lock, and the report, for the secretariats and the office "
        + "in a browser, and the JSON API at /api/v1 (described at /api/v1/openapi.json).")
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Where the data is: one of the two. */
  static final class Database {
    @Option(names = "--db", paramLabel = "FILE", required = true,
        description = "The SQLite database file (the one 'db import' writes; created if missing).")
    Path file;

    @Option(names = "--jdbc-url", paramLabel = "URL", required = true,
        description = "A PostgreSQL database instead: jdbc:postgresql://host:port/db?user=…")
    String jdbcUrl;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Database database;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "The port to listen on (default: ${DEFAULT-VALUE}; 0: any free port).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; "
          + "0.0.0.0 for every network).")
  String bind;

  @Option(names = "--admin-password-file", paramLabel = "FILE",
      description = "On an empty database, the first office account's password, read from FILE; "
          + "without it a one-time password is printed.")
  Path adminPasswordFile;

  @Option(names = "--tls-keystore", paramLabel = "FILE.p12",
      description = "Serve HTTPS with the certificate in this PKCS#12 keystore; cookies are then "
          + "sent only over HTTPS.")
  Path tlsKeystore;

  @Option(names = "--tls-password-file", paramLabel = "FILE",
      description = "The keystore's password, read from FILE.")
  Path tlsPasswordFile;

  @Option(names = "--behind-tls-proxy",
      description = "A reverse proxy in front terminates HTTPS: cookies are marked Secure.")
  boolean behindProxy;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      converter = OutputOptions.LangConverter.class,
      description = "Language of what this command prints (default: ${DEFAULT-VALUE}).")
  Lang lang = Lang.ZH;

  @Override
  public Integer call() throws Exception {
    Optional<String> adminPassword = adminPasswordFile == null ? Optional.empty()
        : Optional.of(firstLine(adminPasswordFile, "--admin-password-file"));
    Optional<String> tlsPassword = tlsPasswordFile == null ? Optional.empty()
        : Optional.of(firstLine(tlsPasswordFile, "--tls-password-file"));
    if (tlsKeystore != null && !Files.isRegularFile(tlsKeystore)) {
      throw new BadInputException(InputProblem.inFile(tlsKeystore.toString(),
          "no such keystore file"));
    }
    YearStore store = database.file != null ? YearStore.open(database.file)
        : YearStore.connect(database.jdbcUrl);
    PrintWriter out = spec.commandLine().getOut();
    WebServer server;
    try {
      Optional<String> oneTime = new Accounts(store, new Passwords(), Clock.systemUTC())
          .bootstrap(adminPassword);
      oneTime.ifPresent(pw -> out.println(lang.text("serve.firstAccount", pw)));
      ServerOptions defaults = ServerOptions.of(bind, port);
      server = WebServer.start(store, new ServerOptions(bind, port,
          Optional.ofNullable(tlsKeystore), tlsPassword, tlsKeystore != null || behindProxy,
          defaults.idle(), defaults.clock(), defaults.ticker()));
    } catch (BadInputException | StorageException | RuntimeException e) {
      store.close();
      throw e;
    }
    String scheme = tlsKeystore != null ? "https" : "http";
    out.println(lang.text("serve.listening", database.file != null ? database.file
        : "PostgreSQL", scheme + "://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":"
        + server.port() + "/"));
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      out.println(lang.text("serve.stopped"));
      out.flush();
      stopped.countDown();
    }, "alliance-eval-stop"));
    stopped.await();
    return 0;
  }

  private static String firstLine(Path file, String option) throws BadInputException {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String line = text.lines().findFirst().orElse("");
      if (line.isEmpty()) {
        throw new BadInputException(InputProblem.inFile(file.toString(), "is empty; expected "
            + "the password on its first line (" + option + ")"));
      }
      return line;
    } catch (IOException e) {
      throw new BadInputException(InputProblem.inFile(file.toString(), "cannot be read ("
          + option + "); expected a readable file with the password on its first line"));
    }
  }
}
