package io.allianceeval.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.allianceeval.examples.cli.AllianceEvalCommand;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation year through the HTTP API, as its users take it, on one database; subclasses say
 * which (SQLite, PostgreSQL): the same suite runs on both.
 */
abstract class YearFlowContract {

  static final String ROSTER = "code,name\n101,钢铁可循环流程技术创新战略联盟\n"
      + "102,新一代煤化工产业技术创新战略联盟\n201,农业装备产业技术创新战略联盟\n";
  static final String Y = "/api/v1/years/2019";
  static final String A101 = Y + "/alliances/101";
  static final String A102 = Y + "/alliances/102";

  @TempDir Path dir;
  TestServer server;
  ApiClient office;
  Map<String, String> oneTime;

  /** A server over a new, empty database of the kind under test. */
  abstract TestServer newServer(Path dir) throws Exception;

  @BeforeEach
  void start() throws Exception {
    server = newServer(dir);
    office = server.client();
    assertEquals(200, office.login("office", TestServer.OFFICE_PASSWORD).status());
    ApiClient.Response roster = office.upload("/api/v1/accounts/roster", "roster", "roster.csv",
        ROSTER.getBytes(StandardCharsets.UTF_8), Map.of());
    assertEquals(201, roster.status(), roster.toString());
    oneTime = passwords(roster.bytes());
    ApiClient.Response year = office.post("/api/v1/years", Map.of("year", 2019,
        "deadline", "2020-01-15T17:00:00+08:00"));
    assertEquals(201, year.status(), year.toString());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The one-time passwords workbook: username → password. */
  static Map<String, String> passwords(byte[] xlsx) throws Exception {
    Map<String, String> map = new LinkedHashMap<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet s = wb.getSheetAt(0);
      DataFormatter f = new DataFormatter();
      for (Row r : s) {
        if (r.getRowNum() > 0) {
          map.put(f.formatCellValue(r.getCell(2)), f.formatCellValue(r.getCell(3)));
        }
      }
    }
    return map;
  }

  ApiClient secretariat(String username) {
    ApiClient c = server.client();
    c.loginAndChange(username, oneTime.get(username), username + "-new-password");
    return c;
  }

  static Map<String, Object> entry(String kind, String date, String title, Integer value) {
    Map<String, Object> m = new HashMap<>();
    m.put("kind", kind);
    m.put("date", date);
    m.put("title", title);
    if (value != null) {
      m.put("value", value);
    }
    return m;
  }

  @Test
  void theRosterGivesOneAccountPerAlliance_whoseFirstLoginMustChangeThePassword() {
    assertEquals(List.of("lm101", "lm102", "lm201"), new ArrayList<>(oneTime.keySet()));
    oneTime.values().forEach(pw -> assertTrue(pw.length() >= 10, pw));
    ApiClient s = server.client();
    ApiClient.Response login = s.login("lm101", oneTime.get("lm101"));
    assertEquals(200, login.status());
    assertTrue(login.json().get("mustChangePassword").getAsBoolean());
    assertEquals("101", login.json().get("alliance").getAsString());
    ApiClient.Response before = s.get(A101 + "/entries");
    assertEquals(403, before.status(), before.toString());
    ApiClient.Response weak = s.post("/api/v1/password", Map.of("currentPassword",
        oneTime.get("lm101"), "newPassword", "short"));
    assertEquals(400, weak.status());
    assertEquals("newPassword", weak.json().getAsJsonArray("problems").get(0).getAsJsonObject()
        .get("field").getAsString());
    ApiClient.Response changed = s.post("/api/v1/password", Map.of("currentPassword",
        oneTime.get("lm101"), "newPassword", "a-much-longer-password"));
    assertEquals(200, changed.status(), changed.toString());
    assertFalse(changed.json().get("mustChangePassword").getAsBoolean());
    s.csrf = changed.json().get("csrfToken").getAsString();
    assertEquals(200, s.get(A101 + "/entries").status());
    // the roster again creates no second account
    ApiClient.Response again = office.upload("/api/v1/accounts/roster", "roster", "roster.csv",
        ROSTER.getBytes(StandardCharsets.UTF_8), Map.of());
    assertEquals(201, again.status());
    assertEquals(4, office.get("/api/v1/accounts").array().size());
  }

  @Test
  void theYear_entries_tally_submit_return_resubmit_approve_lock_report() throws Exception {
    ApiClient s101 = secretariat("lm101");
    ApiClient s102 = secretariat("lm102");
    // entries, with the checks of db import
    ApiClient.Response bad = s101.post(A101 + "/entries", entry("council_meeting", "2019-02-30",
        "", null));
    assertEquals(400, bad.status(), bad.toString());
    List<String> fields = new ArrayList<>();
    for (JsonElement p : bad.json().getAsJsonArray("problems")) {
      fields.add(p.getAsJsonObject().get("field").getAsString());
    }
    assertEquals(List.of("date", "kind", "title"), fields.stream().sorted().toList());
    ApiClient.Response meeting = s101.post(A101 + "/entries", entry("council_meetings",
        "2019-03-01", "第一次理事会", null));
    assertEquals(201, meeting.status(), meeting.toString());
    long meetingId = meeting.json().get("id").getAsLong();
    assertEquals(201, s101.post(A101 + "/entries", entry("secretariat_full_time_staff",
        "2019-01-10", "秘书处专职人员", 5)).status());
    assertEquals(409, s101.post(A101 + "/entries", entry("council_meetings", "2019-03-01",
        " 第一次理事会 ", null)).status(), "the same entry twice");
    // an upload: all or nothing
    String log = "code,name,date,kind,title,evidence,value\n"
        + "101,钢铁可循环流程技术创新战略联盟,2019-05-20,media_reports,人民日报报道,,\n"
        + "101,钢铁可循环流程技术创新战略联盟,2019-07-01,standards,团体标准发布,,\n";
    String mixed = log + "102,新一代煤化工产业技术创新战略联盟,2019-07-02,standards,别家的标准,,\n";
    ApiClient.Response refused = s101.upload(A101 + "/entries/upload", "file", "../../etc/log.csv",
        mixed.getBytes(StandardCharsets.UTF_8), Map.of());
    assertEquals(400, refused.status(), refused.toString());
    assertTrue(refused.text().contains("log.csv"), refused.text());
    assertFalse(refused.text().contains("/etc"), "never the path the user gave: " + refused);
    assertEquals(2, s101.get(A101 + "/entries").array().size(), "nothing of a refused upload");
    ApiClient.Response uploaded = s101.upload(A101 + "/entries/upload", "file", "log.csv",
        log.getBytes(StandardCharsets.UTF_8), Map.of());
    assertEquals(201, uploaded.status(), uploaded.toString());
    assertEquals(2, uploaded.array().size());
    // an entry dated before the period is kept, and not counted
    assertEquals(201, s101.post(A101 + "/entries", entry("standards", "2018-12-20", "去年的标准",
        null)).status());
    // the live tally: points with the entries behind them
    JsonObject tally = s101.get(A101 + "/tally").json();
    JsonObject excluded = tally.getAsJsonArray("excluded").get(0).getAsJsonObject();
    assertEquals("去年的标准", excluded.get("title").getAsString());
    assertEquals("日期不在评价期间（2019-01-01—2019-12-31）内，不计分",
        excluded.get("reason").getAsString());
    JsonObject council = indicator(tally, "council_meetings");
    assertEquals("第一次理事会", council.getAsJsonArray("entries").get(0).getAsJsonObject()
        .get("title").getAsString());
    assertNotNull(tally.get("total").getAsString());
    assertFalse(tally.get("tier").isJsonNull());
    // submit; then the entries wait for the office
    assertEquals("SUBMITTED", s101.post(A101 + "/submit").json().get("state").getAsString());
    ApiClient.Response waiting = s101.post(A101 + "/entries", entry("standards", "2019-08-01",
        "又一个标准", null));
    assertEquals(409, waiting.status());
    assertEquals("信息已提交，等待评价办公室确认。", waiting.json().get("message").getAsString());
    // the office: approve what was not submitted is refused, a return needs a comment
    s102.post(A102 + "/entries", entry("standards", "2019-08-01", "标准", null));
    ApiClient.Response notSubmitted = office.post(A102 + "/approve");
    assertEquals(409, notSubmitted.status());
    office.lang = "en";
    assertEquals("The entries have not been submitted.", office.post(A102 + "/approve").json()
        .get("message").getAsString());
    office.lang = "zh";
    assertEquals(409, office.post(A101 + "/return", Map.of("comment", " ")).status());
    ApiClient.Response returned = office.post(A101 + "/return", Map.of("comment",
        "请补充理事会的佐证材料"));
    assertEquals("RETURNED", returned.json().get("state").getAsString());
    // the secretariat sees the comment, fixes and resubmits
    JsonObject sub = s101.get(A101 + "/tally").json().getAsJsonObject("submission");
    assertEquals("请补充理事会的佐证材料", sub.get("comment").getAsString());
    Map<String, Object> fixed = entry("council_meetings", "2019-03-01", "第一次理事会", null);
    fixed.put("evidence", "会议纪要 2019-03-01");
    assertEquals(200, s101.put(A101 + "/entries/" + meetingId, fixed).status());
    assertEquals("SUBMITTED", s101.post(A101 + "/submit").json().get("state").getAsString());
    assertEquals("APPROVED", office.post(A101 + "/approve").json().get("state").getAsString());
    assertEquals(409, s101.delete(A101 + "/entries/" + meetingId).status(), "approved: fixed");
    // the lock: after the deadline only
    assertEquals(409, office.post(Y + "/lock").status());
    server.clock.advance(Duration.ofDays(240)); // past 2020-01-15 17:00 +08:00
    ApiClient.Response late = s102.post(A102 + "/entries", entry("standards", "2019-09-01",
        "迟到的标准", null));
    assertEquals(409, late.status());
    assertEquals("录入截止时间已过；如需修改，请评价办公室重新开放。",
        late.json().get("message").getAsString());
    assertEquals(409, office.get(Y + "/report?format=json").status(), "no result before the lock");
    ApiClient.Response locked = office.post(Y + "/lock");
    assertEquals(200, locked.status(), locked.toString());
    assertTrue(locked.json().get("locked").getAsBoolean());
    assertEquals(409, office.post(A102 + "/entries", entry("standards", "2019-09-01", "锁定后",
        null)).status());
    // the report: the same ReportData that score --format json prints for the approved entries
    ApiClient.Response report = office.get(Y + "/report?format=json");
    assertEquals(200, report.status(), report.toString());
    JsonObject fromServer = report.json();
    JsonObject fromCli = scoreJson(approvedLog(s101.get(A101 + "/entries").array()));
    assertEquals(fromCli, fromServer);
    ApiClient.Response docx = office.get(Y + "/report?format=docx");
    assertEquals(200, docx.status());
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.bytes()));
        XWPFWordExtractor text = new XWPFWordExtractor(d)) {
      assertTrue(text.getText().contains("钢铁可循环流程技术创新战略联盟"), "the approved alliance");
    }
    ApiClient.Response xlsx = office.get(Y + "/report?format=xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
      assertTrue(wb.getNumberOfSheets() > 1);
    }
    assertTrue(office.get(Y + "/report?format=html").text().startsWith("<!DOCTYPE html>"));
    // the whole log, and the approved entries only
    String all = cellText(office.get(Y + "/entries.xlsx").bytes());
    String approved = cellText(office.get(Y + "/entries.xlsx?approved=true").bytes());
    assertTrue(all.contains("第一次理事会") && all.contains("\t标准\t"), all);
    assertTrue(approved.contains("第一次理事会") && !approved.contains("\t标准\t"), approved);
    // the change log: every step, with before and after
    List<String> actions = new ArrayList<>();
    JsonArray changes = office.get(Y + "/changes?alliance=101").array();
    for (JsonElement c : changes) {
      actions.add(c.getAsJsonObject().get("action").getAsString());
    }
    assertEquals(List.of("create", "create", "create", "create", "create", "submit", "return",
        "update", "submit", "approve"), actions);
    JsonObject update = changes.get(7).getAsJsonObject();
    assertTrue(update.get("before").getAsString().contains("第一次理事会"));
    assertTrue(update.get("after").getAsString().contains("会议纪要"));
    assertTrue(office.get(Y + "/changes").text().contains("\"lock\""));
  }

  /** Every cell of the workbook's first sheet, each followed by a tab. */
  private static String cellText(byte[] xlsx) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      DataFormatter f = new DataFormatter();
      for (Row r : wb.getSheetAt(0)) {
        r.forEach(c -> sb.append(f.formatCellValue(c)).append('\t'));
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private static JsonObject indicator(JsonObject tally, String fact) {
    for (JsonElement e : tally.getAsJsonArray("indicators")) {
      for (JsonElement entry : e.getAsJsonObject().getAsJsonArray("entries")) {
        if (entry.getAsJsonObject().get("kind").getAsString().equals(fact)) {
          return e.getAsJsonObject();
        }
      }
    }
    throw new AssertionError("no indicator traced to " + fact + ": " + tally);
  }

  private Path approvedLog(JsonArray entries) throws Exception {
    StringBuilder sb = new StringBuilder("code,name,date,kind,title,evidence,value\n");
    for (JsonElement e : entries) {
      JsonObject o = e.getAsJsonObject();
      sb.append("101,钢铁可循环流程技术创新战略联盟,").append(o.get("date").getAsString()).append(',')
          .append(o.get("kind").getAsString()).append(',').append(o.get("title").getAsString())
          .append(',').append(o.get("evidence").isJsonNull() ? "" : o.get("evidence")
              .getAsString()).append(',').append(o.get("value").isJsonNull() ? ""
              : o.get("value").getAsString()).append('\n');
    }
    Path log = dir.resolve("approved.csv");
    Files.writeString(log, sb, StandardCharsets.UTF_8);
    return log;
  }

  private JsonObject scoreJson(Path log) throws Exception {
    Path roster = dir.resolve("roster.csv");
    Files.writeString(roster, ROSTER, StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = AllianceEvalCommand.execute(new PrintWriter(out), new PrintWriter(err), "score",
        "--year", "2019", "--format", "json", "--activities", log.toString(), "--roster",
        roster.toString());
    assertEquals(0, code, err.toString());
    return JsonParser.parseString(out.toString()).getAsJsonObject();
  }

  @Test
  void aYear_opensWithAnUploadedIndicatorSystem_andABadOneIsRefusedWithItsProblems()
      throws Exception {
    byte[] system = io.allianceeval.examples.io.SystemTable.workbook(
        io.allianceeval.scoring.IndicatorSystem.standard2019(),
        io.allianceeval.scoring.TierScheme.standard());
    ApiClient.Response opened = office.upload("/api/v1/years", "system", "指标体系.xlsx", system,
        Map.of("year", "2020", "deadline", "2021-01-15T17:00:00+08:00", "eligibility",
            "each-group"));
    assertEquals(201, opened.status(), opened.toString());
    assertTrue(opened.json().get("customSystem").getAsBoolean());
    assertEquals("each-group", opened.json().get("eligibility").getAsString());
    assertEquals(201, office.post("/api/v1/years/2020/alliances/101/entries",
        entry("council_meetings", "2020-03-01", "理事会", null)).status());
    JsonObject tally = office.get("/api/v1/years/2020/alliances/101/tally").json();
    assertTrue(tally.get("ineligible").getAsString().contains("2 "), "each group needs an entry: "
        + tally.get("ineligible"));
    ApiClient.Response bad = office.upload("/api/v1/years", "system", "坏的体系.csv",
        "indicator,group,fact,points,rule\n1.1,1,council_meetings,five,ladder\n"
            .getBytes(StandardCharsets.UTF_8), Map.of("year", "2021", "deadline",
            "2022-01-15T17:00:00+08:00"));
    assertEquals(400, bad.status(), bad.toString());
    assertTrue(bad.text().contains("坏的体系.csv"), bad.text());
    assertEquals(404, office.get("/api/v1/years/2021").status(), "nothing opened");
    ApiClient.Response rule = office.post("/api/v1/years", Map.of("year", 2022, "deadline",
        "2023-01-15T17:00:00+08:00", "eligibility", "most"));
    assertEquals(400, rule.status());
    assertEquals("eligibility", rule.json().getAsJsonArray("problems").get(0).getAsJsonObject()
        .get("field").getAsString());
  }

  @Test
  void concurrentWriters_loseNothing() throws Exception {
    List<Thread> threads = new ArrayList<>();
    java.util.Set<Long> accepted = java.util.concurrent.ConcurrentHashMap.newKeySet();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int w = 0; w < 8; w++) {
      int writer = w;
      ApiClient c = server.client();
      assertEquals(200, c.login("office", TestServer.OFFICE_PASSWORD).status());
      threads.add(new Thread(() -> {
        try {
          for (int i = 0; i < 25; i++) {
            ApiClient.Response r = c.post((writer % 2 == 0 ? A101 : A102) + "/entries",
                entry("media_reports", "2019-05-01", "写入者 " + writer + " 第 " + i + " 条", null));
            assertEquals(201, r.status(), r.toString());
            accepted.add(r.json().get("id").getAsLong());
          }
        } catch (Throwable t) {
          failures.add(t);
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join(120_000);
    }
    assertEquals(List.of(), failures);
    java.util.Set<Long> stored = new java.util.HashSet<>();
    for (String a : List.of(A101, A102)) {
      office.get(a + "/entries").array().forEach(e ->
          stored.add(e.getAsJsonObject().get("id").getAsLong()));
    }
    assertEquals(200, accepted.size());
    assertEquals(accepted, stored);
    long created = 0;
    for (JsonElement c : office.get(Y + "/changes").array()) {
      if (c.getAsJsonObject().get("action").getAsString().equals("create")) {
        created++;
      }
    }
    assertEquals(200, created, "one change-log line per entry");
  }

  @Test
  void textWithSqlMetacharacters_isStoredAndAnsweredAsIs() {
    ApiClient s101 = secretariat("lm101");
    List<String> titles = List.of("'; DROP TABLE activity; --", "Robert'); DELETE FROM account;--",
        "\" OR 1=1 --", "%_\\' UNION SELECT password_hash FROM account --");
    for (String t : titles) {
      Map<String, Object> e = entry("media_reports", "2019-04-01", t, null);
      e.put("evidence", t);
      ApiClient.Response r = s101.post(A101 + "/entries", e);
      assertEquals(201, r.status(), r.toString());
    }
    JsonArray stored = s101.get(A101 + "/entries").array();
    List<String> back = new ArrayList<>();
    for (JsonElement e : stored) {
      back.add(e.getAsJsonObject().get("title").getAsString());
      assertEquals(e.getAsJsonObject().get("title"), e.getAsJsonObject().get("evidence"));
    }
    assertEquals(titles, back);
    assertEquals(4, office.get("/api/v1/accounts").array().size(), "no account deleted");
    // the office's texts: a comment and a reason
    assertEquals(200, s101.post(A101 + "/submit").status());
    ApiClient.Response ret = office.post(A101 + "/return", Map.of("comment", titles.get(0)));
    assertEquals(titles.get(0), ret.json().get("comment").getAsString());
    assertEquals(200, s101.post(A101 + "/submit").status());
    assertEquals(200, office.post(A101 + "/approve").status());
    ApiClient.Response reopen = office.post(A101 + "/reopen", Map.of("reason", titles.get(1)));
    assertEquals(titles.get(1), reopen.json().get("reopenedBecause").getAsString());
    ApiClient.Response metaUser = office.post("/api/v1/accounts", Map.of("username",
        "x' OR '1'='1", "role", "expert", "password", "long-enough-password"));
    assertEquals(400, metaUser.status(), "usernames are letters, digits and . _ -");
  }
}
