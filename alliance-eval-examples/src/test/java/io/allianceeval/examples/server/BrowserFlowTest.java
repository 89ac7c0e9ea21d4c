package io.allianceeval.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.activity.Activity;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.examples.io.ActivityLogWorkbook;
import io.allianceeval.model.Alliance;
import io.allianceeval.scoring.IndicatorSystem;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The year in a real browser (headless Chromium), through the pages alone, without JavaScript of
 * ours: a secretariat logs in, changes its password, adds an entry, uploads a workbook, sees the
 * tally and submits; the office returns it with a comment; the secretariat fixes and resubmits;
 * the office approves, locks and downloads the Word report, which POI opens.
 */
class BrowserFlowTest {

  @TempDir Path dir;
  TestServer server;
  PageDriver user;
  ChromeDriver browser;

  @BeforeEach
  void start() throws Exception {
    Browser.require();
    server = TestServer.sqlite(dir);
    user = new PageDriver(server, dir);
    browser = user.browser;
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
  void theYear_fromTheSecretariatsFirstLogin_toTheWordReport() throws Exception {
    // the office, through the API: accounts for the roster, the year opened
    ApiClient office = server.client();
    office.login("office", TestServer.OFFICE_PASSWORD);
    ApiClient.Response roster = office.upload("/api/v1/accounts/roster", "roster", "roster.csv",
        YearFlowContract.ROSTER.getBytes(StandardCharsets.UTF_8), Map.of());
    String oneTime = YearFlowContract.passwords(roster.bytes()).get("lm101");
    assertEquals(201, office.post("/api/v1/years", Map.of("year", 2019,
        "deadline", "2020-01-15T17:00:00+08:00")).status());

    // the secretariat: first login, a new password
    user.login("lm101", oneTime);
    assertTrue(browser.getCurrentUrl().endsWith("/password"), browser.getCurrentUrl() + " " + user.text());
    user.fill("currentPassword", oneTime);
    user.fill("newPassword", "lm101-own-password");
    user.submit("/password");
    assertTrue(browser.getCurrentUrl().contains("/years/2019/alliances/101"),
        browser.getCurrentUrl());
    assertTrue(user.text().contains("密码已修改"), user.text());
    // an entry by the form
    new Select(browser.findElement(By.name("kind"))).selectByValue("council_meetings");
    user.set("date", "2019-03-01");
    user.fill("title", "第一次理事会");
    user.submit("/entries");
    assertTrue(user.text().contains("记录已新增"), user.text());
    assertTrue(user.text().contains("第一次理事会"));
    // a workbook
    Path workbook = dir.resolve("活动记录.xlsx");
    Alliance a = Alliance.of("101", "钢铁可循环流程技术创新战略联盟");
    ActivityKinds kinds = ActivityKinds.standard2019();
    Files.write(workbook, ActivityLogWorkbook.export(List.of(a), List.of(
        Activity.of(a, kinds.kind("media_reports").orElseThrow(), LocalDate.of(2019, 5, 20),
            "人民日报报道"),
        Activity.of(a, kinds.kind("standards").orElseThrow(), LocalDate.of(2019, 7, 1),
            "团体标准发布")), kinds, IndicatorSystem.standard2019()));
    browser.findElement(By.name("file")).sendKeys(workbook.toAbsolutePath().toString());
    user.submit("/entries/upload");
    assertTrue(user.text().contains("工作簿中的记录已全部新增"), user.text());
    assertTrue(user.text().contains("团体标准发布"));
    // the tally: a total and a tier, and the entries behind the points
    String tally = browser.findElement(By.cssSelector("section.tally")).getText();
    assertTrue(tally.contains("总分") && tally.contains("第一次理事会"), tally);
    user.submit("/submit");
    assertTrue(user.text().contains("已提交，等待评价办公室审核"), user.text());
    assertTrue(browser.findElements(By.cssSelector("form[action$='/entries']")).isEmpty(),
        "no entry form once submitted");
    user.logout();

    // the office returns it with a comment
    user.login("office", TestServer.OFFICE_PASSWORD);
    user.open("/years/2019");
    assertTrue(user.text().contains("已提交"), user.text());
    user.clickAndWait(browser.findElement(By.linkText("101")));
    user.fill("comment", "请补充理事会的佐证材料");
    user.submit("/return");
    assertTrue(user.text().contains("已退回修改"), user.text());
    user.logout();

    // the secretariat fixes and resubmits
    user.login("lm101", "lm101-own-password");
    assertTrue(user.text().contains("请补充理事会的佐证材料"), user.text());
    user.clickAndWait(browser.findElement(By.xpath("//tr[td[contains(., '第一次理事会')]]//a")));
    user.fill("evidence", "会议纪要");
    user.submit("/entries/" + browser.getCurrentUrl().replaceAll(".*/entries/(\\d+)/edit", "$1"));
    assertTrue(user.text().contains("记录已保存") && user.text().contains("会议纪要"), user.text());
    user.submit("/submit");
    user.logout();

    // the office approves, locks after the deadline, and downloads the Word report
    user.login("office", TestServer.OFFICE_PASSWORD);
    user.open("/years/2019/alliances/101");
    user.submit("/approve");
    assertTrue(user.text().contains("已确认"), user.text());
    server.clock.advance(Duration.ofDays(240));
    user.open("/years/2019");
    user.submit("/lock");
    assertTrue(user.text().contains("本年度已锁定"), user.text());
    browser.findElement(By.partialLinkText("评价报告（Word）")).click();
    Path docx = user.waitForDownload(".docx");
    try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in);
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      assertTrue(x.getText().contains("钢铁可循环流程技术创新战略联盟"), "the approved alliance");
    }
  }

  @Test
  void aTitleWithMarkup_showsAsText_onEveryPageThatShowsTitles() throws Exception {
    ApiClient office = server.client();
    office.login("office", TestServer.OFFICE_PASSWORD);
    ApiClient.Response roster = office.upload("/api/v1/accounts/roster", "roster", "roster.csv",
        YearFlowContract.ROSTER.getBytes(StandardCharsets.UTF_8), Map.of());
    assertEquals(201, office.post("/api/v1/years", Map.of("year", 2019,
        "deadline", "2020-01-15T17:00:00+08:00")).status());
    String evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    ApiClient.Response added = office.post("/api/v1/years/2019/alliances/101/entries",
        Map.of("kind", "council_meetings", "date", "2019-03-01", "title", evil,
            "evidence", evil));
    assertEquals(201, added.status(), added.toString());
    long id = added.json().get("id").getAsLong();
    user.login("office", TestServer.OFFICE_PASSWORD);
    for (String page : List.of("/years/2019/alliances/101",
        "/years/2019/alliances/101/entries/" + id + "/edit")) {
      user.open(page);
      String html = browser.getPageSource();
      assertFalse(html.contains("<script>alert(1)"), page + " leaves markup unescaped");
      assertTrue(browser.findElements(By.cssSelector("main script, main img")).isEmpty(), page);
      assertTrue(user.text().contains("<script>alert(1)</script>") || browser.findElement(
          By.name("title")).getAttribute("value").equals(evil), page + " shows the title as text");
      assertFalse(alertOpen(browser), page);
    }
  }

  private static boolean alertOpen(WebDriver d) {
    try {
      d.switchTo().alert();
      return true;
    } catch (org.openqa.selenium.NoAlertPresentException e) {
      return false;
    }
  }
}
