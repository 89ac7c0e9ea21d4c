package io.allianceeval.examples.bench;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.allianceeval.examples.cli.AllianceEvalCommand;
import io.allianceeval.examples.testing.PostgresServer;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The server under load (PERFORMANCE.md): {@code alliance-eval serve} started as its own process
 * over a new SQLite file or a throwaway PostgreSQL database; 199 secretariat sessions, each adding
 * an entry or reading its tally about once a second (think time 0.5–1.5 s), and the office reading
 * the dashboard, for 60 seconds; then every entry the server accepted is looked for. Prints the
 * errors, the entries lost, and the latency percentiles of each kind of request.
 *
 * <pre>
 * mvn -B -q install -DskipTests
 * mvn -B -q -f alliance-eval-examples/pom.xml test-compile exec:exec@load -Dload.database=sqlite
 * mvn -B -q -f alliance-eval-examples/pom.xml test-compile exec:exec@load -Dload.database=postgres
 * </pre>
 */
public final class ServerLoad {

  private static final Gson GSON = new Gson();
  private static final int SECRETARIATS = 199;

  /**
   * One HTTP client for every session (one selector thread, one connection pool), as a load
   * balancer would talk to the server; each session keeps its own cookie and token.
   */
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .executor(java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "load-http");
        t.setDaemon(true);
        return t;
      })).build();

  /** One user's session: its cookie and CSRF token. */
  static final class Client {
    final HttpClient http = HTTP;
    final String base;
    String csrf = "";
    String cookie = "";

    Client(String base) {
      this.base = base;
    }

    HttpResponse<byte[]> send(String method, String path, Object json) throws Exception {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
          .timeout(java.time.Duration.ofSeconds(30));
      if (!csrf.isEmpty()) {
        b.header("X-CSRF-Token", csrf);
      }
      if (!cookie.isEmpty()) {
        b.header("Cookie", cookie);
      }
      if (json != null) {
        b.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(GSON.toJson(json)));
      } else {
        b.method(method, HttpRequest.BodyPublishers.noBody());
      }
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("ae_session="))
          .findFirst().ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
      return r;
    }

    JsonElement json(HttpResponse<byte[]> r) {
      return JsonParser.parseString(new String(r.body(), StandardCharsets.UTF_8));
    }

    void login(String user, String password) throws Exception {
      HttpResponse<byte[]> r = send("POST", "/api/v1/login", Map.of("username", user,
          "password", password));
      require(r, 200);
      csrf = json(r).getAsJsonObject().get("csrfToken").getAsString();
    }
  }

  /** Latencies of one kind of request, in microseconds. */
  static final class Latencies {
    private final List<long[]> chunks = new ArrayList<>();
    private long[] current = new long[4096];
    private int n;
    final AtomicInteger errors = new AtomicInteger();

    synchronized void add(long micros) {
      if (n == current.length) {
        chunks.add(current);
        current = new long[4096];
        n = 0;
      }
      current[n++] = micros;
    }

    synchronized long[] sorted() {
      int total = chunks.size() * 4096 + n;
      long[] all = new long[total];
      int i = 0;
      for (long[] c : chunks) {
        System.arraycopy(c, 0, all, i, c.length);
        i += c.length;
      }
      System.arraycopy(current, 0, all, i, n);
      Arrays.sort(all);
      return all;
    }
  }

  private ServerLoad() {}

  public static void main(String[] args) throws Exception {
    String database = args.length > 0 ? args[0] : "sqlite";
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    try (Served served = Served.start(database)) {
      run(served.base(), database, seconds);
    }
  }

  /**
   * {@code alliance-eval serve} as its own process over a new SQLite file or a throwaway
   * PostgreSQL database, with the office's password {@code office-password-1}.
   */
  record Served(String base, Process server, PostgresServer postgres) implements AutoCloseable {

    static Served start(String database) throws Exception {
      Path dir = Files.createTempDirectory("alliance-eval-load");
      PostgresServer postgres = null;
      List<String> source;
      if (database.equals("postgres")) {
        postgres = PostgresServer.start();
        source = List.of("--jdbc-url", postgres.newDatabase());
      } else {
        source = List.of("--db", dir.resolve("year.db").toString());
      }
      Path pw = dir.resolve("admin");
      Files.writeString(pw, "office-password-1\n");
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"),
          "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
          AllianceEvalCommand.class.getName(), "serve", "--port", "0", "--admin-password-file",
          pw.toString(), "--lang", "en"));
      command.addAll(source);
      Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
      BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
          StandardCharsets.UTF_8));
      Pattern listening = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
      String port = null;
      for (String line; port == null && (line = out.readLine()) != null; ) {
        Matcher m = listening.matcher(line); // lines before it: the JVM's own notices
        if (m.find()) {
          port = m.group(1);
        }
      }
      if (port == null) {
        throw new IllegalStateException("the server did not start");
      }
      Thread drain = new Thread(() -> {
        try {
          while (out.readLine() != null) {
            // the server's later lines: keep its pipe from filling
          }
        } catch (java.io.IOException e) {
          // the server has ended
        }
      });
      drain.setDaemon(true);
      drain.start();
      return new Served("http://127.0.0.1:" + port, server, postgres);
    }

    @Override
    public void close() throws Exception {
      server.toHandle().destroy();
      server.waitFor(60, TimeUnit.SECONDS);
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  private static void run(String base, String database, int seconds) throws Exception {
    Client office = new Client(base);
    office.login("office", "office-password-1");
    StringBuilder roster = new StringBuilder("code,name\n");
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < SECRETARIATS; i++) {
      String code = "123".charAt(i / 99) + String.format("%02d", i % 99 + 1);
      codes.add(code);
      roster.append(code).append(",负载测试联盟").append(code).append('\n');
    }
    Map<String, String> passwords = rosterAccounts(office, roster.toString());
    require(office.send("POST", "/api/v1/years", Map.of("year", 2019, "deadline",
        "2100-01-01T00:00:00Z")), 201);
    long setup = System.nanoTime();
    List<Client> secretariats = new ArrayList<>();
    for (String code : codes) {
      secretariats.add(session(base, "lm" + code, passwords.get("lm" + code)));
    }
    System.out.printf("setup: %d sessions logged in and changed passwords in %.1f s%n",
        secretariats.size() + 1, (System.nanoTime() - setup) / 1e9);

    Latencies post = new Latencies();
    Latencies tally = new Latencies();
    Latencies dashboard = new Latencies();
    Map<String, Set<Long>> accepted = new LinkedHashMap<>();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < secretariats.size(); i++) {
      Client c = secretariats.get(i);
      String code = codes.get(i);
      Set<Long> mine = new HashSet<>();
      accepted.put(code, mine);
      threads.add(new Thread(() -> session(c, code, mine, post, tally, end)));
    }
    threads.add(new Thread(() -> {
      while (System.nanoTime() < end) {
        think();
        timed(dashboard, () -> office.send("GET", "/api/v1/years/2019/status", null), 200);
      }
    }));
    double elapsed = runAll(threads);

    int lost = 0;
    int stored = 0;
    for (int i = 0; i < secretariats.size(); i++) {
      Client c = secretariats.get(i);
      JsonArray list = c.json(c.send("GET", "/api/v1/years/2019/alliances/" + codes.get(i)
          + "/entries", null)).getAsJsonArray();
      Set<Long> ids = new HashSet<>();
      list.forEach(e -> ids.add(e.getAsJsonObject().get("id").getAsLong()));
      stored += ids.size();
      for (long id : accepted.get(codes.get(i))) {
        if (!ids.contains(id)) {
          lost++;
        }
      }
    }
    int acceptedCount = accepted.values().stream().mapToInt(Set::size).sum();
    System.out.printf("%s: %d sessions, %.0f s; entries accepted %d, stored %d, lost %d%n",
        database, secretariats.size() + 1, elapsed, acceptedCount, stored, lost);
    System.out.println("| request | requests | per second | errors | p50 | p95 | p99 | max |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    print("POST entry", post, elapsed);
    print("GET tally", tally, elapsed);
    print("GET dashboard (status)", dashboard, elapsed);
  }

  private static void session(Client c, String code, Set<Long> accepted, Latencies post,
      Latencies tally, long end) {
    int n = 0;
    while (System.nanoTime() < end) {
      think();
      if (ThreadLocalRandom.current().nextBoolean()) {
        Map<String, Object> entry = Map.of("kind", "media_reports", "date", "2019-06-"
            + String.format("%02d", n % 28 + 1), "title", "负载测试报道 " + code + "-" + n++);
        HttpResponse<byte[]> r = timed(post, () -> c.send("POST",
            "/api/v1/years/2019/alliances/" + code + "/entries", entry), 201);
        if (r != null && r.statusCode() == 201) {
          accepted.add(c.json(r).getAsJsonObject().get("id").getAsLong());
        }
      } else {
        timed(tally, () -> c.send("GET", "/api/v1/years/2019/alliances/" + code + "/tally",
            null), 200);
      }
    }
  }

  interface Call {
    HttpResponse<byte[]> call() throws Exception;
  }

  /** Starts every thread, waits for all of them, and gives the seconds they took together. */
  static double runAll(List<Thread> threads) throws InterruptedException {
    long start = System.nanoTime();
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  static HttpResponse<byte[]> timed(Latencies l, Call call, int expected) {
    long t0 = System.nanoTime();
    try {
      HttpResponse<byte[]> r = call.call();
      l.add((System.nanoTime() - t0) / 1000);
      if (r.statusCode() != expected) {
        l.errors.incrementAndGet();
      }
      return r;
    } catch (Exception e) {
      l.add((System.nanoTime() - t0) / 1000);
      l.errors.incrementAndGet();
      return null;
    }
  }

  static void think() {
    try {
      Thread.sleep(500 + ThreadLocalRandom.current().nextInt(1000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void print(String what, Latencies l, double seconds) {
    long[] s = l.sorted();
    System.out.printf("| %s | %d | %.0f | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", what,
        s.length, s.length / seconds, l.errors.get(), pct(s, 50), pct(s, 95), pct(s, 99),
        s.length == 0 ? 0 : s[s.length - 1] / 1000.0);
  }

  private static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1000.0;
  }

  static Map<String, String> rosterAccounts(Client office, String roster)
      throws Exception {
    HttpResponse<byte[]> r = upload(office, "/api/v1/accounts/roster", "roster", "roster.csv",
        roster, Map.of());
    require(r, 201);
    return passwords(r.body());
  }

  /** Posts {@code content} as the file {@code field} of a multipart form, with {@code fields}. */
  static HttpResponse<byte[]> upload(Client c, String path, String field, String filename,
      String content, Map<String, String> fields) throws Exception {
    String boundary = "----load";
    StringBuilder body = new StringBuilder();
    fields.forEach((k, v) -> body.append("--").append(boundary).append("\r\nContent-Disposition:"
        + " form-data; name=\"").append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
    body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
        .append(field).append("\"; filename=\"").append(filename).append("\"\r\nContent-Type:"
            + " text/csv\r\n\r\n").append(content).append("\r\n--").append(boundary)
        .append("--\r\n");
    return c.http.send(HttpRequest.newBuilder(URI.create(c.base + path))
        .header("X-CSRF-Token", c.csrf).header("Cookie", c.cookie)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toString()
            .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A workbook of one-time passwords: username → password. */
  static Map<String, String> passwords(byte[] xlsx) throws Exception {
    Map<String, String> map = new LinkedHashMap<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      DataFormatter f = new DataFormatter();
      for (Row row : wb.getSheetAt(0)) {
        if (row.getRowNum() > 0) {
          map.put(f.formatCellValue(row.getCell(2)), f.formatCellValue(row.getCell(3)));
        }
      }
    }
    return map;
  }

  /** A session of {@code user}, logged in with its own password after the one-time one. */
  static Client session(String base, String user, String oneTime) throws Exception {
    Client c = new Client(base);
    c.login(user, oneTime);
    require(c.send("POST", "/api/v1/password", Map.of("currentPassword", oneTime,
        "newPassword", "load-password-" + user)), 200);
    c.csrf = "";
    c.login(user, "load-password-" + user);
    return c;
  }

  static void require(HttpResponse<byte[]> r, int status) {
    if (r.statusCode() != status) {
      throw new IllegalStateException("expected " + status + ", found " + r.statusCode() + ": "
          + new String(r.body(), StandardCharsets.UTF_8));
    }
  }
}
