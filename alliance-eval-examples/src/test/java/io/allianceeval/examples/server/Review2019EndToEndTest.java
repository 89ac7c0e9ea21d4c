package io.allianceeval.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.allianceeval.examples.cli.AllianceEvalCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2019 review at its real size, through the API: the 157 registered alliances (52, 39, 55 and
 * 11 by batch; the 58 that took no part under made-up names), the 99 of 附件 2 with an approved
 * entry each, the 2019 panel of 附件 1 (31 members with their affiliations) in five groups, both
 * rounds scored by every assigned expert with the alliance's published score, publicity,
 * publication, and 2016–2018 imported. The published report's section 三 figures and the A-level
 * award that come out of the server equal those the command line computes from 附件 2 — which
 * {@code Report2019FiguresTest} holds against the published report.
 */
class Review2019EndToEndTest {

  private static final String DATA = "/io/allianceeval/examples/data/";
  private static final int[] POPULATION = {52, 39, 55, 11};

  @TempDir Path dir;

  @Test
  void the2019Panel_reviews99Alliances_andTheServersReportHasThePublishedFigures()
      throws Exception {
    List<String[]> published = csv(DATA + "scores-2019.csv"); // rank,code,name,score,tier
    try (TestServer server = TestServer.sqlite(dir)) {
      ApiClient office = server.client();
      assertEquals(200, office.login("office", TestServer.OFFICE_PASSWORD).status());
      ApiClient.Response roster = office.upload("/api/v1/accounts/roster", "roster",
          "roster.csv", roster(published).getBytes(StandardCharsets.UTF_8), Map.of());
      assertEquals(201, roster.status(), roster.toString());
      String y = "/api/v1/years/2019";
      assertEquals(201, office.post("/api/v1/years", Map.of("year", 2019, "deadline",
          server.clock.instant().plus(Duration.ofHours(1)).toString())).status());
      Map<String, Integer> score = new LinkedHashMap<>();
      for (String[] row : published) {
        // 附件 2 gives eight inactive alliances no score: the experts give them 30, in the band
        score.put(row[1], row[3].isEmpty() ? 30 : Integer.parseInt(row[3]));
        String a = y + "/alliances/" + row[1];
        assertEquals(201, office.post(a + "/entries", YearFlowContract.entry("council_meetings",
            "2019-04-01", "理事会 " + row[1], null)).status());
        assertEquals(200, office.post(a + "/submit").status());
        assertEquals(200, office.post(a + "/approve").status());
      }
      server.clock.advance(Duration.ofHours(2));
      assertEquals(200, office.post(y + "/lock").status());

      ApiClient.Response panel = office.upload(y + "/panel", "file", "附件1.csv",
          annex1WithGroups().getBytes(StandardCharsets.UTF_8), Map.of());
      assertEquals(201, panel.status(), panel.toString());
      Map<String, ApiClient> experts = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : YearFlowContract.passwords(panel.bytes()).entrySet()) {
        ApiClient c = server.client();
        c.loginAndChange(e.getKey(), e.getValue(), e.getKey() + "-password-2019");
        experts.put(e.getKey().toUpperCase(Locale.ROOT), c);
      }
      assertEquals(31, experts.size());
      ApiClient.Response plan = office.post(y + "/assignment", Map.of("seed", 2019,
          "minExperts", 2));
      assertEquals(201, plan.status(), plan.toString());
      JsonArray alliances = plan.json().getAsJsonArray("alliances");
      assertEquals(99, alliances.size());

      ExecutorService pool = Executors.newFixedThreadPool(8);
      for (int round = 1; round <= 2; round++) {
        assertEquals(200, office.post(y + "/rounds/" + round + "/open").status());
        List<Future<Integer>> saves = new ArrayList<>();
        int expected = 0;
        for (JsonElement el : alliances) {
          String code = el.getAsJsonObject().get("code").getAsString();
          for (JsonElement x : el.getAsJsonObject().getAsJsonArray("experts" + round)) {
            ApiClient c = experts.get(x.getAsString());
            String path = y + "/rounds/" + round + "/scores/" + code;
            expected++;
            saves.add(pool.submit(() -> c.put(path, Map.of("total", score.get(code)))
                .status()));
          }
        }
        for (Future<Integer> f : saves) {
          assertEquals(200, f.get());
        }
        assertTrue(expected >= 99 * 2 * 2, "at least two experts per alliance: " + expected);
        for (ApiClient c : experts.values()) {
          JsonObject sheet = c.get(y + "/rounds/" + round + "/sheet").json();
          if (!sheet.getAsJsonArray("alliances").isEmpty()) {
            assertEquals(200, c.post(y + "/rounds/" + round + "/submit").status());
          }
        }
        JsonObject progress = office.get(y + "/rounds/" + round + "/progress").json();
        assertEquals(0, progress.get("outstanding").getAsInt(), "every sheet is in");
        assertEquals(200, office.post(y + "/rounds/" + round + "/close", Map.of()).status());
      }
      pool.shutdown();

      JsonObject review = office.get(y + "/review").json();
      assertEquals(0, review.get("awaitingReview").getAsInt(), "the same score twice: no flag");
      for (JsonElement el : review.getAsJsonArray("alliances")) {
        JsonObject a = el.getAsJsonObject();
        assertEquals(score.get(a.get("code").getAsString()).toString(),
            a.get("finalScore").getAsString(), a.toString());
      }
      assertEquals(200, office.post(y + "/collective-review").status());
      assertEquals(200, office.post(y + "/publicity", Map.of("end", server.clock.instant()
          .plus(Duration.ofDays(7)).toString())).status());
      server.clock.advance(Duration.ofDays(8));
      assertEquals(200, office.post(y + "/publish").status());
      ApiClient.Response history = office.upload("/api/v1/results", "file",
          "history-2016-2018.csv", resource(DATA + "history-2016-2018-reconstructed.csv"),
          Map.of());
      assertEquals(201, history.status(), history.toString());

      JsonObject fromServer = office.get(y + "/report?format=json").json();
      JsonObject fromCli = cliReport();
      for (String key : List.of("population", "participants", "nonParticipants", "batches",
          "tiers", "analysis")) {
        assertEquals(fromCli.get(key), fromServer.get(key), "section 三: " + key);
      }
      JsonArray cliAlliances = fromCli.getAsJsonArray("alliances");
      JsonArray serverAlliances = fromServer.getAsJsonArray("alliances");
      assertEquals(99, serverAlliances.size());
      Map<String, JsonObject> byCode = new LinkedHashMap<>();
      serverAlliances.forEach(e -> byCode.put(e.getAsJsonObject().get("code").getAsString(),
          e.getAsJsonObject()));
      for (JsonElement e : cliAlliances) {
        JsonObject c = e.getAsJsonObject();
        JsonObject v = byCode.get(c.get("code").getAsString());
        for (String key : List.of("name", "batch", "tier")) {
          assertEquals(c.get(key), v.get(key), key + " of " + c);
        }
        if (!c.get("score").isJsonNull()) { // tier-only rows have neither score nor rank
          assertEquals(c.get("score"), v.get("score"), "附件 2's score of " + c);
          assertEquals(c.get("rank"), v.get("rank"), "rank of " + c);
        }
      }
      assertEquals(fromCli.getAsJsonObject("award").get("awarded"),
          fromServer.getAsJsonObject("award").get("awarded"), "五 and 附件 3");
      assertEquals(31, fromServer.getAsJsonArray("panel").size(), "附件 1");
      assertEquals(fromCli.get("panel"), fromServer.get("panel"));
    }
  }

  /** The command line's report of the embedded 附件 2, as JSON. */
  private static JsonObject cliReport() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = AllianceEvalCommand.execute(new PrintWriter(out), new PrintWriter(err), "report",
        "--format", "json");
    assertEquals(0, code, err.toString());
    return JsonParser.parseString(out.toString()).getAsJsonObject();
  }

  /** The 99 of 附件 2 and, to fill each batch to its registered count, made-up alliances. */
  private static String roster(List<String[]> published) {
    StringBuilder sb = new StringBuilder("code,name\n");
    Set<String> used = new TreeSet<>();
    int[] count = new int[4];
    for (String[] row : published) {
      sb.append(row[1]).append(',').append(row[2]).append('\n');
      used.add(row[1]);
      count[batch(row[1])]++;
    }
    for (int b = 0; b < 4; b++) {
      for (int n = 1; count[b] < POPULATION[b]; n++) {
        String code = b == 3 ? String.format("D%03d", n) : (b + 1) + String.format("%02d", n);
        if (used.add(code)) {
          sb.append(code).append(",未参评联盟 ").append(code).append("（合成）\n");
          count[b]++;
        }
      }
    }
    return sb.toString();
  }

  private static int batch(String code) {
    return code.startsWith("D") ? 3 : code.charAt(0) - '1';
  }

  /** 附件 1 as published, with the five groups the office adds (the report does not say them). */
  private static String annex1WithGroups() throws IOException {
    String[] lines = new String(resource(DATA + "panel-2019.csv"), StandardCharsets.UTF_8)
        .split("\n");
    StringBuilder sb = new StringBuilder("role,name,organisation,title,affiliations,group\n");
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split(",", -1);
      sb.append(String.join(",", f[0], f[1], f[2], f[3], f[4], "第" + (1 + i % 5) + "组"))
          .append('\n');
    }
    return sb.toString();
  }

  private static List<String[]> csv(String resource) throws IOException {
    String[] lines = new String(resource(resource), StandardCharsets.UTF_8).split("\n");
    List<String[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      rows.add(lines[i].split(",", -1));
    }
    return rows;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = Review2019EndToEndTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
