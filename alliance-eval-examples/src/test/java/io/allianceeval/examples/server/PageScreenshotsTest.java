package io.allianceeval.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.examples.app.EmbeddedData;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The main pages at a desktop's and a phone's width: none is wider than the screen (a table may
 * scroll inside its box; the page itself never scrolls sideways), and each is photographed into
 * {@code target/screenshots} — and into {@code docs/screenshots}, which the README shows, with
 * {@code -Dscreenshots.update=true}.
 */
class PageScreenshotsTest {

  private static final Path DOCS = Path.of("..", "docs", "screenshots");

  @TempDir Path dir;
  TestServer server;
  ChromeDriver browser;

  @BeforeEach
  void start() throws Exception {
    Browser.require();
    server = TestServer.sqlite(dir);
    browser = Browser.start(1280, 900, Files.createDirectories(dir.resolve("downloads")),
        Files.createDirectories(dir.resolve("profile")));
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  /** Sixteen alliances of the 2019 table, from each batch. */
  private static String roster() throws Exception {
    Map<Character, Integer> taken = new LinkedHashMap<>();
    StringBuilder sb = new StringBuilder("code,name\n");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        EmbeddedData.class.getResourceAsStream(EmbeddedData.SCORES_2019),
        StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split(",");
        char batch = f[1].charAt(0);
        if (taken.merge(batch, 1, Integer::sum) <= 4) {
          sb.append(f[1]).append(',').append(f[2]).append('\n');
        }
      }
    }
    return sb.toString();
  }

  @Test
  void theMainPages_fitADesktopAndAPhone() throws Exception {
    ApiClient office = server.client();
    office.login("office", TestServer.OFFICE_PASSWORD);
    String roster = roster();
    Map<String, String> pw = YearFlowContract.passwords(office.upload("/api/v1/accounts/roster",
        "roster", "roster.csv", roster.getBytes(StandardCharsets.UTF_8), Map.of()).bytes());
    assertEquals(201, office.post("/api/v1/years", Map.of("year", 2019,
        "deadline", "2020-01-15T17:00:00+08:00")).status());
    List<String> codes = new ArrayList<>();
    roster.lines().skip(1).forEach(l -> codes.add(l.substring(0, l.indexOf(','))));
    // a year under way: some alliances entering, submitted, approved, returned; some nothing yet
    String[][] entries = {
        {"council_meetings", "2019-03-01", "2019 年度理事会"},
        {"secretariat_full_time_staff", "2019-01-10", "秘书处专职人员", "6"},
        {"standards", "2019-07-01", "《再生钢铁原料》团体标准发布"},
        {"media_reports", "2019-05-20", "《科技日报》报道联盟协同创新成果"},
        {"joint_rd_platforms", "2019-09-12", "共建低碳冶金联合实验室"},
        {"website_update", "2019-12-02", "网站更新年度工作动态"}};
    for (int i = 0; i < 11; i++) {
      String a = "/api/v1/years/2019/alliances/" + codes.get(i);
      for (int k = 0; k <= i % entries.length; k++) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("kind", entries[k][0]);
        e.put("date", entries[k][1]);
        e.put("title", entries[k][2]);
        if (entries[k].length > 3) {
          e.put("value", entries[k][3]);
        }
        assertEquals(201, office.post(a + "/entries", e).status());
      }
      if (i % 4 != 0) {
        assertEquals(200, office.post(a + "/submit").status());
      }
      if (i % 4 == 2) {
        assertEquals(200, office.post(a + "/approve").status());
      }
      if (i % 4 == 3) {
        assertEquals(200, office.post(a + "/return", Map.of("comment",
            "请补充理事会会议纪要作为佐证")).status());
      }
    }
    String first = codes.get(5);
    ApiClient secretariat = server.client();
    String user = "lm" + first.toLowerCase();
    secretariat.loginAndChange(user, pw.get(user), "secretariat-password-1");

    login("office", TestServer.OFFICE_PASSWORD);
    shoot("office-dashboard", "/years/2019");
    shoot("office-alliance", "/years/2019/alliances/" + codes.get(3));
    shoot("office-accounts", "/accounts");
    // the same pages in English, by the switch at the top
    browser.findElement(By.cssSelector("a[href^='/lang?to=en']")).click();
    for (String path : List.of("/years/2019", "/years/2019/alliances/" + codes.get(3),
        "/accounts", "/years")) {
      browser.get(server.base + path);
      assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"), path);
      String h1 = browser.findElement(By.tagName("h1")).getText();
      assertTrue(!h1.equals("Not done") && h1.chars().noneMatch(c -> c >= 0x4e00 && c < 0xa000
          && !path.contains("alliances")), path + ": " + h1);
    }
    browser.get(server.base + "/years/2019");
    assertEquals("Evaluation year 2019", browser.findElement(By.tagName("h1")).getText());
    browser.get(server.base + "/lang?to=zh&back=/years/2019");
    assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
    logout();
    login(user, "secretariat-password-1");
    shoot("secretariat-alliance", "/years/2019/alliances/" + first);
    logout();
    shoot("login", "/login");
  }

  @Test
  void theReviewPages_fitADesktopAndAPhone() throws Exception {
    ApiClient office = server.client();
    office.login("office", TestServer.OFFICE_PASSWORD);
    Map<String, String> pw = ReviewYear.roster(office);
    ReviewYear.locked(server, office, 2019);
    Map<String, ApiClient> experts = ReviewYear.experts(server, ReviewYear.panel(office, 2019));
    com.google.gson.JsonObject plan = ReviewYear.plan(office, 2019).json();
    String y = "/api/v1/years/2019";
    assertEquals(200, office.post(y + "/rounds/1/open", Map.of("due", server.clock.instant()
        .plus(java.time.Duration.ofDays(5)).toString())).status());
    ApiClient e02 = experts.get("E02");
    String mine = e02.get(y + "/rounds/1/sheet").json().getAsJsonArray("alliances").get(0)
        .getAsJsonObject().get("code").getAsString();
    assertEquals(200, e02.put(y + "/rounds/1/scores/" + mine, ReviewYear.indicators("5", "6"))
        .status());

    login("office", TestServer.OFFICE_PASSWORD);
    shoot("office-review", "/years/2019/review");
    shoot("office-round", "/years/2019/rounds/1");
    logout();
    login("e02", "E02-expert-password");
    shoot("expert-sheet", "/years/2019/rounds/1/sheet");
    shoot("expert-score", "/years/2019/rounds/1/scores/" + mine);
    logout();

    // the rounds finished through the API: a DIFFERENCE and a TIER flag
    // E02 marks round 2 two points below the others: outside a corridor of 1.5 points
    ReviewYear.finishRound(office, experts, 2019, plan, 1, OutcomeFlowContract.TOTALS);
    ReviewYear.scoreRound(office, experts, 2019, plan, 2, OutcomeFlowContract.TOTALS,
        Map.of("E02", -2));
    assertEquals(200, office.post(y + "/collective-review").status());
    login("office", TestServer.OFFICE_PASSWORD);
    shoot("office-meeting", "/years/2019/meeting?corridor=1.5");
    logout();
    assertEquals(200, office.post(y + "/decisions/101", Map.of("score", 80, "rationale",
        "核对两组打分依据，取复评意见")).status());
    assertEquals(200, office.post(y + "/decisions/102", Map.of("score", 85, "rationale",
        "集体讨论确认为活跃度高")).status());
    assertEquals(200, office.post(y + "/publicity", Map.of("end", server.clock.instant()
        .plus(java.time.Duration.ofDays(7)).toString())).status());
    ApiClient lm101 = server.client();
    lm101.loginAndChange("lm101", pw.get("lm101"), "lm101-own-password");
    login("lm101", "lm101-own-password");
    shoot("secretariat-result", "/years/2019/alliances/101/result");
    shoot("secretariat-history", "/alliances/101/history");
    logout();
    login("office", TestServer.OFFICE_PASSWORD);
    shoot("office-result", "/years/2019/alliances/103/result");
    logout();
  }

  private void login(String username, String password) {
    browser.get(server.base + "/login");
    browser.findElement(By.name("username")).sendKeys(username);
    browser.findElement(By.name("password")).sendKeys(password);
    clickAndWait(By.cssSelector("form[action='/login'] button"));
  }

  private void logout() {
    clickAndWait(By.cssSelector("form[action='/logout'] button"));
  }

  private void clickAndWait(By button) {
    org.openqa.selenium.WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(button).click();
    PageDriver.waitUntilLeft(browser, page);
  }

  /** The page at a desktop's and a phone's width: it must not scroll sideways; a photograph. */
  private void shoot(String name, String path) throws Exception {
    for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
      browser.manage().window().setSize(new Dimension(size[0], size[1]));
      browser.get(server.base + path);
      JavascriptExecutor js = browser;
      long scrollWidth = (Long) js.executeScript(
          "return document.documentElement.scrollWidth");
      long viewport = (Long) js.executeScript("return document.documentElement.clientWidth");
      assertTrue(scrollWidth <= viewport, name + " at " + size[0] + " px is " + scrollWidth
          + " px wide: the page scrolls sideways");
      long height = (Long) js.executeScript("return document.documentElement.scrollHeight");
      browser.manage().window().setSize(new Dimension(size[0], (int) Math.min(height + 120,
          6000)));
      byte[] png = browser.getScreenshotAs(OutputType.BYTES);
      String file = name + (size[0] < 600 ? "-phone" : "-desktop") + ".png";
      Path out = Files.createDirectories(Path.of("target", "screenshots")).resolve(file);
      Files.write(out, png);
      if (Boolean.getBoolean("screenshots.update")) {
        Files.createDirectories(DOCS);
        Files.copy(out, DOCS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
