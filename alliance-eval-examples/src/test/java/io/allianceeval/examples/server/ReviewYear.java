package io.allianceeval.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A year brought through its first half for the review's tests: six alliances with approved
 * entries, locked, and a panel of six experts in three groups (E01 affiliated with 101, E04 with
 * 201), each expert logged in with a password of his or her own. The experts' accounts are made
 * at the first import and reused by later years' panels.
 */
final class ReviewYear {

  static final String ROSTER = "code,name\n101,钢铁可循环流程技术创新战略联盟\n"
      + "102,新一代煤化工产业技术创新战略联盟\n103,煤炭开发利用技术创新战略联盟\n"
      + "201,农业装备产业技术创新战略联盟\n202,存储产业技术创新战略联盟\n"
      + "301,太阳能光热产业技术创新战略联盟\n";
  static final List<String> CODES = List.of("101", "102", "103", "201", "202", "301");
  static final String PANEL = "id,name,group,affiliations\n"
      + "E01,专家甲,A,101\nE02,专家乙,A,\nE03,专家丙,B,\nE04,专家丁,B,201\n"
      + "E05,专家戊,C,\nE06,专家己,C,\n";

  private ReviewYear() {}

  /** Registers the roster's alliances and their secretariats' accounts; their passwords. */
  static Map<String, String> roster(ApiClient office) throws Exception {
    ApiClient.Response r = office.upload("/api/v1/accounts/roster", "roster", "roster.csv",
        ROSTER.getBytes(StandardCharsets.UTF_8), Map.of());
    assertEquals(201, r.status(), r.toString());
    return YearFlowContract.passwords(r.bytes());
  }

  /**
   * Opens {@code year} (deadline an hour from now), gives every alliance an approved entry, moves
   * the clock past the deadline and locks the year.
   */
  static void locked(TestServer server, ApiClient office, int year) {
    String y = "/api/v1/years/" + year;
    ApiClient.Response open = office.post("/api/v1/years", Map.of("year", year, "deadline",
        server.clock.instant().plus(Duration.ofHours(1)).toString(), "periodStart",
        "2019-01-01", "periodEnd", "2019-12-31"));
    assertEquals(201, open.status(), open.toString());
    int n = 0;
    for (String code : CODES) {
      String a = y + "/alliances/" + code;
      n++;
      assertEquals(201, office.post(a + "/entries", YearFlowContract.entry("standards",
          "2019-0" + n + "-1" + n, "团体标准 " + code + "（" + year + "）", null)).status());
      assertEquals(200, office.post(a + "/submit").status());
      assertEquals(200, office.post(a + "/approve").status());
    }
    server.clock.advance(Duration.ofHours(2)); // the year's clock only: sessions stay
    ApiClient.Response lock = office.post(y + "/lock");
    assertEquals(200, lock.status(), lock.toString());
  }

  /** Imports {@link #PANEL} into {@code year}: the one-time passwords of new accounts. */
  static Map<String, String> panel(ApiClient office, int year) throws Exception {
    ApiClient.Response r = office.upload("/api/v1/years/" + year + "/panel", "file",
        "experts.csv", PANEL.getBytes(StandardCharsets.UTF_8), Map.of());
    assertEquals(201, r.status(), r.toString());
    return YearFlowContract.passwords(r.bytes());
  }

  /** Each expert logged in, by id, with a new password. */
  static Map<String, ApiClient> experts(TestServer server, Map<String, String> oneTime) {
    Map<String, ApiClient> experts = new LinkedHashMap<>();
    for (int i = 1; i <= 6; i++) {
      String id = "E0" + i;
      ApiClient c = server.client();
      c.loginAndChange(id.toLowerCase(java.util.Locale.ROOT), oneTime.get(id.toLowerCase(
          java.util.Locale.ROOT)), id + "-expert-password");
      experts.put(id, c);
    }
    return experts;
  }

  /** Plans {@code year} (minimum 1 expert, seed 7) and answers the plan. */
  static ApiClient.Response plan(ApiClient office, int year) {
    ApiClient.Response r = office.post("/api/v1/years/" + year + "/assignment",
        Map.of("seed", 7, "minExperts", 1));
    assertEquals(201, r.status(), r.toString());
    return r;
  }

  /**
   * Opens {@code round} of {@code year}, has every assigned expert score each of his or her
   * alliances with its total of {@code totals} (round 1 first, round 2 second), submits every
   * sheet and closes the round.
   */
  static void scoreRound(ApiClient office, Map<String, ApiClient> experts, int year,
      com.google.gson.JsonObject plan, int round, Map<String, int[]> totals) {
    scoreRound(office, experts, year, plan, round, totals, Map.of());
  }

  /** {@link #scoreRound}, each expert of {@code offsets} adding his or her offset to each total. */
  static void scoreRound(ApiClient office, Map<String, ApiClient> experts, int year,
      com.google.gson.JsonObject plan, int round, Map<String, int[]> totals,
      Map<String, Integer> offsets) {
    assertEquals(200, office.post("/api/v1/years/" + year + "/rounds/" + round + "/open")
        .status());
    finishRound(office, experts, year, plan, round, totals, offsets);
  }

  /** {@link #scoreRound} for a round that is open already. */
  static void finishRound(ApiClient office, Map<String, ApiClient> experts, int year,
      com.google.gson.JsonObject plan, int round, Map<String, int[]> totals) {
    finishRound(office, experts, year, plan, round, totals, Map.of());
  }

  private static void finishRound(ApiClient office, Map<String, ApiClient> experts, int year,
      com.google.gson.JsonObject plan, int round, Map<String, int[]> totals,
      Map<String, Integer> offsets) {
    String base = "/api/v1/years/" + year + "/rounds/" + round;
    for (com.google.gson.JsonElement el : plan.getAsJsonArray("alliances")) {
      com.google.gson.JsonObject a = el.getAsJsonObject();
      String code = a.get("code").getAsString();
      boolean first = true;
      for (com.google.gson.JsonElement x : a.getAsJsonArray("experts" + round)) {
        int total = totals.get(code)[round - 1] + offsets.getOrDefault(x.getAsString(), 0);
        // the first expert scores indicator by indicator, the others a total: the same sum
        ApiClient.Response r = experts.get(x.getAsString()).put(base + "/scores/" + code,
            first ? Map.of("indicators", summing(total)) : Map.of("total", total));
        assertEquals(200, r.status(), r.toString());
        first = false;
      }
    }
    for (ApiClient e : experts.values()) {
      if (!e.get(base + "/sheet").json().getAsJsonArray("alliances").isEmpty()) {
        assertEquals(200, e.post(base + "/submit").status());
      }
    }
    assertEquals(200, office.post(base + "/close", Map.of()).status());
  }

  /** Points per indicator of the standard system that add up to {@code total}. */
  static Map<String, Object> summing(int total) {
    Map<String, Object> m = new LinkedHashMap<>();
    int left = total;
    for (io.allianceeval.scoring.Indicator i
        : io.allianceeval.scoring.IndicatorSystem.standard2019().indicators()) {
      int p = Math.min(left, i.maxPoints().toIntExact());
      m.put(i.id(), p);
      left -= p;
    }
    assertEquals(0, left, "the system's maximum is 100");
    return m;
  }

  /** The points an expert gives per indicator: 1.1 and 2.5 set, the rest blank. */
  static Map<String, Object> indicators(String p11, String p25) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("1.1", p11);
    m.put("2.5", p25);
    return Map.of("indicators", m);
  }
}
