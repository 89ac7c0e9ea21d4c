package io.allianceeval.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defences of the threat model (SECURITY.md), each tried: headers on every answer, the session
 * cookie's flags, a new session id at every login, logout, the idle expiry, CSRF tokens, the
 * back-off of failed logins, disabled accounts, hashed passwords, the append-only change log, and
 * errors that never show the server's insides.
 */
class SessionSecurityTest {

  @TempDir java.nio.file.Path dir;
  TestServer server;
  ApiClient office;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.sqlite(dir);
    office = server.client();
    assertEquals(200, office.login("office", TestServer.OFFICE_PASSWORD).status());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String sessionId(ApiClient c) {
    return c.cookies.getCookieStore().get(URI.create(c.base)).stream()
        .filter(k -> k.getName().equals(WebServer.SESSION_COOKIE)).map(HttpCookie::getValue)
        .findFirst().orElse("");
  }

  @Test
  void everyAnswer_carriesTheSecurityHeaders_errorsIncluded() {
    ApiClient anon = server.client();
    for (ApiClient.Response r : List.of(office.get("/api/v1/me"), anon.get("/api/v1/me"),
        office.get("/api/v1/no-such-thing"), office.get("/api/v1/years/2019"),
        anon.post("/api/v1/login", Map.of("username", "x")))) {
      String csp = r.header("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'")
          && !csp.contains("unsafe-inline"), r + " " + csp);
      assertEquals("nosniff", r.header("X-Content-Type-Options").orElse(""), r.toString());
      assertEquals("no-referrer", r.header("Referrer-Policy").orElse(""), r.toString());
      assertEquals("DENY", r.header("X-Frame-Options").orElse(""), r.toString());
    }
  }

  @Test
  void theSessionCookie_isHttpOnlyAndStrict_andNewAtEveryLogin() {
    ApiClient c = server.client();
    // a session id planted in the browser before the login is sent with it, and not adopted
    ApiClient.Response login = c.send(HttpRequest.newBuilder(URI.create(c.base
        + "/api/v1/login")).header("Content-Type", "application/json")
        .header("Cookie", WebServer.SESSION_COOKIE + "=planted-by-an-attacker")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"office\",\"password\":\""
            + TestServer.OFFICE_PASSWORD + "\"}")));
    assertEquals(200, login.status(), login.toString());
    c.csrf = login.json().get("csrfToken").getAsString();
    String cookie = login.header("Set-Cookie").orElseThrow();
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    assertFalse(cookie.contains("Secure"), "plain HTTP: a Secure cookie would not come back");
    String first = sessionId(c);
    assertNotEquals("planted-by-an-attacker", first, "a planted id is never adopted");
    assertEquals(200, c.get("/api/v1/me").status());
    c.login("office", TestServer.OFFICE_PASSWORD);
    String second = sessionId(c);
    assertNotEquals(first, second);
    ApiClient stale = server.client();
    HttpCookie old = new HttpCookie(WebServer.SESSION_COOKIE, first);
    old.setPath("/");
    stale.cookies.getCookieStore().add(URI.create(stale.base), old);
    assertEquals(401, stale.get("/api/v1/me").status(), "the login ended the session it replaced");
  }

  @Test
  void behindTls_theCookieIsSecure() throws Exception {
    try (var store = io.allianceeval.examples.db.YearStore.open(dir.resolve("tls.db"))) {
      new io.allianceeval.examples.app.Accounts(store, new io.allianceeval.examples.app.Passwords(),
          java.time.Clock.systemUTC()).bootstrap(java.util.Optional.of("office-password-1"));
      WebServer s = WebServer.start(store, new ServerOptions("127.0.0.1", 0,
          java.util.Optional.empty(), java.util.Optional.empty(), true, Duration.ofMinutes(30),
          java.time.Clock.systemUTC(), com.github.benmanes.caffeine.cache.Ticker.systemTicker()));
      try {
        ApiClient c = new ApiClient("http://127.0.0.1:" + s.port());
        String cookie = c.login("office", "office-password-1").header("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("; Secure"), cookie);
      } finally {
        s.close();
      }
    }
  }

  @Test
  void logout_endsTheSession() {
    assertEquals(204, office.post("/api/v1/logout").status());
    assertEquals(401, office.get("/api/v1/me").status());
  }

  @Test
  void aSession_endsAfterThirtyMinutesWithoutARequest() {
    server.advance(Duration.ofMinutes(29));
    assertEquals(200, office.get("/api/v1/me").status(), "29 minutes idle: still there");
    server.advance(Duration.ofMinutes(29));
    assertEquals(200, office.get("/api/v1/me").status(), "each request restarts the idle time");
    server.advance(Duration.ofMinutes(31));
    ApiClient.Response r = office.get("/api/v1/me");
    assertEquals(401, r.status());
    assertEquals("请先登录。", r.json().get("message").getAsString());
  }

  @Test
  void aChangeWithoutTheCsrfToken_isRefused_andChangesNothing() {
    String token = office.csrf;
    office.csrf = "";
    ApiClient.Response none = office.post("/api/v1/years", Map.of("year", 2019, "deadline",
        "2020-01-15T17:00:00+08:00"));
    assertEquals(403, none.status());
    office.csrf = token.substring(1) + "x";
    assertEquals(403, office.post("/api/v1/years", Map.of("year", 2019, "deadline",
        "2020-01-15T17:00:00+08:00")).status());
    assertEquals(403, office.post("/api/v1/logout").status());
    office.csrf = "";
    assertEquals(200, office.get("/api/v1/years").status(), "reading needs no token");
    assertEquals(0, office.get("/api/v1/years").array().size(), "nothing was opened");
    office.csrf = token;
    assertEquals(201, office.post("/api/v1/years", Map.of("year", 2019, "deadline",
        "2020-01-15T17:00:00+08:00")).status());
  }

  @Test
  void aJsonRequest_mustSayItIsJson() {
    ApiClient.Response form = office.send(HttpRequest.newBuilder(URI.create(office.base
        + "/api/v1/years")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("year=2019&deadline=2020-01-15T00:00:00Z")));
    assertEquals(400, form.status(), "a cross-site form cannot send JSON");
  }

  @Test
  void failedLogins_backOff_perAccountAndPerAddress() {
    ApiClient c = server.client();
    for (int i = 0; i < LoginLimiter.FREE; i++) {
      assertEquals(401, c.login("office", "wrong-password-" + i).status());
    }
    assertEquals(401, c.login("office", "wrong-password-6").status(), "the sixth still tried");
    ApiClient.Response blocked = c.login("office", TestServer.OFFICE_PASSWORD);
    assertEquals(429, blocked.status(), "blocked even with the right password");
    assertEquals("1", blocked.header("Retry-After").orElse(""));
    server.advance(Duration.ofSeconds(1));
    assertEquals(401, c.login("office", "wrong-password-7").status());
    assertEquals("2", c.login("office", "x").header("Retry-After").orElse(""), "twice as long");
    server.advance(Duration.ofSeconds(2));
    assertEquals(200, c.login("office", TestServer.OFFICE_PASSWORD).status());
    // the address: many names from one place are blocked too
    ApiClient spray = server.client();
    server.advance(Duration.ofHours(2));
    for (int i = 0; i <= LoginLimiter.FREE; i++) {
      assertEquals(401, spray.login("nobody" + i, "wrong-password").status());
    }
    assertEquals(429, spray.login("somebody-else", "wrong-password").status());
  }

  @Test
  void anUnknownAccount_andAWrongPassword_getTheSameAnswer() {
    ApiClient c = server.client();
    ApiClient.Response unknown = c.login("no-such-user", "some-password-1");
    ApiClient.Response wrong = c.login("office", "some-password-1");
    assertEquals(401, unknown.status());
    assertEquals(unknown.text(), wrong.text());
  }

  @Test
  void aDisabledAccount_losesItsSession_andCannotLogIn() {
    assertEquals(201, office.post("/api/v1/accounts", Map.of("username", "expert1", "role",
        "expert", "password", "expert-password-1")).status());
    ApiClient expert = server.client();
    expert.loginAndChange("expert1", "expert-password-1", "expert-password-2");
    assertEquals(204, office.post("/api/v1/accounts/expert1/disable").status());
    assertEquals(401, expert.get("/api/v1/me").status());
    assertEquals(401, expert.login("expert1", "expert-password-2").status());
    assertEquals(204, office.post("/api/v1/accounts/expert1/enable").status());
    assertEquals(200, expert.login("expert1", "expert-password-2").status());
    ApiClient.Response reset = office.post("/api/v1/accounts/expert1/reset");
    String oneTime = reset.json().get("oneTimePassword").getAsString();
    assertEquals(401, expert.get("/api/v1/me").status(), "a reset ends the account's sessions");
    assertEquals(401, expert.login("expert1", "expert-password-2").status());
    assertTrue(expert.login("expert1", oneTime).json().get("mustChangePassword").getAsBoolean());
  }

  @Test
  void passwordsAreStoredAsArgon2idHashes_andTheChangeLogCannotBeEdited() throws Exception {
    assertEquals(201, office.post("/api/v1/accounts", Map.of("username", "expert1", "role",
        "expert", "password", "expert-password-1")).status());
    java.nio.file.Path db;
    try (var files = java.nio.file.Files.list(dir)) {
      db = files.filter(p -> p.toString().endsWith(".db")).findFirst().orElseThrow();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT username, password_hash FROM account")) {
        int n = 0;
        while (rs.next()) {
          String hash = rs.getString(2);
          assertTrue(hash.startsWith("$argon2id$"), hash);
          assertFalse(hash.contains("password-1"), hash);
          n++;
        }
        assertEquals(2, n);
      }
      int lines;
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM change_log")) {
        lines = rs.getInt(1);
      }
      assertTrue(lines >= 2);
      for (String edit : List.of("UPDATE change_log SET username = 'nobody'",
          "DELETE FROM change_log")) {
        SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
            () -> s.executeUpdate(edit));
        assertTrue(e.getMessage().contains("append-only"), e.getMessage());
      }
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM change_log")) {
        assertEquals(lines, rs.getInt(1));
      }
    }
  }

  @Test
  void errors_neverShowStackTracesOrClassNames() {
    assertEquals(201, office.post("/api/v1/years", Map.of("year", 2019, "deadline",
        "2020-01-15T17:00:00+08:00")).status());
    List<ApiClient.Response> answers = List.of(
        office.send(HttpRequest.newBuilder(URI.create(office.base + "/api/v1/years"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"year\": [1, 2"))),
        office.post("/api/v1/years", Map.of("year", "twenty", "deadline", "soon")),
        office.get("/api/v1/years/abcd/alliances/999/tally"),
        office.get("/api/v1/years/2019/report?format=pdf"),
        office.upload("/api/v1/years/2019/alliances/101/entries/upload", "file", "x.xlsx",
            "PK\u0003\u0004 not really a workbook".getBytes(StandardCharsets.ISO_8859_1), Map.of()),
        office.get("/api/v1/nothing/here"));
    for (ApiClient.Response r : answers) {
      assertTrue(r.status() >= 400 && r.status() < 500, r.toString());
      String t = r.text();
      assertFalse(t.matches("(?s).*(Exception|\\bat [a-z]+\\.|java\\.|io\\.allianceeval|"
          + "com\\.google|org\\.).*"), t);
      assertTrue(r.json().get("message").getAsString().length() > 0);
    }
    ApiClient.Response page = office.get("/nothing/here");
    assertEquals(404, page.status());
    assertTrue(page.text().contains("没有这个页面或资源") && !page.text().contains("Exception"),
        page.text());
    ApiClient.Response bad = answers.get(1);
    assertEquals(2, bad.json().getAsJsonArray("problems").size(), bad.toString());
  }
}
