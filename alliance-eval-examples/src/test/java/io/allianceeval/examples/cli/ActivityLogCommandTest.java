package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score --activities}: an activity log, CSV or .xlsx, scored over a period. */
class ActivityLogCommandTest {

  @TempDir Path dir;

  Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void log_isCountedOverThePeriod_withExclusionsDuplicatesAndIneligibleSaid() throws Exception {
    Path log = write("log.csv", CliFixtures.LOG);
    JsonObject json = CliFixtures.json(CliRun.of("score", "--activities", log.toString(), "--format",
        "json"));
    JsonObject sorghum = CliFixtures.alliance(json, "342");
    JsonObject points = sorghum.getAsJsonObject("indicators");
    assertEquals(2, points.get("1.4").getAsInt(), "3 meetings (one duplicate): 2-3 -> 2");
    assertEquals(0, points.get("1.1").getAsInt(), "the council met in 2018 only");
    assertEquals(4, points.get("1.5").getAsInt(), "updated 4 months before the end");
    assertEquals(4, points.get("1.6").getAsInt(), "2 full-time staff");
    JsonArray out = json.getAsJsonArray("notEvaluated");
    assertEquals(1, out.size());
    assertEquals("110", out.get(0).getAsJsonObject().get("code").getAsString());
    assertEquals("INELIGIBLE", out.get(0).getAsJsonObject().get("reason").getAsString());
    assertEquals("2019-01-01", json.getAsJsonObject("organisation").get("periodStart")
        .getAsString());

    CliRun text = CliRun.of("score", "--activities", log.toString(), "--trace", "342");
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().contains("计入 6 条记录；评价期外 2 条未计入；重复 1 条只计一次；1 家联盟"),
        text.out());
    assertTrue(text.out().contains("1.4 秘书处工作会议：2 / 4 分，3 条记录：2019-02-11 第一次秘书处工作会议，"
        + "2019-06-03 第二次秘书处工作会议，2019-11-20 第三次秘书处工作会议"), text.out());
    assertTrue(text.out().contains("110   半导体照明产业技术创新战略联盟  第一批试点  未达到参评要求"),
        text.out());
  }

  @Test
  void period_movesWhatIsCounted_andTheReportSaysWhichPeriod() throws Exception {
    Path log = write("log.csv", CliFixtures.LOG);
    JsonObject json = CliFixtures.json(CliRun.of("score", "--activities", log.toString(), "--period",
        "2019-04-01..2020-03-31", "--format", "json"));
    JsonObject points = CliFixtures.alliance(json, "342").getAsJsonObject("indicators");
    assertEquals(2, points.get("1.4").getAsInt(), "2 meetings after 1 April");
    assertEquals(2, points.get("1.5").getAsInt(), "7 whole months to 31 March 2020");
    assertEquals("2020-03-31", json.getAsJsonObject("organisation").get("periodEnd")
        .getAsString());
    String text = CliRun.of("score", "--activities", log.toString(), "--period",
        "2019-04-01..2020-03-31").out();
    assertTrue(text.contains("评价内容时限为 2019 年 4 月 1 日—2020 年 3 月 31 日"), text);
  }

  @Test
  void workbookLog_withDateCellsAndChineseHeaders_scoresAsTheCsvDoes() throws Exception {
    Path xlsx = dir.resolve("log.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
      Sheet s = wb.createSheet("日志");
      String[] head = {"编号", "联盟名称", "日期", "类型", "标题", "佐证", "数值"};
      Row h = s.createRow(0);
      for (int c = 0; c < head.length; c++) {
        h.createCell(c).setCellValue(head[c]);
      }
      List<String> lines = CliFixtures.LOG.lines().skip(1).toList();
      for (int r = 0; r < lines.size(); r++) {
        String[] f = lines.get(r).split(",", -1);
        Row row = s.createRow(r + 1);
        row.createCell(0).setCellValue(Double.parseDouble(f[0])); // a code typed as a number
        row.createCell(1).setCellValue(f[1]);
        row.createCell(2).setCellValue(LocalDate.parse(f[2]));
        row.getCell(2).setCellStyle(date);
        row.createCell(3).setCellValue(f[3]);
        row.createCell(4).setCellValue(f[4]);
        row.createCell(5).setCellValue(f[5]);
        if (!f[6].isEmpty()) {
          row.createCell(6).setCellValue(Double.parseDouble(f[6]));
        }
      }
      wb.write(out);
    }
    JsonObject fromXlsx = CliFixtures.json(CliRun.of("score", "--activities", xlsx.toString(), "--format",
        "json"));
    JsonObject fromCsv = CliFixtures.json(CliRun.of("score", "--activities", write("log.csv", CliFixtures.LOG).toString(),
        "--format", "json"));
    assertEquals(fromCsv.get("alliances"), fromXlsx.get("alliances"));
    assertEquals(fromCsv.get("notEvaluated"), fromXlsx.get("notEvaluated"));
  }

  @Test
  void badLog_everyProblemAtOnce_namingLineAndField_exit2() throws Exception {
    Path roster = write("roster.csv", "code,name\n342,高粱产业技术创新战略联盟\n105,TD 产业技术创新战略联盟\n");
    Path log = write("bad.csv", CliFixtures.HEADER
        + "342,高粱,2019-04-01,council_meeting,理事会,,\n"
        + "342,高粱,2019-02-30,council_meetings,理事会,,\n"
        + "342,高粱,2019-03-01,secretariat_full_time_staff,专职人员,,-1\n"
        + "342,高粱,2019-03-02,secretariat_full_time_staff,专职人员,,1.5\n"
        + "342,高粱,2019-03-03,secretariat_full_time_staff,专职人员,,\n"
        + "342,高粱,2019-04-02,council_meetings,理事会,,1\n"
        + "342,高粱,2019-04-03,website_update,网站,,3\n"
        + "342,高粱,2019-04-04,standards,,,\n"
        + "399,名单外联盟,2019-04-05,standards,标准,,\n"
        + "105,TD,2019-04-06,standards,标准,,\n");
    Path out = dir.resolve("out.json");
    CliRun run = CliRun.of("score", "--activities", log.toString(), "--roster", roster.toString(),
        "--format", "json", "--out", out.toString());
    assertEquals(2, run.exitCode(), run.err());
    String err = run.err();
    List<String> expected = List.of(
        "line 2, field kind: unknown kind 'council_meeting'",
        "line 3, field date: expected a date yyyy-mm-dd (or a date cell), found '2019-02-30', "
            + "which is not a day of the calendar",
        "line 4, field value: expected a whole number of at least 0, found a negative number '-1'",
        "line 5, field value: expected a whole number of at least 0, found a fraction '1.5'",
        "line 6, field value: secretariat_full_time_staff needs a value",
        "line 7, field value: council_meetings counts entries and takes no value, found '1'",
        "line 8, field value: website_update records its date and takes no value, found '3'",
        "line 9, field title: title must not be blank",
        "line 10, field code: alliance 399: not on the roster");
    for (String e : expected) {
      assertTrue(err.contains(e), "missing '" + e + "' in:\n" + err);
    }
    assertFalse(err.contains("line 11"), err);
    assertFalse(err.contains("Exception"), err);
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void options_thatDoNotGoTogether_exit2() throws Exception {
    Path log = write("log.csv", CliFixtures.LOG);
    CliRun both = CliRun.of("score", "--activities", log.toString(), "--records", log.toString());
    assertEquals(2, both.exitCode());
    assertTrue(both.err().contains("are mutually exclusive (specify only one)"), both.err());
    assertFalse(both.err().contains("Exception"), both.err());
    CliRun period = CliRun.of("score", "--period", "2019-01-01..2019-12-31");
    assertEquals(2, period.exitCode());
    assertTrue(period.err().contains("--period needs --activities, --db or --jdbc-url"));
    CliRun badPeriod = CliRun.of("score", "--activities", log.toString(), "--period", "2019");
    assertEquals(2, badPeriod.exitCode());
    assertTrue(badPeriod.err().contains("period must be START..END"), badPeriod.err());
    CliRun trace = CliRun.of("score", "--activities", log.toString(), "--trace", "110");
    assertEquals(2, trace.exitCode());
    assertTrue(trace.err().contains("--trace 110: alliance 110 was not scored"), trace.err());
  }
}
