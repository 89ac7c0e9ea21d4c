package io.allianceeval.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Who may do what in the expert review: every route of the review's API, asked by each kind of
 * user about alliance 101 in round 1 — no session, the expert assigned to it (E02), an expert of
 * another group (E03), an expert of its group who is affiliated with it (E01), its own
 * secretariat, and the office — and the whole table asserted at once. Each route is asked on a
 * year of its own, prepared by the office to the state the route needs; after an answer that
 * changed it, the next user is asked on a fresh one.
 */
abstract class ReviewAuthorisationContract extends ReviewFlowContract {

  /** Route, then anon, assigned, unassigned, affiliated, own secretariat, office. */
  static final String EXPECTED_REVIEW = String.join("\n",
      "POST {y}/panel                           401 403 403 403 403 201",
      "GET {y}/panel                            401 403 403 403 403 200",
      "POST {y}/assignment                      401 403 403 403 403 201",
      "GET {y}/assignment                       401 403 403 403 403 200",
      "PUT {y}/assignment/{code}                401 403 403 403 403 200",
      "POST {r}/open                            401 403 403 403 403 200",
      "GET {r}/sheet                            401 200 200 200 403 403",
      "GET {r}/scores/{code}                    401 200 403 403 403 200",
      "PUT {r}/scores/{code}                    401 200 403 403 403 403",
      "POST {r}/submit                          401 200 409 409 403 403",
      "GET {r}/progress                         401 403 403 403 403 200",
      "POST {r}/sheets/{expert}/reopen          401 403 403 403 403 200",
      "POST {r}/close                           401 403 403 403 403 200");

  /** What a route's year must be before it is asked. */
  enum State { LOCKED, PLANNED, OPEN, SCORED, SUBMITTED }

  final AtomicInteger nextYear = new AtomicInteger(2020);
  private Integer prepared;

  @Test
  void everyReviewRoute_byEveryKindOfUser_answersAsTheTableSays() throws Exception {
    ApiClient own = server.client();
    Map<String, String> secretariats = secretariatPasswords;
    own.loginAndChange("lm101", secretariats.get("lm101"), "lm101-new-password");
    assertTable(EXPECTED_REVIEW, List.of(server.client(), experts.get("E02"),
        experts.get("E03"), experts.get("E01"), own, office), this::ask, () -> prepared = null);
  }

  /** How a table's route is asked of one user. */
  @FunctionalInterface
  interface Asker {
    int ask(String route, ApiClient user) throws Exception;
  }

  private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile(
      "(.*?)\\s+((?:[1-5][0-9]{2}\\s*)+)");

  /**
   * Asks every route of {@code table} (route, then one status per user) of each of {@code users}
   * in turn, and asserts the whole table of answers at once. {@code fresh} forgets the prepared
   * year before each route, and after each answer that changed it (a success of a route that is
   * not a GET), so that no answer depends on another.
   */
  static void assertTable(String table, List<ApiClient> users, Asker asker, Runnable fresh)
      throws Exception {
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (String line : table.split("\n")) {
      java.util.regex.Matcher m = ROW.matcher(line.strip());
      if (!m.matches()) {
        throw new IllegalArgumentException("not a row of the table: " + line);
      }
      String route = m.group(1);
      expected.add(String.format("%-40s %s", route, m.group(2).strip().replaceAll("\\s+",
          " ")));
      StringBuilder row = new StringBuilder(String.format("%-40s", route));
      fresh.run();
      for (ApiClient user : users) {
        int status = asker.ask(route, user);
        row.append(' ').append(status);
        if (status < 400 && !route.startsWith("GET")) {
          fresh.run();
        }
      }
      actual.add(row.toString());
    }
    assertEquals(expected, actual);
  }

  private int ask(String route, ApiClient user) throws Exception {
    String method = route.substring(0, route.indexOf(' '));
    String path = route.substring(route.indexOf(' ') + 1);
    if (prepared == null) {
      prepared = prepare(stateFor(path));
    }
    int year = prepared;
    String p = path.replace("{r}", "{y}/rounds/1").replace("{y}", "/api/v1/years/" + year)
        .replace("{code}", "101").replace("{expert}", "E02");
    return switch (method + " " + path) {
      case "POST {y}/panel" -> user.upload(p, "file", "experts.csv",
          ReviewYear.PANEL.getBytes(StandardCharsets.UTF_8), Map.of()).status();
      case "POST {y}/assignment" -> user.post(p, Map.of("seed", 7, "minExperts", 1)).status();
      case "PUT {y}/assignment/{code}" -> user.put(p, Map.of("round", 2, "group",
          freeGroup(year))).status();
      case "PUT {r}/scores/{code}" -> user.put(p, Map.of("total", 77)).status();
      case "POST {r}/sheets/{expert}/reopen" -> user.post(p, Map.of("reason", "核对")).status();
      case "POST {r}/close" -> user.post(p, Map.of("reason", "E03 出差，未提交")).status();
      default -> switch (method) {
        case "GET" -> user.get(p).status();
        default -> user.post(p, Map.of()).status();
      };
    };
  }

  private static State stateFor(String path) {
    if (path.startsWith("{y}/panel") || path.equals("{y}/assignment")) {
      return State.LOCKED;
    }
    if (path.startsWith("{y}/assignment") || path.endsWith("/open")) {
      return State.PLANNED;
    }
    if (path.endsWith("/submit")) {
      return State.SCORED;
    }
    if (path.endsWith("/reopen")) {
      return State.SUBMITTED;
    }
    return State.OPEN;
  }

  /**
   * A new year in {@code state}: locked with the panel; planned with 101 scored by group A in
   * round 1 (E01 of A is affiliated with it, E02 scores it, E03 of B does not); round 1 open;
   * E02's sheet scored in full, then submitted.
   */
  int prepare(State state) {
    int year = nextYear.incrementAndGet();
    ReviewYear.locked(server, office, year);
    try {
      ReviewYear.panel(office, year);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    if (state == State.LOCKED) {
      return year;
    }
    String y = "/api/v1/years/" + year;
    JsonObject a101 = ReviewYear.plan(office, year).json().getAsJsonArray("alliances").get(0)
        .getAsJsonObject();
    String r1 = a101.get("round1").getAsString();
    String r2 = a101.get("round2").getAsString();
    if (!r1.equals("A")) {
      if (r2.equals("A")) {
        String free = List.of("B", "C").stream().filter(g -> !g.equals(r1)).findFirst()
            .orElseThrow();
        assertEquals(200, office.put(y + "/assignment/101", Map.of("round", 2, "group", free))
            .status());
      }
      assertEquals(200, office.put(y + "/assignment/101", Map.of("round", 1, "group", "A"))
          .status());
    }
    if (state == State.PLANNED) {
      return year;
    }
    assertEquals(200, office.post(y + "/rounds/1/open").status());
    if (state == State.SCORED || state == State.SUBMITTED) {
      ApiClient e02 = experts.get("E02");
      for (String code : codes(e02.get(y + "/rounds/1/sheet").json().getAsJsonArray(
          "alliances"))) {
        assertEquals(200, e02.put(y + "/rounds/1/scores/" + code, Map.of("total", 80)).status());
      }
    }
    if (state == State.SUBMITTED) {
      assertEquals(200, experts.get("E02").post(y + "/rounds/1/submit").status());
    }
    return year;
  }

  /** The group 101 is in neither round: a valid move of its round 2. */
  private String freeGroup(int year) {
    JsonObject a101 = office.get("/api/v1/years/" + year + "/assignment").json()
        .getAsJsonArray("alliances").get(0).getAsJsonObject();
    return List.of("A", "B", "C").stream().filter(g -> !g.equals(a101.get("round1")
        .getAsString()) && !g.equals(a101.get("round2").getAsString())).findFirst()
        .orElseThrow();
  }
}
