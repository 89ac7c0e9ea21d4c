package io.allianceeval.examples.bench;

import static io.allianceeval.examples.bench.ServerLoad.require;
import static io.allianceeval.examples.bench.ServerLoad.think;
import static io.allianceeval.examples.bench.ServerLoad.timed;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The review under load (PERFORMANCE.md): {@code alliance-eval serve} as its own process; 157
 * alliances locked with an approved entry each and their 2018 results imported; the 31 experts of
 * a five-group panel scoring round 1 — each saves a total for each of his or her alliances again
 * and again (think time 0.5–1.5 s), and submits the sheet at the end — while the 157 secretariats
 * read their history and their tally about once a second. Then every score the server accepted is
 * looked for: the last one each expert saved for each alliance must be the one stored. Prints the
 * errors, the scores lost, and the latency percentiles of each kind of request.
 *
 * <pre>
 * mvn -B -q install -DskipTests
 * mvn -B -q -f alliance-eval-examples/pom.xml test-compile exec:exec@review-load \
 *     -Dload.database=sqlite
 * </pre>
 */
public final class ReviewLoad {

  private static final int ALLIANCES = 157;
  private static final int EXPERTS = 31;

  private ReviewLoad() {}

  public static void main(String[] args) throws Exception {
    String database = args.length > 0 ? args[0] : "sqlite";
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    try (ServerLoad.Served served = ServerLoad.Served.start(database)) {
      run(served.base(), database, seconds);
    }
  }

  private static void run(String base, String database, int seconds) throws Exception {
    long setup = System.nanoTime();
    ServerLoad.Client office = new ServerLoad.Client(base);
    office.login("office", "office-password-1");
    StringBuilder roster = new StringBuilder("code,name\n");
    StringBuilder results2018 = new StringBuilder("code,name,score\n");
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < ALLIANCES; i++) {
      String code = "123".charAt(i / 60) + String.format("%02d", i % 60 + 1);
      codes.add(code);
      roster.append(code).append(",负载测试联盟").append(code).append('\n');
      results2018.append(code).append(",负载测试联盟").append(code).append(',')
          .append(40 + i % 60).append('\n');
    }
    Map<String, String> passwords = ServerLoad.rosterAccounts(office, roster.toString());
    require(ServerLoad.upload(office, "/api/v1/results", "file", "2018.csv",
        results2018.toString(), Map.of("year", "2018")), 201);
    Instant deadline = Instant.now().plusSeconds(20);
    require(office.send("POST", "/api/v1/years", Map.of("year", 2019, "deadline",
        deadline.toString())), 201);
    for (String code : codes) {
      String a = "/api/v1/years/2019/alliances/" + code;
      require(office.send("POST", a + "/entries", Map.of("kind", "council_meetings", "date",
          "2019-04-01", "title", "理事会 " + code)), 201);
      require(office.send("POST", a + "/submit", null), 200);
      require(office.send("POST", a + "/approve", null), 200);
    }
    Thread.sleep(Math.max(0, deadline.toEpochMilli() - System.currentTimeMillis() + 1000));
    require(office.send("POST", "/api/v1/years/2019/lock", null), 200);
    StringBuilder panel = new StringBuilder("id,name,group,affiliations\n");
    for (int i = 1; i <= EXPERTS; i++) {
      panel.append(String.format("E%02d,负载测试专家%02d,第%d组,%s%n", i, i, 1 + i % 5,
          i % 4 == 0 ? codes.get(i) : ""));
    }
    HttpResponse<byte[]> imported = ServerLoad.upload(office, "/api/v1/years/2019/panel", "file",
        "panel.csv", panel.toString(), Map.of());
    require(imported, 201);
    Map<String, String> expertPasswords = ServerLoad.passwords(imported.body());
    HttpResponse<byte[]> plan = office.send("POST", "/api/v1/years/2019/assignment",
        Map.of("seed", 2019, "minExperts", 2));
    require(plan, 201);
    require(office.send("POST", "/api/v1/years/2019/rounds/1/open", null), 200);
    Map<String, List<String>> assigned = new LinkedHashMap<>();
    for (JsonElement e : office.json(plan).getAsJsonObject().getAsJsonArray("alliances")) {
      JsonObject a = e.getAsJsonObject();
      for (JsonElement x : a.getAsJsonArray("experts1")) {
        assigned.computeIfAbsent(x.getAsString(), k -> new ArrayList<>())
            .add(a.get("code").getAsString());
      }
    }
    Map<String, ServerLoad.Client> experts = new LinkedHashMap<>();
    for (String id : assigned.keySet()) {
      experts.put(id, ServerLoad.session(base, id.toLowerCase(java.util.Locale.ROOT),
          expertPasswords.get(id.toLowerCase(java.util.Locale.ROOT))));
    }
    List<ServerLoad.Client> secretariats = new ArrayList<>();
    for (String code : codes) {
      secretariats.add(ServerLoad.session(base, "lm" + code, passwords.get("lm" + code)));
    }
    System.out.printf("setup: %d alliances locked, %d experts planned, %d sessions in %.1f s%n",
        codes.size(), experts.size(), experts.size() + secretariats.size() + 1,
        (System.nanoTime() - setup) / 1e9);

    ServerLoad.Latencies put = new ServerLoad.Latencies();
    ServerLoad.Latencies submit = new ServerLoad.Latencies();
    ServerLoad.Latencies history = new ServerLoad.Latencies();
    ServerLoad.Latencies tally = new ServerLoad.Latencies();
    Map<String, Integer> lastAccepted = new ConcurrentHashMap<>(); // expert/code -> total
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Thread> threads = new ArrayList<>();
    for (Map.Entry<String, ServerLoad.Client> e : experts.entrySet()) {
      String id = e.getKey();
      ServerLoad.Client c = e.getValue();
      List<String> mine = assigned.get(id);
      threads.add(new Thread(() -> {
        int n = 0;
        while (System.nanoTime() < end) {
          think();
          String code = mine.get(n++ % mine.size());
          int total = 40 + ThreadLocalRandom.current().nextInt(61);
          HttpResponse<byte[]> r = timed(put, () -> c.send("PUT", "/api/v1/years/2019/rounds/1"
              + "/scores/" + code, Map.of("total", total)), 200);
          if (r != null && r.statusCode() == 200) {
            lastAccepted.put(id + "/" + code, total);
          }
        }
        if (n >= mine.size()) {
          timed(submit, () -> c.send("POST", "/api/v1/years/2019/rounds/1/submit", null), 200);
        }
      }));
    }
    for (int i = 0; i < secretariats.size(); i++) {
      ServerLoad.Client c = secretariats.get(i);
      String code = codes.get(i);
      threads.add(new Thread(() -> {
        while (System.nanoTime() < end) {
          think();
          if (ThreadLocalRandom.current().nextBoolean()) {
            timed(history, () -> c.send("GET", "/api/v1/alliances/" + code + "/history", null),
                200);
          } else {
            timed(tally, () -> c.send("GET", "/api/v1/years/2019/alliances/" + code + "/tally",
                null), 200);
          }
        }
      }));
    }
    double elapsed = ServerLoad.runAll(threads);

    int lost = 0;
    Map<String, Integer> stored = new LinkedHashMap<>();
    for (String code : codes) {
      JsonArray scores = office.json(office.send("GET", "/api/v1/years/2019/rounds/1/scores/"
          + code, null)).getAsJsonObject().getAsJsonArray("scores");
      for (JsonElement s : scores) {
        JsonObject o = s.getAsJsonObject();
        stored.put(o.get("expert").getAsString() + "/" + code,
            new java.math.BigDecimal(o.get("points").getAsString()).intValueExact());
      }
    }
    for (Map.Entry<String, Integer> e : lastAccepted.entrySet()) {
      if (!e.getValue().equals(stored.get(e.getKey()))) {
        lost++;
      }
    }
    int outstanding = office.json(office.send("GET", "/api/v1/years/2019/rounds/1/progress",
        null)).getAsJsonObject().get("outstanding").getAsInt();
    System.out.printf("%s: %d experts and %d secretariats, %.0f s; scores saved %d, stored %d,"
        + " lost %d; sheets not submitted %d%n", database, experts.size(), secretariats.size(),
        elapsed, lastAccepted.size(), stored.size(), lost, outstanding);
    System.out.println("| request | requests | per second | errors | p50 | p95 | p99 | max |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    ServerLoad.print("PUT score", put, elapsed);
    ServerLoad.print("POST submit", submit, elapsed);
    ServerLoad.print("GET history", history, elapsed);
    ServerLoad.print("GET tally", tally, elapsed);
  }
}
