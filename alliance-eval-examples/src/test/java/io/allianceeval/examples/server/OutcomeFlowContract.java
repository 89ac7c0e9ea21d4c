package io.allianceeval.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The second half of the year after the rounds, through the API: the collective review with one
 * DIFFERENCE and one TIER flag and their decisions, publicity with the secretariats' results and
 * appeals (one upheld, one rejected), publication, and the A-level award computed from the
 * database with 2017 and 2018 imported.
 */
abstract class OutcomeFlowContract extends ReviewAuthorisationContract {

  /** Round 1 and round 2 totals every expert gives each alliance. */
  static final Map<String, int[]> TOTALS = Map.of("101", new int[] {90, 75},
      "102", new int[] {86, 82}, "103", new int[] {88, 88}, "201", new int[] {72, 74},
      "202", new int[] {60, 62}, "301", new int[] {40, 44});

  /** Route, then anon, expert (E02), own secretariat (101), other secretariat (102), office. */
  static final String EXPECTED_OUTCOME = String.join("\n",
      "POST {y}/collective-review               401 403 403 403 200",
      "GET {y}/review                           401 403 403 403 200",
      "GET {y}/review/{code}                    401 403 403 403 200",
      "POST {y}/decisions/{code}                401 403 403 403 200",
      "POST {y}/publicity                       401 403 403 403 200",
      "GET {y}/alliances/{code}/result          401 403 200 403 200",
      "POST {y}/alliances/{code}/appeal         401 403 201 403 403",
      "GET {y}/appeals                          401 403 403 403 200",
      "POST {y}/appeals/{code}                  401 403 403 403 200",
      "POST {y}/publish                         401 403 403 403 200",
      "GET {y}/report                           401 200 200 200 200",
      "GET /api/v1/alliances/{code}/history     401 403 200 403 200",
      "POST /api/v1/results                     401 403 403 403 201");

  /**
   * The pages of the second half: route, then anon, expert (E02, who scores 101 in round 1), own
   * secretariat (101), other secretariat (102), office. 302 to the login without a session, 403
   * where the rules refuse who asks, 200 for a page, 302 after a step.
   */
  static final String EXPECTED_REVIEW_PAGES = String.join("\n",
      "GET /years/{y}/review                    302 403 403 403 200",
      "POST /years/{y}/panel                    302 403 403 403 200",
      "POST /years/{y}/assignment               302 403 403 403 302",
      "POST /years/{y}/assignment/move          302 403 403 403 302",
      "GET /years/{y}/rounds/{n}                302 403 403 403 200",
      "POST /years/{y}/rounds/{n}/open          302 403 403 403 302",
      "GET /years/{y}/rounds/{n}/sheet          302 200 403 403 403",
      "GET /years/{y}/rounds/{n}/scores/{code}  302 200 403 403 200",
      "POST /years/{y}/rounds/{n}/scores/{code} 302 302 403 403 403",
      "POST /years/{y}/rounds/{n}/submit        302 302 403 403 403",
      "POST /years/{y}/rounds/{n}/sheets/{expert}/reopen 302 403 403 403 302",
      "POST /years/{y}/rounds/{n}/close         302 403 403 403 302",
      "GET /years/{y}/meeting                   302 403 403 403 200",
      "POST /years/{y}/collective-review        302 403 403 403 302",
      "POST /years/{y}/decisions/{code}         302 403 403 403 302",
      "POST /years/{y}/publicity                302 403 403 403 302",
      "GET /years/{y}/alliances/{code}/result   302 403 200 403 200",
      "POST /years/{y}/alliances/{code}/appeal  302 403 302 403 403",
      "POST /years/{y}/appeals/{code}           302 403 403 403 302",
      "POST /years/{y}/publish                  302 403 403 403 302",
      "GET /alliances/{code}/history            302 403 200 403 200",
      "POST /results                            302 403 403 403 302");

  @Test
  void everyReviewPage_byEveryKindOfUser_answersAsTheTableSays() throws Exception {
    assertTable(EXPECTED_REVIEW_PAGES, outcomeUsers(), this::askPage, () -> stagedYear = null);
  }

  private int askPage(String route, ApiClient user) throws Exception {
    String method = route.substring(0, route.indexOf(' '));
    String path = route.substring(route.indexOf(' ') + 1);
    if (stagedYear == null) {
      stagedYear = pageYear(path);
    }
    int year = stagedYear;
    String p = path.replace("{y}", Integer.toString(year)).replace("{n}", "1")
        .replace("{code}", "101").replace("{expert}", "E02");
    return switch (path) {
      case "/years/{y}/panel" -> user.upload(p, "file", "experts.csv",
          ReviewYear.PANEL.getBytes(StandardCharsets.UTF_8), Map.of()).status();
      case "/years/{y}/assignment" -> user.form(p, Map.of("seed", "7", "minExperts", "1"));
      case "/years/{y}/assignment/move" -> user.form(p, Map.of("code", "101", "round", "2",
          "group", freeGroupOf(year)));
      case "/years/{y}/rounds/{n}/scores/{code}" -> method.equals("GET") ? user.get(p).status()
          : user.form(p, Map.of("total", "77"));
      case "/years/{y}/rounds/{n}/sheets/{expert}/reopen" -> user.form(p, Map.of("reason", "核对"));
      case "/years/{y}/rounds/{n}/close" -> user.form(p, Map.of("reason", "E03 出差"));
      case "/years/{y}/decisions/{code}" -> user.form(p, Map.of("score", "80", "rationale",
          "核对"));
      case "/years/{y}/publicity" -> user.form(p, Map.of("end", java.time.LocalDateTime.ofInstant(
          server.clock.instant().plus(Duration.ofDays(7)), java.time.ZoneId.of("Asia/Shanghai"))
          .withSecond(0).withNano(0).toString()));
      case "/years/{y}/alliances/{code}/appeal" -> user.form(p, Map.of("reasons", "请复核"));
      case "/years/{y}/appeals/{code}" -> user.form(p, Map.of("upheld", "false", "rationale",
          "维持"));
      case "/results" -> user.upload(p, "file", "2018.csv",
          "code,name,score\n101,钢铁可循环流程技术创新战略联盟,88\n".getBytes(
              StandardCharsets.UTF_8), Map.of("year", "2018")).status();
      default -> method.equals("GET") ? user.get(p).status() : user.form(p, Map.of());
    };
  }

  /** A year prepared for the page {@code path}. */
  private int pageYear(String path) throws Exception {
    return switch (path) {
      case "/years/{y}/panel", "/years/{y}/assignment" -> prepare(State.LOCKED);
      case "/years/{y}/assignment/move", "/years/{y}/rounds/{n}/open" -> prepare(State.PLANNED);
      case "/years/{y}/rounds/{n}/sheet", "/years/{y}/rounds/{n}/scores/{code}",
          "/years/{y}/rounds/{n}/close", "/years/{y}/rounds/{n}" -> prepare(State.OPEN);
      case "/years/{y}/rounds/{n}/submit" -> prepare(State.SCORED);
      case "/years/{y}/rounds/{n}/sheets/{expert}/reopen" -> prepare(State.SUBMITTED);
      case "/years/{y}/decisions/{code}" -> stage(Stage.MEETING);
      case "/years/{y}/publicity" -> stage(Stage.DECIDED);
      case "/years/{y}/alliances/{code}/result", "/years/{y}/alliances/{code}/appeal",
          "/alliances/{code}/history", "/results" -> stage(Stage.PUBLICITY);
      case "/years/{y}/appeals/{code}" -> stage(Stage.APPEALED);
      case "/years/{y}/publish" -> stage(Stage.OVER);
      default -> stage(Stage.CLOSED);
    };
  }

  private String freeGroupOf(int year) {
    JsonObject a101 = office.get("/api/v1/years/" + year + "/assignment").json()
        .getAsJsonArray("alliances").get(0).getAsJsonObject();
    return java.util.List.of("A", "B", "C").stream().filter(g -> !g.equals(a101.get("round1")
        .getAsString()) && !g.equals(a101.get("round2").getAsString())).findFirst()
        .orElseThrow();
  }

  /** What a route's year must be before it is asked. */
  enum Stage { CLOSED, MEETING, DECIDED, PUBLICITY, APPEALED, OVER, PUBLISHED }

  private Integer stagedYear;

  @Test
  void everyOutcomeRoute_byEveryKindOfUser_answersAsTheTableSays() throws Exception {
    assertTable(EXPECTED_OUTCOME, outcomeUsers(), this::askOutcome, () -> stagedYear = null);
  }

  /** No session, an expert (E02), own secretariat (101), other secretariat (102), office. */
  private java.util.List<ApiClient> outcomeUsers() {
    ApiClient own = server.client();
    own.loginAndChange("lm101", secretariatPasswords.get("lm101"), "lm101-new-password");
    ApiClient other = server.client();
    other.loginAndChange("lm102", secretariatPasswords.get("lm102"), "lm102-new-password");
    return java.util.List.of(server.client(), experts.get("E02"), own, other, office);
  }

  private int askOutcome(String route, ApiClient user) throws Exception {
    String method = route.substring(0, route.indexOf(' '));
    String path = route.substring(route.indexOf(' ') + 1);
    if (stagedYear == null) {
      stagedYear = stage(stageFor(path));
    }
    int year = stagedYear;
    String p = path.replace("{y}", "/api/v1/years/" + year).replace("{code}", "101");
    return switch (method + " " + path) {
      case "POST {y}/decisions/{code}" -> user.post(p, Map.of("score", 80, "rationale", "核对"))
          .status();
      case "POST {y}/publicity" -> user.post(p, Map.of("end", server.clock.instant()
          .plus(Duration.ofDays(7)).toString())).status();
      case "POST {y}/alliances/{code}/appeal" -> user.post(p, Map.of("reasons", "请复核"))
          .status();
      case "POST {y}/appeals/{code}" -> user.post(p, Map.of("upheld", false, "rationale",
          "维持")).status();
      case "POST /api/v1/results" -> user.upload(p, "file", "2018.csv",
          "code,name,score\n101,钢铁可循环流程技术创新战略联盟,88\n".getBytes(
              StandardCharsets.UTF_8), Map.of("year", "2018")).status();
      default -> method.equals("GET") ? user.get(p).status() : user.post(p, Map.of()).status();
    };
  }

  private static Stage stageFor(String path) {
    if (path.contains("/decisions/")) {
      return Stage.MEETING;
    }
    if (path.endsWith("/publicity")) {
      return Stage.DECIDED;
    }
    if (path.contains("/result") && !path.startsWith("/api") || path.endsWith("/appeal")
        || path.contains("/history") || path.startsWith("/api")) {
      return Stage.PUBLICITY;
    }
    if (path.contains("/appeals")) {
      return Stage.APPEALED;
    }
    if (path.endsWith("/publish")) {
      return Stage.OVER;
    }
    if (path.endsWith("/report")) {
      return Stage.PUBLISHED;
    }
    return Stage.CLOSED;
  }

  /** A new year at {@code stage}: both rounds closed, and on to the stage. */
  private int stage(Stage stage) throws Exception {
    int year = nextYear.incrementAndGet();
    String y = "/api/v1/years/" + year;
    ReviewYear.locked(server, office, year);
    ReviewYear.panel(office, year);
    scoreBothRounds(year);
    if (stage == Stage.CLOSED) {
      return year;
    }
    assertEquals(200, office.post(y + "/collective-review").status());
    if (stage == Stage.MEETING) {
      return year;
    }
    assertEquals(200, office.post(y + "/decisions/101", Map.of("score", 80, "rationale", "核对"))
        .status());
    assertEquals(200, office.post(y + "/decisions/102", Map.of("score", 85, "rationale", "核对"))
        .status());
    if (stage == Stage.DECIDED) {
      return year;
    }
    java.time.Instant end = server.clock.instant().plus(Duration.ofMinutes(
        stage.compareTo(Stage.OVER) >= 0 ? 1 : 60 * 24 * 7));
    assertEquals(200, office.post(y + "/publicity", Map.of("end", end.toString())).status());
    if (stage == Stage.APPEALED) {
      ApiClient lm101 = server.client();
      lm101.login("lm101", "lm101-new-password");
      assertEquals(201, lm101.post(y + "/alliances/101/appeal", Map.of("reasons", "请复核"))
          .status());
    }
    if (stage == Stage.OVER || stage == Stage.PUBLISHED) {
      server.clock.advance(Duration.ofMinutes(2));
    }
    if (stage == Stage.PUBLISHED) {
      assertEquals(200, office.post(y + "/publish").status());
    }
    return year;
  }

  /** Both rounds of {@link #YEAR} scored, submitted and closed. */
  void scoreBothRounds() {
    scoreBothRounds(YEAR);
  }

  /** Both rounds of {@code year} scored with {@link #TOTALS}, submitted and closed. */
  void scoreBothRounds(int year) {
    JsonObject plan = ReviewYear.plan(office, year).json();
    for (int round = 1; round <= 2; round++) {
      ReviewYear.scoreRound(office, experts, year, plan, round, TOTALS);
    }
  }

  private Map<String, JsonObject> byCode(JsonObject review) {
    Map<String, JsonObject> map = new HashMap<>();
    for (JsonElement e : review.getAsJsonArray("alliances")) {
      map.put(e.getAsJsonObject().get("code").getAsString(), e.getAsJsonObject());
    }
    return map;
  }

  @Test
  void collectiveReview_publicity_appeals_publication_andTheAward() throws Exception {
    Map<String, String> pw = secretariatPasswords;
    ApiClient lm101 = server.client();
    lm101.loginAndChange("lm101", pw.get("lm101"), "lm101-new-password");
    ApiClient lm202 = server.client();
    lm202.loginAndChange("lm202", pw.get("lm202"), "lm202-new-password");
    ApiClient lm301 = server.client();
    lm301.loginAndChange("lm301", pw.get("lm301"), "lm301-new-password");
    assertEquals(409, office.get(Y + "/review").status(), "no review before round 2 closes");
    scoreBothRounds();

    Map<String, JsonObject> review = byCode(office.get(Y + "/review").json());
    assertEquals("DIFFERENCE", review.get("101").get("flag").getAsString());
    assertEquals("TIER", review.get("102").get("flag").getAsString());
    assertTrue(review.get("103").get("flag").isJsonNull());
    assertEquals("88", review.get("103").get("finalScore").getAsString());
    assertEquals("73", review.get("201").get("finalScore").getAsString(), "mean of 72, 74");
    assertEquals("AWAITING_REVIEW", review.get("101").get("status").getAsString());
    JsonObject severity = office.get(Y + "/review").json().getAsJsonObject("severity");
    assertEquals(6, severity.size(), severity.toString());

    assertEquals(409, office.post(Y + "/decisions/101", Map.of("score", 80, "rationale", "x"))
        .status(), "decisions are made in the collective review");
    assertEquals(200, office.post(Y + "/collective-review").status());
    assertEquals(409, office.post(Y + "/decisions/103", Map.of("score", 80, "rationale", "x"))
        .status(), "103 is not flagged");
    assertEquals(403, experts.get("E02").post(Y + "/decisions/101", Map.of("score", 80,
        "rationale", "x")).status(), "an expert never decides");
    assertEquals(400, office.post(Y + "/decisions/101", Map.of("score", "80.001", "rationale",
        "x")).status());
    assertEquals(409, office.post(Y + "/publicity", Map.of("end", server.clock.instant()
        .plus(Duration.ofDays(7)).toString())).status(), "flags await decisions");
    assertEquals(200, office.post(Y + "/decisions/101", Map.of("score", 80, "rationale",
        "核对两组打分依据，取复评意见")).status());
    assertEquals(200, office.post(Y + "/decisions/102", Map.of("score", 85, "rationale",
        "集体讨论确认为活跃度高")).status());
    JsonObject trail = office.get(Y + "/review/101").json();
    String trailText = trail.getAsJsonArray("trail").toString();
    for (String step : new String[] {"ENTERED", "AGGREGATED", "FLAGGED", "DECIDED", "FINAL"}) {
      assertTrue(trailText.contains(step), step + " in " + trailText);
    }

    assertEquals(409, lm101.get(Y + "/alliances/101/result").status(), "not before publicity");
    java.time.Instant end = server.clock.instant().plus(Duration.ofDays(7));
    assertEquals(200, office.post(Y + "/publicity", Map.of("end", end.toString())).status());
    JsonObject result = lm101.get(Y + "/alliances/101/result").json();
    assertEquals("80", result.get("finalScore").getAsString());
    assertEquals("FAIRLY_HIGH", result.get("tier").getAsString());
    assertEquals("活跃度较高", result.get("tierLabel").getAsString());
    assertTrue(result.getAsJsonObject("tally").has("indicators")
        || result.getAsJsonObject("tally").toString().contains("2.5"), result.toString());
    assertEquals(403, lm101.get(Y + "/alliances/102/result").status(), "its own alliance only");
    assertEquals(403, lm101.post(Y + "/alliances/202/appeal", Map.of("reasons", "x")).status());
    assertEquals(201, lm202.post(Y + "/alliances/202/appeal", Map.of("reasons",
        "2.5 漏计两项团体标准")).status());
    assertEquals(409, lm202.post(Y + "/alliances/202/appeal", Map.of("reasons", "again"))
        .status(), "one appeal");
    assertEquals(201, lm301.post(Y + "/alliances/301/appeal", Map.of("reasons",
        "请复核理事会次数")).status());
    server.clock.advance(Duration.ofDays(8)); // past the end: the year's clock, sessions stay
    assertEquals(409, lm101.post(Y + "/alliances/101/appeal", Map.of("reasons", "late"))
        .status(), "after the end");
    assertEquals(409, office.post(Y + "/publish").status(), "two appeals unanswered");
    assertEquals(400, office.post(Y + "/appeals/202", Map.of("upheld", true, "rationale",
        "x")).status(), "an upheld appeal needs its score");
    assertEquals(200, office.post(Y + "/appeals/202", Map.of("upheld", true, "score", 70,
        "rationale", "核实两项团体标准，分值调整")).status());
    assertEquals(200, office.post(Y + "/appeals/301", Map.of("upheld", false, "rationale",
        "理事会记录无误，维持原评")).status());
    assertEquals(409, office.post(Y + "/appeals/301", Map.of("upheld", false, "rationale",
        "again")).status(), "answered once");
    JsonObject r202 = lm202.get(Y + "/alliances/202/result").json();
    assertEquals("70", r202.get("finalScore").getAsString());
    assertTrue(r202.getAsJsonObject("appeal").get("upheld").getAsBoolean());
    String trail202 = office.get(Y + "/review/202").json().getAsJsonArray("trail").toString();
    assertTrue(trail202.contains("APPEALED") && trail202.contains("UPHELD"), trail202);
    String log = office.get(Y + "/changes").array().toString();
    for (String action : new String[] {"start-collective-review", "decide", "open-publicity",
        "appeal", "uphold-appeal", "reject-appeal"}) {
      assertTrue(log.contains("\"" + action + "\""), action + " in the change log");
    }

    assertEquals(409, lm101.get(Y + "/report?format=json").status(), "not before publication");
    assertEquals(200, office.post(Y + "/publish").status());
    assertEquals("PUBLISHED", office.get(Y).json().get("phase").getAsString());
    ApiClient.Response report = lm101.get(Y + "/report?format=json");
    assertEquals(200, report.status(), "every account reads the published report");
    String reportJson = report.text();
    assertTrue(reportJson.contains("专家甲") && reportJson.contains("专家己"),
        "附件 1 from the panel: " + reportJson.substring(0, Math.min(400, reportJson.length())));
    ApiClient.Response word = experts.get("E03").get(Y + "/report?format=docx");
    assertEquals(200, word.status());
    try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel
        .XWPFDocument(new java.io.ByteArrayInputStream(word.bytes()))) {
      StringBuilder text = new StringBuilder();
      doc.getParagraphs().forEach(para -> text.append(para.getText()).append('\n'));
      doc.getTables().forEach(t -> text.append(t.getText()).append('\n'));
      assertTrue(text.toString().contains("专家甲"), "附件 1 in the Word report");
      assertTrue(text.toString().contains("钢铁可循环流程技术创新战略联盟"), "the alliances");
    }
    assertEquals(409, office.post(Y + "/decisions/101", Map.of("score", 81, "rationale", "x"))
        .status(), "a published year never changes");

    // the years before, imported; the award from the database
    String before = "year,code,name,score\n2017,103,煤炭开发利用技术创新战略联盟,90\n"
        + "2018,103,煤炭开发利用技术创新战略联盟,87\n2017,101,钢铁可循环流程技术创新战略联盟,88\n"
        + "2018,101,钢铁可循环流程技术创新战略联盟,91\n";
    ApiClient.Response imported = office.upload("/api/v1/results", "file", "2017-2018.csv",
        before.getBytes(StandardCharsets.UTF_8), Map.of());
    assertEquals(201, imported.status(), imported.toString());
    ApiClient.Response refused = office.upload("/api/v1/results", "file", "2019.csv",
        "code,name,score\n103,煤炭开发利用技术创新战略联盟,90\n".getBytes(StandardCharsets.UTF_8),
        Map.of("year", "2019"));
    assertEquals(400, refused.status(), "2019 is evaluated here: " + refused);
    JsonObject h103 = office.get("/api/v1/alliances/103/history").json();
    assertEquals(3, h103.getAsJsonArray("years").size(), h103.toString());
    JsonObject y2019 = h103.getAsJsonArray("years").get(2).getAsJsonObject();
    assertEquals("PUBLISHED", y2019.get("source").getAsString());
    assertTrue(y2019.get("aLevel").getAsBoolean(), "HIGH in 2017, 2018, 2019: " + h103);
    assertTrue(h103.getAsJsonArray("years").get(0).getAsJsonObject().get("aLevel")
        .isJsonNull(), "2017's window lacks 2015 and 2016: undecided");
    JsonObject h101 = lm101.get("/api/v1/alliances/101/history").json();
    assertFalse(h101.getAsJsonArray("years").get(2).getAsJsonObject().get("aLevel")
        .getAsBoolean(), "80 in 2019 is FAIRLY_HIGH: " + h101);
    assertEquals(403, lm101.get("/api/v1/alliances/103/history").status());
  }

  @Test
  void theReview_estimatesEachExpertsBias_andFlagsTheMarksOutsideTheCorridor() throws Exception {
    JsonObject plan = ReviewYear.plan(office, YEAR).json();
    for (int round = 1; round <= 2; round++) { // E02 marks 12 points below the others
      ReviewYear.scoreRound(office, experts, YEAR, plan, round, TOTALS, Map.of("E02", -12));
    }
    JsonObject review = office.get(Y + "/review").json();
    JsonObject bias = review.getAsJsonObject("bias");
    assertEquals(6, bias.size(), bias.toString());
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    String harshest = null;
    java.math.BigDecimal lowest = null;
    for (var e : bias.entrySet()) {
      java.math.BigDecimal b = e.getValue().getAsJsonObject().get("bias").getAsBigDecimal();
      assertTrue(e.getValue().getAsJsonObject().get("marks").getAsInt() > 0, e.toString());
      sum = sum.add(b);
      if (lowest == null || b.compareTo(lowest) < 0) {
        lowest = b;
        harshest = e.getKey();
      }
    }
    assertEquals("E02", harshest, bias.toString());
    assertTrue(sum.abs().compareTo(new java.math.BigDecimal("0.03")) <= 0, "sum " + sum);
    // E02 and a colleague on the same alliance and round differ by 12: beyond 10 points
    JsonArray outside = review.getAsJsonArray("outsideCorridor");
    assertFalse(outside.isEmpty(), review.toString());
    for (JsonElement f : outside) {
      assertTrue(f.getAsJsonObject().get("deviation").getAsBigDecimal().abs()
          .compareTo(java.math.BigDecimal.TEN) > 0, f.toString());
    }
    assertTrue(outside.asList().stream().anyMatch(f -> f.getAsJsonObject().get("expert")
        .getAsString().equals("E02")));
    assertEquals(0, office.get(Y + "/review?corridor=12.5").json()
        .getAsJsonArray("outsideCorridor").size(), "12 is inside a corridor of 12.5");
    assertEquals(200, office.get(Y + "/review?corridor=2sd").status());
    ApiClient.Response bad = office.get(Y + "/review?corridor=wide");
    assertEquals(400, bad.status());
    assertTrue(bad.text().contains("corridor") && bad.text().contains("2.5sd"), bad.text());

    ApiClient.Response page = office.get("/years/" + YEAR + "/meeting?corridor=10");
    assertEquals(200, page.status());
    org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.text());
    String e02 = html.select("#bias ~ div table tr:has(th:contains(E02))").text();
    assertTrue(e02.contains(bias.getAsJsonObject("E02").get("bias").getAsString()) && e02
        .contains("±"), e02);
    assertEquals(outside.size(), html.select("#bias ~ div table").get(1).select("tbody tr")
        .size(), "one row a mark outside the corridor");
    assertEquals(400, office.get("/years/" + YEAR + "/meeting?corridor=-1").status());
  }

  @Test
  void theOffice_seesHowSureAnAlliancesTierIs_itsSecretariatDoesNot() throws Exception {
    Map<String, String> pw = secretariatPasswords;
    ApiClient lm103 = server.client();
    lm103.loginAndChange("lm103", pw.get("lm103"), "lm103-new-password");
    int year = stage(Stage.PUBLICITY);
    ApiClient.Response office103 = office.get("/years/" + year + "/alliances/103/result");
    assertEquals(200, office103.status());
    org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(office103.text());
    java.util.List<String> percents = html.select("table.chances td.num").eachText();
    assertEquals(4, percents.size(), html.select("main").text());
    double total = percents.stream().mapToDouble(p -> Double.parseDouble(p.replace("%", "")))
        .sum();
    assertEquals(100, total, 0.25, "the four tiers' probabilities: " + percents);
    assertTrue(html.text().contains("名义结果：88 分，活跃度高"), "the nominal result is the "
        + "panel's 88 (both rounds, every expert): " + html.text());
    ApiClient.Response own = lm103.get("/years/" + year + "/alliances/103/result");
    assertEquals(200, own.status());
    assertTrue(org.jsoup.Jsoup.parse(own.text()).select("table.chances").isEmpty(),
        "a secretariat is not shown the office's analysis");
    // 101's score was decided in the meeting: not varied, and said so
    org.jsoup.nodes.Document decided = org.jsoup.Jsoup.parse(office.get("/years/" + year
        + "/alliances/101/result").text());
    assertTrue(decided.select("table.chances").isEmpty());
    assertTrue(decided.text().contains("集体讨论决定"), decided.text());
  }
}
