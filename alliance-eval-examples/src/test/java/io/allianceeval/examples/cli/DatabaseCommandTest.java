package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db import}, {@code db export}, {@code score --db} and {@code template activities}. */
class DatabaseCommandTest {

  @TempDir Path dir;

  Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  static JsonObject scoreJson(String... source) {
    String[] args = new String[source.length + 3];
    args[0] = "score";
    System.arraycopy(source, 0, args, 1, source.length);
    args[source.length + 1] = "--format";
    args[source.length + 2] = "json";
    return CliFixtures.json(CliRun.of(args));
  }

  @Test
  void importTwice_addsOnce_andScoringTheDatabase_equalsScoringTheLog() throws Exception {
    Path log = write("log.csv", CliFixtures.LOG);
    Path db = dir.resolve("activities.db");
    CliRun first = CliRun.of("db", "import", "--db", db.toString(), log.toString());
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.out().contains("新增 8 条记录（1 条与已有或同批记录重复，未重复导入），新增 3 家联盟；数据库共有 8 条记录"),
        first.out());
    CliRun again = CliRun.of("db", "import", "--db", db.toString(), log.toString(), "--lang",
        "en");
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().contains("0 new entries (9 duplicates of entries in the database or in the input"), again.out());
    JsonObject fromDb = scoreJson("--db", db.toString());
    JsonObject fromLog = scoreJson("--activities", log.toString());
    assertEquals(fromLog.get("alliances"), fromDb.get("alliances"));
    assertEquals(fromLog.get("notEvaluated"), fromDb.get("notEvaluated"));
    JsonObject viaUrl = scoreJson("--jdbc-url", "jdbc:sqlite:" + db);
    assertEquals(fromDb.get("alliances"), viaUrl.get("alliances"));
  }

  @Test
  void badInput_importsNothing_andCreatesNoDatabase() throws Exception {
    Path good = write("good.csv", CliFixtures.LOG);
    Path bad = write("bad.csv", CliFixtures.HEADER
        + "342,高粱,2019-04-01,council_meetings,理事会,,\n"
        + "342,高粱,2019-02-30,council_meetings,理事会,,\n");
    Path db = dir.resolve("new.db");
    CliRun run = CliRun.of("db", "import", "--db", db.toString(), good.toString(), bad.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains(bad + " line 3, field date"), run.err());
    assertFalse(Files.exists(db), "validated before the database is opened");

    assertEquals(0, CliRun.of("db", "import", "--db", db.toString(), good.toString()).exitCode());
    byte[] before = Files.readAllBytes(db);
    Path conflict = write("conflict.csv", CliFixtures.HEADER
        + "105,TD 产业技术创新战略联盟,2019-07-01,standards,标准二,,\n"
        + "342,高粱产业技术创新战略联盟,2019-03-01,secretariat_full_time_staff,专职人员,,3\n");
    CliRun clash = CliRun.of("db", "import", "--db", db.toString(), conflict.toString());
    assertEquals(2, clash.exitCode());
    assertTrue(clash.err().contains(conflict + " line 3, field value: alliance 342: "
        + "secretariat_full_time_staff on 2019-03-01 is entered as 2 and as 3"), clash.err());
    assertEquals(before.length, Files.readAllBytes(db).length);
    assertTrue(CliRun.of("score", "--db", db.toString()).out().contains("计入 6 条记录"),
        "the good entry of the refused file was not imported either");

    Path roster = write("roster.csv", "code,name\n342,高粱产业技术创新战略联盟\n");
    CliRun off = CliRun.of("db", "import", "--db", db.toString(), "--roster", roster.toString(),
        good.toString());
    assertEquals(2, off.exitCode());
    assertTrue(off.err().contains("alliance 105: not on the roster"), off.err());
  }

  @Test
  void databasesThatCannotBeRead_exit2InOneLine() throws Exception {
    Path notDb = write("scores.db", "rank,code,name,score,tier\n1,105,TD,100,HIGH\n");
    for (List<String> args : List.of(List.of("score", "--db", notDb.toString()),
        List.of("db", "export", "--db", notDb.toString(), "--out",
            dir.resolve("x.csv").toString()),
        List.of("db", "import", "--db", notDb.toString(),
            write("log.csv", CliFixtures.LOG).toString()))) {
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertEquals(2, run.exitCode(), args.toString());
      assertTrue(run.err().contains(notDb + ": is not an SQLite database"), run.err());
      assertFalse(run.err().contains("\tat "), "no stack trace");
    }
    assertFalse(Files.exists(dir.resolve("x.csv")));
    CliRun missing = CliRun.of("score", "--db", dir.resolve("none.db").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("no such database file"), missing.err());
  }

  @Test
  void export_asXlsxOrCsv_importsBackAsTheSameEntries() throws Exception {
    Path log = write("log.csv", CliFixtures.LOG
        + "105,TD 产业技术创新战略联盟,2019-09-09,media_reports,=HYPERLINK(\"x\"),-1 号文件,\n");
    Path db = dir.resolve("a.db");
    assertEquals(0, CliRun.of("db", "import", "--db", db.toString(), log.toString()).exitCode());
    JsonObject original = scoreJson("--db", db.toString());
    for (String ext : List.of("xlsx", "csv")) {
      Path out = dir.resolve("export." + ext);
      CliRun export = CliRun.of("db", "export", "--db", db.toString(), "--out", out.toString());
      assertEquals(0, export.exitCode(), export.err());
      assertTrue(export.out().contains("9 条记录、3 家联盟"), export.out());
      Path copy = dir.resolve("copy-" + ext + ".db");
      CliRun back = CliRun.of("db", "import", "--db", copy.toString(), out.toString());
      assertEquals(0, back.exitCode(), back.err());
      assertEquals(original.get("alliances"), scoreJson("--db", copy.toString())
          .get("alliances"), ext);
      CliRun twice = CliRun.of("db", "import", "--db", db.toString(), out.toString());
      assertTrue(twice.out().contains("新增 0 条记录"), ext + ": the export is the same entries, "
          + "formula-like titles included: " + twice.out());
    }
    CliRun wrong = CliRun.of("db", "export", "--db", db.toString(), "--out",
        dir.resolve("x.txt").toString());
    assertEquals(2, wrong.exitCode());
  }

  @Test
  void endToEnd_templateLogDatabaseScoreReport() throws Exception {
    Path template = dir.resolve("log-template.xlsx");
    CliRun made = CliRun.of("template", "activities", "--out", template.toString(), "--rows",
        "50");
    assertEquals(0, made.exitCode(), made.err());
    Path filled = dir.resolve("log-342.xlsx");
    try (InputStream in = Files.newInputStream(template);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet s = wb.getSheet("活动日志");
      List<String> formulas = s.getDataValidations().stream()
          .map(DataValidation::getValidationConstraint)
          .map(c -> c.getFormula1() == null ? "" : c.getFormula1()).toList();
      assertTrue(formulas.contains("类型说明!$A$2:$A$21"), "kinds dropdown: " + formulas);
      assertTrue(formulas.stream().anyMatch(f -> f.startsWith("联盟!$A$2:$A$")), formulas.toString());
      assertTrue(s.getDataValidations().stream().anyMatch(v -> v.getValidationConstraint()
          .getValidationType() == DataValidationConstraint.ValidationType.DATE), "date cells");
      assertEquals(20, wb.getSheet("类型说明").getLastRowNum());
      assertEquals("yyyy-mm-dd", s.getRow(2).getCell(2).getCellStyle().getDataFormatString());
      Object[][] entries = {
          {"342", "高粱产业技术创新战略联盟", "2019-04-01", "council_meetings", "第三届理事会", null},
          {"342", "高粱产业技术创新战略联盟", "2019-05-01", "expert_committee_meetings", "专家委员会", null},
          {"342", "高粱产业技术创新战略联盟", "2019-03-01", "secretariat_full_time_staff", "专职人员", 3},
          {"342", "高粱产业技术创新战略联盟", "2019-10-01", "website_update", "网站更新", null},
          {"342", "高粱产业技术创新战略联盟", "2020-01-05", "standards", "明年的标准", null}};
      for (int i = 0; i < entries.length; i++) {
        Row row = s.getRow(2 + i);
        row.getCell(0).setCellValue((String) entries[i][0]);
        row.getCell(1).setCellValue((String) entries[i][1]);
        row.getCell(2).setCellValue(LocalDate.parse((String) entries[i][2]));
        row.getCell(3).setCellValue((String) entries[i][3]);
        row.getCell(4).setCellValue((String) entries[i][4]);
        if (entries[i][5] != null) {
          row.getCell(6).setCellValue((Integer) entries[i][5]);
        }
      }
      try (OutputStream out = Files.newOutputStream(filled)) {
        wb.write(out);
      }
    }
    Path db = dir.resolve("info.db");
    CliRun imported = CliRun.of("db", "import", "--db", db.toString(), filled.toString());
    assertEquals(0, imported.exitCode(), imported.err());
    assertTrue(imported.out().contains("新增 5 条记录"), imported.out());
    JsonObject json = scoreJson("--db", db.toString());
    JsonObject points = CliFixtures.alliance(json, "342").getAsJsonObject("indicators");
    assertEquals(5, points.get("1.1").getAsInt());
    assertEquals(4, points.get("1.2").getAsInt());
    assertEquals(4, points.get("1.5").getAsInt());
    assertEquals(4, points.get("1.6").getAsInt());
    assertEquals(0, points.get("2.5").getAsInt(), "a standard of 2020 is not counted in 2019");
    Path html = dir.resolve("report.html");
    CliRun report = CliRun.of("score", "--db", db.toString(), "--trace", "342", "--format", "html",
        "--out", html.toString());
    assertEquals(0, report.exitCode(), report.err());
    Document page = Jsoup.parse(html.toFile(), "UTF-8");
    assertTrue(page.text().contains("1.6 秘书处专职化、对外联络：4 / 4 分，1 条记录：2019-03-01 专职人员 = 3"),
        "the trace reaches the report");
    assertTrue(page.text().contains("评价期外 1 条未计入"), page.text());
  }
}
