package io.allianceeval.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The expert review through the HTTP API on one database (subclasses: SQLite, PostgreSQL): the
 * panel imported with its accounts, the plan and a move by hand, the rounds opened and closed, the
 * experts' sheets — only their assigned alliances, never an affiliated one, blind, drafts,
 * submission, the office's reopening — and the office's view of progress.
 */
abstract class ReviewFlowContract {

  static final int YEAR = 2019;
  static final String Y = "/api/v1/years/" + YEAR;

  @TempDir Path dir;
  TestServer server;
  ApiClient office;
  Map<String, ApiClient> experts;
  Map<String, String> secretariatPasswords;

  abstract TestServer newServer(Path dir) throws Exception;

  @BeforeEach
  void start() throws Exception {
    server = newServer(dir);
    office = server.client();
    assertEquals(200, office.login("office", TestServer.OFFICE_PASSWORD).status());
    secretariatPasswords = ReviewYear.roster(office);
    ReviewYear.locked(server, office, YEAR);
    experts = ReviewYear.experts(server, ReviewYear.panel(office, YEAR));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The codes of the alliances in {@code array} (objects with a "code", or codes). */
  static List<String> codes(JsonArray array) {
    List<String> list = new ArrayList<>();
    for (JsonElement e : array) {
      list.add(e.isJsonObject() ? e.getAsJsonObject().get("code").getAsString() : e.getAsString());
    }
    return list;
  }

  @Test
  void thePanel_isImportedWithItsAccounts_andABadFileIsRefusedWithEveryProblem() {
    JsonArray panel = office.get(Y + "/panel").array();
    assertEquals(6, panel.size());
    assertEquals("A", panel.get(0).getAsJsonObject().get("group").getAsString());
    assertEquals("[\"101\"]", panel.get(0).getAsJsonObject().get("affiliations").toString());
    assertEquals("EXPERT", experts.get("E03").get("/api/v1/me").json().get("role").getAsString());

    ApiClient.Response bad = office.upload(Y + "/panel", "file", "panel.csv",
        ("id,name,group,affiliations\nE01,,A,10x\nE 2,专家乙,,\n").getBytes(StandardCharsets.UTF_8),
        Map.of());
    assertEquals(400, bad.status(), bad.toString());
    String problems = bad.text();
    for (String expected : new String[] {"line 2", "affiliations", "'10x'", "name", "line 3",
        "group", "'E 2'"}) {
      assertTrue(problems.contains(expected), expected + " in " + problems);
    }
    assertEquals(6, office.get(Y + "/panel").array().size(), "nothing half-written");

    ApiClient.Response annex1 = office.upload(Y + "/panel", "file", "附件1.csv",
        ("role,name,organisation,title,affiliations,group\n组长,仲继寿,住宅联盟,秘书长,233,甲\n"
            + "成员,赵立金,电动汽车联盟,副秘书长,212,乙\n").getBytes(StandardCharsets.UTF_8),
        Map.of());
    assertEquals(201, annex1.status(), annex1.toString());
    JsonObject first = office.get(Y + "/panel").array().get(0).getAsJsonObject();
    assertEquals("E01", first.get("id").getAsString(), "附件 1 rows are numbered");
    assertEquals("组长", first.get("position").getAsString());
    assertEquals("住宅联盟", first.get("organisation").getAsString());
  }

  @Test
  void thePlan_neverGivesAnAllianceToAnAffiliatedExpert_andAMoveByHandKeepsTheChecks() {
    JsonObject plan = ReviewYear.plan(office, YEAR).json();
    JsonArray alliances = plan.getAsJsonArray("alliances");
    assertEquals(ReviewYear.CODES, codes(alliances));
    for (JsonElement e : alliances) {
      JsonObject a = e.getAsJsonObject();
      assertNotEquals(a.get("round1").getAsString(), a.get("round2").getAsString(),
          "cross-group re-scoring");
      String experts = a.get("experts1").toString() + a.get("experts2");
      if (a.get("code").getAsString().equals("101")) {
        assertFalse(experts.contains("E01"), experts);
      }
      if (a.get("code").getAsString().equals("201")) {
        assertFalse(experts.contains("E04"), experts);
      }
    }
    JsonObject a101 = alliances.get(0).getAsJsonObject();
    String other = a101.get("round1").getAsString();
    ApiClient.Response same = office.put(Y + "/assignment/101", Map.of("round", 2, "group",
        other));
    assertEquals(400, same.status(), same.toString());
    assertTrue(same.text().contains("\"group\""), same.text());
    ApiClient.Response unknown = office.put(Y + "/assignment/101", Map.of("round", 3, "group",
        "Z"));
    assertEquals(400, unknown.status());
    assertTrue(unknown.text().contains("\"round\"") && unknown.text().contains("Z"),
        unknown.text());
    String free = List.of("A", "B", "C").stream().filter(g -> !g.equals(other)
        && !g.equals(a101.get("round2").getAsString())).findFirst().orElseThrow();
    ApiClient.Response moved = office.put(Y + "/assignment/101", Map.of("round", 2, "group",
        free));
    assertEquals(200, moved.status(), moved.toString());
    assertEquals(free, moved.json().getAsJsonArray("alliances").get(0).getAsJsonObject()
        .get("round2").getAsString());
    assertEquals(409, experts.get("E02").get(Y + "/rounds/1/sheet").status(),
        "no round is open yet");
  }

  @Test
  void round1_expertsScoreTheirOwnAlliancesBlind_submit_areReopened_andTheRoundCloses() {
    JsonObject plan = ReviewYear.plan(office, YEAR).json();
    assertEquals(409, office.post(Y + "/rounds/2/open").status(), "round 2 follows round 1");
    ApiClient.Response open = office.post(Y + "/rounds/1/open", Map.of("due",
        server.clock.instant().plus(Duration.ofDays(3)).toString()));
    assertEquals(200, open.status(), open.toString());
    assertEquals("ROUND_1_OPEN", open.json().get("phase").getAsString());

    // what each expert sees: the alliances of the group's round 1, never an affiliated one
    Map<String, List<String>> mine = new java.util.TreeMap<>();
    for (var e : experts.entrySet()) {
      JsonObject sheet = e.getValue().get(Y + "/rounds/1/sheet").json();
      mine.put(e.getKey(), codes(sheet.getAsJsonArray("alliances")));
    }
    for (JsonElement el : plan.getAsJsonArray("alliances")) {
      JsonObject a = el.getAsJsonObject();
      for (JsonElement x : a.getAsJsonArray("experts1")) {
        assertTrue(mine.get(x.getAsString()).contains(a.get("code").getAsString()));
      }
    }
    assertFalse(mine.get("E01").contains("101"), "never affiliated: " + mine);
    assertFalse(mine.get("E04").contains("201"), "never affiliated: " + mine);
    String e01Group101 = groupOf(plan, "101", 1);
    if (e01Group101.equals("A")) {
      assertEquals(403, experts.get("E01").get(Y + "/rounds/1/scores/101").status(),
          "affiliated, whatever the group");
    }

    // an expert with alliances, and one alliance that is not his or hers
    String expert = mine.entrySet().stream().filter(e -> !e.getValue().isEmpty())
        .findFirst().orElseThrow().getKey();
    ApiClient me = experts.get(expert);
    List<String> myCodes = mine.get(expert);
    String notMine = ReviewYear.CODES.stream().filter(c -> !myCodes.contains(c)).findFirst()
        .orElseThrow();
    assertEquals(403, me.get(Y + "/rounds/1/scores/" + notMine).status());
    assertEquals(403, me.put(Y + "/rounds/1/scores/" + notMine, Map.of("total", 80)).status());
    assertEquals(403, office.put(Y + "/rounds/1/scores/" + myCodes.get(0), Map.of("total", 80))
        .status(), "the office never writes for an expert");

    // the material: approved entries and the traced tally
    JsonObject material = me.get(Y + "/rounds/1/scores/" + myCodes.get(0)).json();
    assertEquals(1, material.getAsJsonObject("tally").getAsJsonArray("entries").size());
    assertTrue(material.getAsJsonObject("tally").toString().contains("团体标准"));

    // bad scores: every problem by field, nothing saved
    Map<String, Object> badIndicators = new java.util.LinkedHashMap<>();
    badIndicators.put("1.1", "6");
    badIndicators.put("2.5", "1.234");
    badIndicators.put("9.9", "1");
    ApiClient.Response bad = me.put(Y + "/rounds/1/scores/" + myCodes.get(0),
        Map.of("indicators", badIndicators));
    assertEquals(400, bad.status(), bad.toString());
    for (String f : new String[] {"indicators.1.1", "indicators.2.5", "indicators.9.9"}) {
      assertTrue(bad.text().contains("\"" + f + "\""), f + " in " + bad.text());
    }
    assertEquals(400, me.put(Y + "/rounds/1/scores/" + myCodes.get(0), Map.of("total", "101"))
        .status(), "a total is at most the system's 100");
    assertEquals(0, me.get(Y + "/rounds/1/scores/" + myCodes.get(0)).json()
        .getAsJsonArray("scores").size());

    // a draft by indicator, then by total; submission only when complete
    ApiClient.Response saved = me.put(Y + "/rounds/1/scores/" + myCodes.get(0),
        ReviewYear.indicators("5", "4.5"));
    assertEquals(200, saved.status(), saved.toString());
    JsonObject stored = saved.json();
    assertEquals(20, stored.size(), "every indicator, a blank one as 0: " + stored);
    assertEquals("5", stored.get("1.1").getAsString());
    assertEquals("4.5", stored.get("2.5").getAsString());
    assertEquals("0", stored.get("1.2").getAsString());
    JsonObject sheet = me.get(Y + "/rounds/1/sheet").json();
    assertEquals("DRAFT", sheet.get("state").getAsString());
    assertEquals("9.5", sheet.getAsJsonArray("alliances").get(0).getAsJsonObject().get("total")
        .getAsString().replaceAll("0$", ""));
    if (myCodes.size() > 1) {
      ApiClient.Response early = me.post(Y + "/rounds/1/submit");
      assertEquals(409, early.status(), early.toString());
      assertTrue(early.text().contains("不完整"), early.text());
    }
    for (String code : myCodes.subList(1, myCodes.size())) {
      assertEquals(200, me.put(Y + "/rounds/1/scores/" + code, Map.of("total", 82.5)).status());
    }
    assertEquals(200, me.post(Y + "/rounds/1/submit").status());
    assertEquals(409, me.put(Y + "/rounds/1/scores/" + myCodes.get(0), Map.of("total", 70))
        .status(), "submitted: only the office reopens");

    // blind: a colleague scoring the same alliance sees only his or her own scores
    String colleague = mine.entrySet().stream().filter(e -> !e.getKey().equals(expert)
        && e.getValue().contains(myCodes.get(0))).map(Map.Entry::getKey).findFirst()
        .orElseThrow();
    JsonObject theirs = experts.get(colleague).get(Y + "/rounds/1/scores/" + myCodes.get(0))
        .json();
    assertEquals(0, theirs.getAsJsonArray("scores").size(), "blind: " + theirs);
    assertEquals(200, experts.get(colleague).put(Y + "/rounds/1/scores/" + myCodes.get(0),
        Map.of("total", 60)).status());
    JsonArray all = office.get(Y + "/rounds/1/scores/" + myCodes.get(0)).json()
        .getAsJsonArray("scores");
    assertEquals(21, all.size(), "the office sees every expert's: 20 indicators and a total");
    assertTrue(all.toString().contains("\"" + colleague + "\"") && all.toString().contains(
        "\"" + expert + "\""), all.toString());
    assertEquals(1, experts.get(colleague).get(Y + "/rounds/1/scores/" + myCodes.get(0)).json()
        .getAsJsonArray("scores").size(), "still blind to the other expert's twenty");

    // the office reopens with a reason; the expert changes and submits again
    assertEquals(409, office.post(Y + "/rounds/1/sheets/" + expert + "/reopen", Map.of())
        .status(), "a reason is needed");
    assertEquals(404, office.post(Y + "/rounds/1/sheets/E99/reopen", Map.of("reason", "x"))
        .status());
    assertEquals(403, experts.get(colleague).post(Y + "/rounds/1/sheets/" + expert + "/reopen",
        Map.of("reason", "x")).status());
    assertEquals(200, office.post(Y + "/rounds/1/sheets/" + expert + "/reopen",
        Map.of("reason", "1.1 分值有误")).status());
    assertEquals(200, me.put(Y + "/rounds/1/scores/" + myCodes.get(0), Map.of("total", 90))
        .status());
    assertEquals("1.1 分值有误", me.get(Y + "/rounds/1/sheet").json().get("reopenedBecause")
        .getAsString());
    assertEquals(200, me.post(Y + "/rounds/1/submit").status());

    // progress: late after the due date, with what is missing
    server.clock.advance(Duration.ofDays(4)); // the year's clock: sessions stay
    JsonObject progress = office.get(Y + "/rounds/1/progress").json();
    Set<String> late = new HashSet<>();
    for (JsonElement e : progress.getAsJsonArray("experts")) {
      JsonObject row = e.getAsJsonObject();
      if (row.get("id").getAsString().equals(expert)) {
        assertEquals("SUBMITTED", row.get("state").getAsString());
        assertFalse(row.get("late").getAsBoolean());
        assertEquals(0, row.getAsJsonArray("missing").size());
      } else if (row.get("late").getAsBoolean()) {
        late.add(row.get("id").getAsString());
        List<String> missing = codes(row.getAsJsonArray("missing"));
        assertTrue(codes(row.getAsJsonArray("assigned")).containsAll(missing), row.toString());
        assertEquals(!row.get("id").getAsString().equals(colleague),
            missing.contains(myCodes.get(0)) || !codes(row.getAsJsonArray("assigned"))
                .contains(myCodes.get(0)), "what is missing: " + row);
      }
    }
    assertEquals(progress.get("outstanding").getAsInt(), late.size());
    assertTrue(late.size() > 0);

    // closing: refused without a reason while sheets are missing; recorded with one
    ApiClient.Response refused = office.post(Y + "/rounds/1/close", Map.of());
    assertEquals(409, refused.status(), refused.toString());
    assertEquals(403, experts.get(expert).post(Y + "/rounds/1/close", Map.of("reason", "x"))
        .status());
    ApiClient.Response closed = office.post(Y + "/rounds/1/close", Map.of("reason",
        String.join(", ", late) + " 未按期提交，经组长同意按缺评处理"));
    assertEquals(200, closed.status(), closed.toString());
    assertEquals("ROUND_1_CLOSED", closed.json().get("phase").getAsString());
    JsonObject after = office.get(Y + "/rounds/1/progress").json();
    assertTrue(after.get("missingReason").getAsString().contains("缺评"));
    assertEquals(409, me.get(Y + "/rounds/1/sheet").status(), "round 1 is closed");
    assertEquals(409, me.get(Y + "/rounds/1/scores/" + myCodes.get(0)).status());

    // round 2: another group for every alliance
    assertEquals(200, office.post(Y + "/rounds/2/open").status());
    for (JsonElement el : plan.getAsJsonArray("alliances")) {
      JsonObject a = el.getAsJsonObject();
      for (JsonElement x : a.getAsJsonArray("experts2")) {
        List<String> round2 = codes(experts.get(x.getAsString()).get(Y + "/rounds/2/sheet")
            .json().getAsJsonArray("alliances"));
        assertTrue(round2.contains(a.get("code").getAsString()));
        assertFalse(a.get("experts1").toString().contains(x.getAsString()),
            "re-scored by another group");
      }
    }
    JsonArray changes = office.get(Y + "/changes").array();
    String log = changes.toString();
    for (String action : new String[] {"import-panel", "plan", "open-round-1", "score",
        "submit-sheet", "reopen-sheet", "close-round-1", "open-round-2"}) {
      assertTrue(log.contains("\"" + action + "\""), action + " in the change log");
    }
  }

  @Test
  void expertsSavingAtOnce_loseNothing() throws Exception {
    JsonObject plan = ReviewYear.plan(office, YEAR).json();
    assertEquals(200, office.post(Y + "/rounds/1/open").status());
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<Integer>> saves = new ArrayList<>();
    int expected = 0;
    for (JsonElement el : plan.getAsJsonArray("alliances")) {
      JsonObject a = el.getAsJsonObject();
      for (JsonElement x : a.getAsJsonArray("experts1")) {
        ApiClient c = experts.get(x.getAsString());
        String code = a.get("code").getAsString();
        expected++;
        saves.add(pool.submit(() -> c.put(Y + "/rounds/1/scores/" + code,
            Map.of("total", 70 + code.charAt(2) - '0')).status()));
      }
    }
    for (Future<Integer> f : saves) {
      assertEquals(200, f.get());
    }
    pool.shutdown();
    int stored = 0;
    for (String code : ReviewYear.CODES) {
      stored += office.get(Y + "/rounds/1/scores/" + code).json().getAsJsonArray("scores")
          .size();
    }
    assertEquals(expected, stored);
  }

  private static String groupOf(JsonObject plan, String code, int round) {
    for (JsonElement el : plan.getAsJsonArray("alliances")) {
      JsonObject a = el.getAsJsonObject();
      if (a.get("code").getAsString().equals(code)) {
        return a.get("round" + round).getAsString();
      }
    }
    throw new AssertionError(code);
  }
}
