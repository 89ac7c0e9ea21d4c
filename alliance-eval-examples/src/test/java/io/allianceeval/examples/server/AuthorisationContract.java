package io.allianceeval.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Who may do what: every route of the API, asked by each kind of user — no session, an expert, the
 * secretariat of the alliance the route names (own), another alliance's secretariat (other), and
 * the office — and the whole table of answers asserted at once (the login with a wrong password,
 * the password change with a wrong current password; the logout last). Each route is asked on a year of
 * its own, prepared by the office to the state the route needs; after an answer that changed it,
 * the next user is asked on a fresh one, so that no answer depends on another.
 */
abstract class AuthorisationContract extends YearFlowContract {

  /** The answers the API must give: route, then anon, expert, own, other, office. */
  static final String EXPECTED = String.join("\n",
      "GET /api/v1/openapi.json                 200 200 200 200 200",
      "POST /api/v1/login                       401 401 401 401 401",
      "GET /api/v1/me                           401 200 200 200 200",
      "POST /api/v1/password                    401 403 403 403 403",
      "GET /api/v1/accounts                     401 403 403 403 200",
      "POST /api/v1/accounts                    401 403 403 403 201",
      "POST /api/v1/accounts/roster             401 403 403 403 201",
      "POST /api/v1/accounts/{u}/reset          401 403 403 403 200",
      "POST /api/v1/accounts/{u}/disable        401 403 403 403 204",
      "POST /api/v1/accounts/{u}/enable         401 403 403 403 204",
      "GET /api/v1/years                        401 200 200 200 200",
      "POST /api/v1/years                       401 403 403 403 201",
      "GET /api/v1/years/{y}                    401 200 200 200 200",
      "PUT /api/v1/years/{y}                    401 403 403 403 200",
      "GET /api/v1/years/{y}/status             401 403 403 403 200",
      "GET {a}/entries                          401 403 200 403 200",
      "POST {a}/entries                         401 403 201 403 201",
      "POST {a}/entries/upload                  401 403 201 403 201",
      "PUT {a}/entries/{id}                     401 403 200 403 200",
      "DELETE {a}/entries/{id}                  401 403 204 403 204",
      "GET {a}/tally                            401 403 200 403 200",
      "POST {a}/submit                          401 403 200 403 200",
      "POST {a}/approve                         401 403 403 403 200",
      "POST {a}/return                          401 403 403 403 200",
      "POST {a}/reopen                          401 403 403 403 200",
      "POST /api/v1/years/{y}/lock              401 403 403 403 200",
      "GET /api/v1/years/{y}/report             401 409 409 409 200",
      "GET /api/v1/years/{y}/entries.xlsx       401 403 403 403 200",
      "GET /api/v1/years/{y}/changes            401 403 403 403 200",
      "GET /api/v1/years/{y}/changes?alliance=  401 403 200 403 200",
      "POST /api/v1/logout                      401 204 204 204 204");

  /**
   * The pages' answers, route then anon, expert, own, other, office: 302 to the login without a
   * session; 403 (the problem page) where the rules refuse; 200 for a page, 302 after a step
   * (post/redirect/get) — the login form posted without its own token is 403 for everyone.
   */
  static final String EXPECTED_PAGES = String.join("\n",
      "GET /static/app.css                      200 200 200 200 200",
      "GET /favicon.ico                         204 204 204 204 204",
      "GET /lang                                302 302 302 302 302",
      "GET /login                               200 200 200 200 200",
      "POST /login                              403 403 403 403 403",
      "GET /password                            302 200 200 200 200",
      "POST /password                           302 403 403 403 403",
      "GET /                                    302 302 302 302 302",
      "GET /years                               302 200 200 200 200",
      "POST /years                              302 403 403 403 302",
      "GET /years/{y}                           302 403 302 302 200",
      "POST /years/{y}/deadline                 302 403 403 403 302",
      "POST /years/{y}/lock                     302 403 403 403 302",
      "GET {p}                                  302 403 200 403 200",
      "POST {p}/entries                         302 403 302 403 302",
      "POST {p}/entries/upload                  302 403 302 403 302",
      "GET {p}/entries/{id}/edit                302 403 200 403 200",
      "POST {p}/entries/{id}                    302 403 302 403 302",
      "POST {p}/entries/{id}/delete             302 403 302 403 302",
      "POST {p}/submit                          302 403 302 403 302",
      "POST {p}/approve                         302 403 403 403 302",
      "POST {p}/return                          302 403 403 403 302",
      "POST {p}/reopen                          302 403 403 403 302",
      "GET /accounts                            302 403 403 403 200",
      "POST /accounts                           302 403 403 403 302",
      "POST /accounts/roster                    302 403 403 403 200",
      "POST /accounts/{u}/reset                 302 403 403 403 200",
      "POST /accounts/{u}/disable               302 403 403 403 302",
      "POST /accounts/{u}/enable                302 403 403 403 302",
      "POST /logout                             302 302 302 302 302");

  @Test
  void everyPage_byEveryKindOfUser_answersAsTheTableSays() throws Exception {
    assertEquals(201, office.post("/api/v1/accounts", Map.of("username", "expert1", "role",
        "expert", "password", "expert-password-1")).status());
    ApiClient expert = server.client();
    expert.loginAndChange("expert1", "expert-password-1", "expert-password-2");
    List<ApiClient> users = List.of(server.client(), expert, secretariat("lm101"),
        secretariat("lm102"), office);
    List<String> actual = new ArrayList<>();
    for (String line : EXPECTED_PAGES.split("\n")) {
      String route = line.substring(0, line.indexOf("  ")).strip();
      StringBuilder row = new StringBuilder(String.format("%-40s", route));
      prepared = null;
      for (int u = 0; u < users.size(); u++) {
        int status = askPage(route, users.get(u), u);
        row.append(' ').append(status);
        if (u > 0 && status < 400 && !route.startsWith("GET")) {
          prepared = null; // it may have changed the year: the next user gets a fresh one
        }
      }
      actual.add(row.toString().strip());
    }
    assertEquals(EXPECTED_PAGES.lines().map(String::strip).toList(), actual);
  }

  private int askPage(String route, ApiClient user, int index) throws Exception {
    String method = route.substring(0, route.indexOf(' '));
    String path = route.substring(route.indexOf(' ') + 1);
    State state = stateFor(method, path.replace("{p}", "{a}"));
    if (prepared == null) {
      prepared = state == State.NONE ? 2019 : prepare(state);
    }
    int year = prepared;
    long id = state == State.ENTERING || state == State.SUBMITTED || state == State.APPROVED
        ? firstEntry(year) : 0;
    String u = "victim" + nextName.incrementAndGet();
    if (path.contains("{u}")) {
      assertEquals(201, office.post("/api/v1/accounts", Map.of("username", u, "role", "expert",
          "password", "victim-password-1")).status());
    }
    String p = path.replace("{p}", "/years/" + year + "/alliances/101")
        .replace("{y}", Integer.toString(year)).replace("{id}", Long.toString(id))
        .replace("{u}", u);
    if (method.equals("GET")) {
      return user.get(p.equals("/lang") ? "/lang?to=en&back=/" : p).status();
    }
    return switch (path) {
      case "/years" -> user.form(p, Map.of("year", Integer.toString(nextYear.incrementAndGet()),
          "deadline", "2099-01-01T00:00"));
      case "/years/{y}/deadline" -> user.form(p, Map.of("deadline", "2099-06-01T00:00"));
      case "/password" -> user.form(p, Map.of("currentPassword", "not-the-password",
          "newPassword", "another-password-1"));
      case "/login" -> user.form(p, Map.of("username", "office", "password", "x"));
      case "{p}/entries", "{p}/entries/{id}" -> user.form(p, Map.of("kind", "standards", "date",
          year + "-05-0" + (1 + index), "title", "网页标准 " + index));
      case "{p}/entries/upload" -> user.upload(p, "file", "log.csv", ("code,name,date,kind,title"
          + "\n101,钢铁可循环流程技术创新战略联盟," + year + "-06-0" + (1 + index)
          + ",standards,上传的标准\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
          Map.of()).status();
      case "{p}/return" -> user.form(p, Map.of("comment", "请补充"));
      case "{p}/reopen" -> user.form(p, Map.of("reason", "材料有误"));
      case "/accounts" -> user.form(p, Map.of("username", "page" + nextName.incrementAndGet(),
          "role", "expert", "password", "page-password-12"));
      case "/accounts/roster" -> user.upload(p, "roster", "roster.csv",
          "code,name\n301,又一个联盟\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
          Map.of()).status();
      default -> user.form(p, Map.of());
    };
  }

  /** What a route's year must be before it is asked. */
  enum State { NONE, OPEN, ENTERING, SUBMITTED, APPROVED, LATE, LOCKED }

  private final AtomicInteger nextYear = new AtomicInteger(2020); // 2019 is the flow's year
  private final AtomicInteger nextName = new AtomicInteger();
  /** The year prepared for the route being asked, while no answer has changed it. */
  private Integer prepared;

  @Test
  void everyRoute_byEveryKindOfUser_answersAsTheTableSays() throws Exception {
    ApiClient anon = server.client();
    ApiClient expertAccount = office;
    assertEquals(201, office.post("/api/v1/accounts", Map.of("username", "expert1", "role",
        "expert", "password", "expert-password-1")).status());
    ApiClient expert = server.client();
    expert.loginAndChange("expert1", "expert-password-1", "expert-password-2");
    ApiClient own = secretariat("lm101");
    ApiClient other = secretariat("lm102");
    List<ApiClient> users = List.of(anon, expert, own, other, office);
    List<String> actual = new ArrayList<>();
    for (String line : EXPECTED.split("\n")) {
      String route = line.substring(0, line.indexOf("  ")).strip();
      StringBuilder row = new StringBuilder(String.format("%-40s", route));
      int u = 0;
      prepared = null;
      for (ApiClient user : users) {
        int status = ask(route, user, u++);
        row.append(' ').append(status);
        if (status < 300 && !route.startsWith("GET")) {
          prepared = null; // it changed the year: the next user gets a fresh one
        }
      }
      actual.add(row.toString().strip());
    }
    assertEquals(EXPECTED.lines().map(String::strip).toList(), actual);
    assertEquals(401, expertAccount.get("/api/v1/me").status(), "the logout ended the session");
  }

  private int ask(String route, ApiClient user, int index) throws Exception {
    String method = route.substring(0, route.indexOf(' '));
    String path = route.substring(route.indexOf(' ') + 1);
    State state = stateFor(method, path);
    if (prepared == null) {
      prepared = state == State.NONE ? 2019 : prepare(state);
    }
    int year = prepared;
    String a = "/api/v1/years/" + year + "/alliances/101";
    long id = state == State.NONE || state == State.OPEN || state == State.LATE
        || state == State.LOCKED ? 0 : firstEntry(year);
    String u = "victim" + nextName.incrementAndGet();
    if (path.contains("{u}")) {
      assertEquals(201, office.post("/api/v1/accounts", Map.of("username", u, "role", "expert",
          "password", "victim-password-1")).status());
    }
    String p = path.replace("{a}", a).replace("{y}", Integer.toString(year))
        .replace("{id}", Long.toString(id)).replace("{u}", u)
        .replace("alliance=", "alliance=101");
    return switch (method + " " + path) {
      case "POST /api/v1/login" -> user.post(p, Map.of("username", "nobody", "password",
          "not-a-password")).status();
      case "POST /api/v1/password" -> user.post(p, Map.of("currentPassword", "not-the-password",
          "newPassword", "another-password-1")).status();
      case "POST /api/v1/accounts" -> user.post(p, Map.of("username", "new"
          + nextName.incrementAndGet(), "role", "expert", "password", "new-password-12")).status();
      case "POST /api/v1/accounts/roster" -> user.upload(p, "roster", "roster.csv",
          "code,name\n301,又一个联盟\n".getBytes(StandardCharsets.UTF_8), Map.of()).status();
      case "POST /api/v1/years" -> user.post(p, Map.of("year", nextYear.incrementAndGet(),
          "deadline", "2100-01-01T00:00:00Z")).status();
      case "PUT /api/v1/years/{y}" -> user.put(p, Map.of("deadline", "2099-12-31T00:00:00Z"))
          .status();
      case "POST {a}/entries" -> user.post(p, entry("standards", year + "-05-05", "标准 " + index,
          null)).status();
      case "POST {a}/entries/upload" -> user.upload(p, "file", "log.csv", ("code,name,date,kind,"
          + "title\n101,钢铁可循环流程技术创新战略联盟," + year + "-06-06,standards,上传的标准\n")
          .getBytes(StandardCharsets.UTF_8), Map.of()).status();
      case "PUT {a}/entries/{id}" -> user.put(p, entry("standards", year + "-07-07", "改过的标准",
          null)).status();
      case "POST {a}/return" -> user.post(p, Map.of("comment", "请补充")).status();
      case "POST {a}/reopen" -> user.post(p, Map.of("reason", "材料有误")).status();
      default -> switch (method) {
        case "GET" -> user.get(p).status();
        case "DELETE" -> user.delete(p).status();
        default -> user.post(p).status();
      };
    };
  }

  private static State stateFor(String method, String path) {
    if (!path.contains("{y}") && !path.contains("{a}")) {
      return State.NONE;
    }
    if (path.endsWith("/lock")) {
      return State.LATE;
    }
    if (path.contains("/report") || path.contains("entries.xlsx")) {
      return State.LOCKED;
    }
    if (path.endsWith("/approve") || path.endsWith("/return")) {
      return State.SUBMITTED;
    }
    if (path.endsWith("/reopen")) {
      return State.APPROVED;
    }
    if (path.contains("{a}")) {
      return State.ENTERING;
    }
    return State.OPEN;
  }

  /** A new year in {@code state}, prepared by the office; its number. */
  private int prepare(State state) {
    int year = nextYear.incrementAndGet();
    String deadline = state == State.LATE || state == State.LOCKED ? "2000-01-01T00:00:00Z"
        : "2100-01-01T00:00:00Z";
    assertEquals(201, office.post("/api/v1/years", Map.of("year", year, "deadline", deadline))
        .status());
    String a = "/api/v1/years/" + year + "/alliances/101";
    if (state.compareTo(State.ENTERING) >= 0 && state.compareTo(State.APPROVED) <= 0) {
      assertEquals(201, office.post(a + "/entries", entry("council_meetings", year + "-03-03",
          "理事会", null)).status());
    }
    if (state == State.SUBMITTED || state == State.APPROVED) {
      assertEquals(200, office.post(a + "/submit").status());
    }
    if (state == State.APPROVED) {
      assertEquals(200, office.post(a + "/approve").status());
    }
    if (state == State.LOCKED) {
      assertEquals(200, office.post("/api/v1/years/" + year + "/lock").status());
    }
    return year;
  }

  private long firstEntry(int year) {
    return office.get("/api/v1/years/" + year + "/alliances/101/entries").array().get(0)
        .getAsJsonObject().get("id").getAsLong();
  }
}
