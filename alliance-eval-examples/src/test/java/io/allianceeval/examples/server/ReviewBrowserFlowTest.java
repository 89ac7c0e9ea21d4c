package io.allianceeval.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The second half of the year in a real browser (headless Chromium), through the pages alone: the
 * office imports a panel of six experts in three groups and plans ten alliances; the experts log
 * in and score both rounds on their sheets; one DIFFERENCE and one TIER flag go to the collective
 * review, where the office decides them; publicity opens, one secretariat's appeal is upheld and
 * another's rejected; the office publishes and downloads the Word report, which POI opens.
 */
class ReviewBrowserFlowTest {

  static final String ROSTER = "code,name\n101,钢铁可循环流程技术创新战略联盟\n"
      + "102,新一代煤化工产业技术创新战略联盟\n103,煤炭开发利用技术创新战略联盟\n"
      + "104,农业装备产业技术创新战略联盟\n105,TD 产业技术创新战略联盟\n"
      + "201,存储产业技术创新战略联盟\n202,太阳能光热产业技术创新战略联盟\n"
      + "203,木竹产业技术创新战略联盟\n301,花卉产业技术创新战略联盟\n302,乳业产业技术创新战略联盟\n";

  /** Round 1 and round 2 totals: 101 differs by 15, 102 changes tier, the rest agree. */
  static final Map<String, int[]> TOTALS = Map.of("101", new int[] {90, 75},
      "102", new int[] {86, 82}, "103", new int[] {88, 88}, "104", new int[] {80, 80},
      "105", new int[] {75, 75}, "201", new int[] {72, 72}, "202", new int[] {60, 60},
      "203", new int[] {55, 55}, "301", new int[] {45, 45}, "302", new int[] {66, 66});

  @TempDir Path dir;
  TestServer server;
  PageDriver user;

  @BeforeEach
  void start() throws Exception {
    Browser.require();
    server = TestServer.sqlite(dir);
    user = new PageDriver(server, dir);
  }

  @AfterEach
  void stop() {
    if (user != null) {
      user.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aSmallPanel_throughBothRounds_theCollectiveReview_publicity_andPublication()
      throws Exception {
    // the first half, through the API: ten alliances with approved entries, the year locked
    ApiClient office = server.client();
    office.login("office", TestServer.OFFICE_PASSWORD);
    ApiClient.Response roster = office.upload("/api/v1/accounts/roster", "roster", "roster.csv",
        ROSTER.getBytes(StandardCharsets.UTF_8), Map.of());
    Map<String, String> secretariats = YearFlowContract.passwords(roster.bytes());
    String y = "/api/v1/years/2019";
    assertEquals(201, office.post("/api/v1/years", Map.of("year", 2019, "deadline",
        server.clock.instant().plus(Duration.ofHours(1)).toString())).status());
    for (String code : TOTALS.keySet()) {
      assertEquals(201, office.post(y + "/alliances/" + code + "/entries",
          YearFlowContract.entry("council_meetings", "2019-03-0" + code.charAt(2), "理事会 "
              + code, null)).status());
      assertEquals(200, office.post(y + "/alliances/" + code + "/submit").status());
      assertEquals(200, office.post(y + "/alliances/" + code + "/approve").status());
    }
    server.clock.advance(Duration.ofHours(2));
    assertEquals(200, office.post(y + "/lock").status());

    // the office: the panel, its passwords, the plan, round 1
    user.login("office", TestServer.OFFICE_PASSWORD);
    user.open("/years/2019/review");
    Path panel = dir.resolve("专家名单.csv");
    Files.writeString(panel, ReviewYear.PANEL, StandardCharsets.UTF_8);
    user.browser.findElement(By.name("file")).sendKeys(panel.toAbsolutePath().toString());
    user.browser.findElement(By.cssSelector("form[action$='/panel'] button[type=submit]"))
        .click();
    Map<String, String> passwords = YearFlowContract.passwords(Files.readAllBytes(
        user.waitForDownload(".xlsx")));
    assertEquals(6, passwords.size(), passwords.toString());
    user.open("/years/2019/review");
    assertTrue(user.text().contains("评价专家组（6 人）"), user.text());
    user.fill("minExperts", "1");
    user.submit("/assignment");
    assertTrue(user.text().contains("分组方案已生成"), user.text());
    user.submit("/rounds/1/open");
    assertTrue(user.text().contains("本轮评审已开始"), user.text());
    user.logout();

    Map<String, String> own = new java.util.HashMap<>();
    for (int round = 1; round <= 2; round++) {
      for (String username : passwords.keySet()) {
        if (round == 1) {
          user.firstLogin(username, passwords.get(username), username + "-own-password");
          own.put(username, username + "-own-password");
        } else {
          user.login(username, own.get(username));
        }
        scoreTheSheet(round);
        user.logout();
      }
      user.login("office", TestServer.OFFICE_PASSWORD);
      user.open("/years/2019/rounds/" + round);
      assertTrue(user.text().contains("6 份评分表中有 0 份未提交") || user.text().contains("中有 0 份"),
          user.text());
      user.submit("/rounds/" + round + "/close");
      assertTrue(user.text().contains("本轮评审已结束"), user.text());
      if (round == 1) {
        user.open("/years/2019/review");
        user.submit("/rounds/2/open");
      }
      user.logout();
    }

    // the collective review: two flags, two decisions
    user.login("office", TestServer.OFFICE_PASSWORD);
    user.open("/years/2019/review");
    user.submit("/collective-review");
    String meeting = user.text();
    assertTrue(meeting.contains("两轮得分相差 10 分及以上") && meeting.contains("两轮得分档次不同"),
        meeting);
    assertTrue(meeting.contains("2 家被标记的联盟中有 2 家待决定"), meeting);
    decide("101", "80", "核对两组打分依据，取复评意见");
    decide("102", "85", "集体讨论确认为活跃度高");
    assertTrue(user.text().contains("2 家被标记的联盟中有 0 家待决定"), user.text());

    // publicity for a week
    user.open("/years/2019/review");
    user.set("end", LocalDateTime.ofInstant(server.clock.instant().plus(Duration.ofDays(7)),
        java.time.ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0).toString());
    user.submit("/publicity");
    assertTrue(user.text().contains("公示已开始"), user.text());
    user.logout();

    // two secretariats appeal
    appeal("lm202", secretariats.get("lm202"), "2.5 漏计两项团体标准");
    appeal("lm301", secretariats.get("lm301"), "请复核理事会次数");

    // after the end: the answers, publication, the Word report
    server.clock.advance(Duration.ofDays(8));
    user.login("office", TestServer.OFFICE_PASSWORD);
    user.open("/years/2019/review");
    answer("202", true, "70", "核实两项团体标准，分值调整");
    answer("301", false, "", "理事会记录无误，维持原评");
    assertTrue(user.text().contains("同意复核申请，调整为 70 分") && user.text().contains("不予调整，维持原评价结果"),
        user.text());
    user.submit("/publish");
    assertTrue(user.text().contains("本年度评价结果已发布"), user.text());
    user.browser.findElement(By.partialLinkText("评价报告（Word）")).click();
    Path docx = user.waitForDownload(".docx");
    try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in);
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      String word = x.getText();
      assertTrue(word.contains("太阳能光热产业技术创新战略联盟"), "the alliances");
      assertTrue(word.contains("专家甲"), "附件 1 from the panel");
    }
    user.logout();

    // a secretariat sees its upheld result and the published report
    user.login("lm202", "lm202-own-password");
    user.open("/years/2019/alliances/202/result");
    String result = user.browser.findElement(By.cssSelector(".result")).getText();
    assertTrue(result.contains("70") && result.contains("活跃度较高"), result);
    assertTrue(user.text().contains("同意复核申请，调整为 70 分"), user.text());
  }

  /** Scores every alliance on the expert's sheet of {@code round}, then submits it. */
  private void scoreTheSheet(int round) {
    user.open("/years/2019/rounds/" + round + "/sheet");
    assertTrue(user.text().contains("您只能看到自己的评分"), user.text());
    List<String> codes = new ArrayList<>();
    for (WebElement a : user.browser.findElements(By.cssSelector(
        "main table td:first-child a"))) {
      codes.add(a.getText());
    }
    for (String code : codes) {
      user.open("/years/2019/rounds/" + round + "/scores/" + code);
      assertTrue(user.text().contains("理事会 " + code), "the approved entries: " + user.text());
      user.fill("total", Integer.toString(TOTALS.get(code)[round - 1]));
      user.submit("/scores/" + code);
      assertTrue(user.text().contains("评分已保存为草稿"), user.text());
    }
    if (!codes.isEmpty()) {
      user.submit("/rounds/" + round + "/submit");
      assertTrue(user.text().contains("评分表已提交"), user.text());
    }
  }

  private void decide(String code, String score, String rationale) {
    WebElement form = user.browser.findElement(By.cssSelector("form[action$='/decisions/" + code
        + "']"));
    form.findElement(By.name("score")).sendKeys(score);
    form.findElement(By.name("rationale")).sendKeys(rationale);
    user.clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
    assertTrue(user.text().contains("决定已记录"), user.text());
  }

  private void appeal(String username, String oneTime, String reasons) {
    user.firstLogin(username, oneTime, username + "-own-password");
    String code = username.substring(2);
    user.open("/years/2019/alliances/" + code + "/result");
    assertTrue(user.text().contains("公示") || user.text().contains("复核申请"), user.text());
    user.fill("reasons", reasons);
    user.submit("/appeal");
    assertTrue(user.text().contains("复核申请已提交") && user.text().contains(reasons), user.text());
    user.logout();
  }

  private void answer(String code, boolean upheld, String score, String rationale) {
    WebElement form = user.browser.findElement(By.cssSelector("form[action$='/appeals/" + code
        + "']"));
    form.findElement(By.cssSelector("input[name=upheld][value=" + upheld + "]")).click();
    if (!score.isEmpty()) {
      form.findElement(By.name("score")).sendKeys(score);
    }
    form.findElement(By.name("rationale")).sendKeys(rationale);
    user.clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
    assertTrue(user.text().contains("复核申请已答复"), user.text());
  }
}
