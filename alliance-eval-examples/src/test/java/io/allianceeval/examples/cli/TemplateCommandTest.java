package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.allianceeval.examples.io.SystemTable;
import io.allianceeval.model.Points;
import io.allianceeval.scoring.IndicatorPolicy;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Standard2019;
import io.allianceeval.scoring.TierScheme;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code template system}, {@code --system FILE} and {@code template records}. */
class TemplateCommandTest {

  @TempDir Path dir;

  private static XSSFWorkbook open(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static void save(XSSFWorkbook wb, Path file) throws Exception {
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
  }

  @Test
  void theStandardSystemWorkbook_readsBackEqualToTheStandardSystem() throws Exception {
    Path xlsx = dir.resolve("system-2019.xlsx");
    CliRun run = CliRun.of("template", "system", "--out", xlsx.toString());
    assertEquals(0, run.exitCode(), run.err());
    SystemTable back = SystemTable.read(xlsx);
    assertEquals(IndicatorSystem.standard2019(), back.system());
    assertEquals(TierScheme.standard(), back.tierScheme());
    try (XSSFWorkbook wb = open(xlsx)) {
      Sheet s = wb.getSheet("指标体系");
      assertEquals(SystemTable.COLUMNS.size(), s.getRow(0).getLastCellNum());
      assertEquals(">=4:4; >=2:2; >=1:1", s.getRow(4).getCell(10).getStringCellValue());
      assertEquals("<=6:4; <=12:2; blank(no website):0",
          s.getRow(5).getCell(10).getStringCellValue());
      assertEquals(4, wb.getSheet("活跃度等级").getLastRowNum());
    }
  }

  @Test
  void anEditedWorkbook_scoresAsTheSameChangeMadeInJava() throws Exception {
    Path xlsx = dir.resolve("system.xlsx");
    assertEquals(0, CliRun.of("template", "system", "--out", xlsx.toString()).exitCode());
    try (XSSFWorkbook wb = open(xlsx)) {
      Sheet s = wb.getSheet("指标体系");
      // reweight 1.4 from 4 to 3 (group 1: 25 -> 24) and add 3.6 on a new fact (group 3: 30 -> 31)
      for (Row row : s) {
        if (row.getRowNum() == 0) {
          continue;
        }
        String group = row.getCell(2).getStringCellValue();
        if (group.equals("1")) {
          row.getCell(5).setCellValue(24);
        } else if (group.equals("3")) {
          row.getCell(5).setCellValue(31);
        }
        if (row.getCell(1).getStringCellValue().equals("1.4")) {
          row.getCell(9).setCellValue(3);
          row.getCell(10).setCellValue(">=4:3; >=2:1.5; >=1:0.75");
        }
      }
      Row added = s.createRow(s.getLastRowNum() + 1);
      Object[] values = {"standard 2019", "3.6", "3", "带动产业发展成效", "Industry impact", 31.0,
          "国际合作", "international cooperation", "international_projects", 1.0, ">=1:1"};
      for (int c = 0; c < values.length; c++) {
        if (values[c] instanceof Double) {
          added.createCell(c).setCellValue((Double) values[c]);
        } else {
          added.createCell(c).setCellValue((String) values[c]);
        }
      }
      save(wb, xlsx);
    }
    IndicatorSystem edited = SystemTable.read(xlsx).system();
    IndicatorSystem inJava = IndicatorSystem.standard2019().toBuilder()
        .reweight("1.4", Points.of(3)).groupPoints("1", Points.of(24))
        .indicator("3.6", "国际合作", "international cooperation", 1,
            IndicatorPolicy.ladder(io.allianceeval.model.Fact.of("international_projects"))
                .atLeast(1, 1).build())
        .groupPoints("3", 31).total(100)
        .build();
    assertEquals(inJava.indicators(), edited.indicators());
    assertEquals(inJava.total(), edited.total());
    var record = io.allianceeval.model.ActivityRecord.builder(
        io.allianceeval.model.Alliance.of("105", "TD"), 2019);
    for (var f : Standard2019.facts()) {
      record.fact(f, 1);
    }
    var r = record.fact(io.allianceeval.model.Fact.of("international_projects"), 1).build();
    assertEquals(inJava.score(r).total(), edited.score(r).total());
    assertEquals(inJava.score(r).points("1.4"), edited.score(r).points("1.4"));

    // the records template gains a column for the new fact
    Path records = dir.resolve("records.xlsx");
    CliRun run = CliRun.of("template", "records", "--system", xlsx.toString(), "--out",
        records.toString());
    assertEquals(0, run.exitCode(), run.err());
    try (XSSFWorkbook wb = open(records)) {
      Row header = wb.getSheetAt(0).getRow(1);
      assertEquals("3.6 国际合作\n(international_projects)",
          header.getCell(header.getLastCellNum() - 1).getStringCellValue());
    }
  }

  @Test
  void everyProblemOfASystemWorkbook_namesItsRowAndCell() throws Exception {
    Path xlsx = dir.resolve("bad-system.xlsx");
    assertEquals(0, CliRun.of("template", "system", "--out", xlsx.toString()).exitCode());
    try (XSSFWorkbook wb = open(xlsx)) {
      Sheet s = wb.getSheet("指标体系");
      s.getRow(1).getCell(9).setCellValue(6);                    // 1.1: 5 -> 6, group 1 sums 26
      s.getRow(4).getCell(10).setCellValue(">=4:5; >=2:2");      // 1.4: a step above its 4
      s.getRow(7).getCell(10).setCellValue("at least 3:6");      // 2.1: unreadable
      s.getRow(8).getCell(8).setCellValue("Government Projects"); // 2.2: not a fact name
      save(wb, xlsx);
    }
    Path out = dir.resolve("out.json");
    CliRun run = CliRun.of("score", "--system", xlsx.toString(), "--format", "json", "--out",
        out.toString());
    assertEquals(2, run.exitCode(), run.err());
    String err = run.err();
    assertTrue(err.contains("sheet 指标体系, cell K8 (rule): indicator 2.1: self_initiated_projects: "
        + "cannot read the step 'at least 3:6'"), err);
    assertTrue(err.contains("sheet 指标体系, cell I9 (fact): fact name must be lower-case"), err);
    assertFalse(Files.exists(out));
    // with the unreadable cells fixed, the builder's own checks come back by row
    try (XSSFWorkbook wb = open(xlsx)) {
      Sheet s = wb.getSheet("指标体系");
      s.getRow(7).getCell(10).setCellValue(">=3:6; >=2:4; >=1:2");
      s.getRow(8).getCell(8).setCellValue("government_projects");
      save(wb, xlsx);
    }
    CliRun again = CliRun.of("score", "--system", xlsx.toString());
    assertEquals(2, again.exitCode(), again.err());
    assertTrue(again.err().contains("cell K5 (rule): indicator 1.4: policy can give 5 points, "
        + "more than the maximum 4"), again.err());
    assertTrue(again.err().contains("(group_points): group 1: indicators add up to 26 points, "
        + "expected the group's 25"), again.err());
  }

  @Test
  void aSystemThatTotalsMoreThanTheTierSchemeTiers_isBadInput() throws Exception {
    Path xlsx = dir.resolve("101.xlsx");
    assertEquals(0, CliRun.of("template", "system", "--out", xlsx.toString()).exitCode());
    try (XSSFWorkbook wb = open(xlsx)) {
      Sheet s = wb.getSheet("指标体系");
      for (Row row : s) {
        if (row.getRowNum() > 0 && row.getCell(2).getStringCellValue().equals("1")) {
          row.getCell(5).setCellValue(26);
        }
      }
      s.getRow(1).getCell(9).setCellValue(6);
      s.getRow(1).getCell(10).setCellValue(">=1:6");
      save(wb, xlsx);
    }
    CliRun run = CliRun.of("score", "--system", xlsx.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains(xlsx + ": the indicators total 101 points, but the tier scheme "
        + "tiers totals from 0 to 100"), run.err());
  }

  @Test
  void theRecordsTemplate_filledIn_isScored() throws Exception {
    Path xlsx = dir.resolve("records-2019.xlsx");
    CliRun run = CliRun.of("template", "records", "--year", "2019", "--out", xlsx.toString());
    assertEquals(0, run.exitCode(), run.err());
    String code;
    try (XSSFWorkbook wb = open(xlsx)) {
      XSSFSheet s = wb.getSheetAt(0);
      assertEquals("活动记录", s.getSheetName());
      assertTrue(s.getProtect(), "code and name are locked");
      assertEquals(100, s.getLastRowNum(), "99 alliances under the title and header");
      Row header = s.getRow(1);
      assertEquals("编号 (code)", header.getCell(0).getStringCellValue());
      assertEquals("1.4 秘书处工作会议\n(secretariat_meetings)",
          header.getCell(5).getStringCellValue());
      assertTrue(header.getCell(5).getCellComment().getString().getString().contains(
          ">=4:4; >=2:2; >=1:1"));
      List<? extends DataValidation> validations = s.getDataValidations();
      assertEquals(1, validations.size());
      assertEquals("0", validations.get(0).getValidationConstraint().getFormula1());
      assertTrue(wb.getSheet("指标说明") != null);
      // a secretariat fills in the first alliance: 1 of everything, website updated 2 months ago
      Row first = s.getRow(2);
      code = first.getCell(0).getStringCellValue();
      for (int c = 2; c < header.getLastCellNum(); c++) {
        Cell cell = first.getCell(c);
        cell.setCellValue(c == 6 ? 2 : 1);
      }
      save(wb, xlsx);
    }
    JsonObject j = JsonParser.parseString(CliRun.of("score", "--records", xlsx.toString(),
        "--format", "json").out()).getAsJsonObject();
    assertEquals(1, j.get("participants").getAsInt());
    JsonObject a = j.getAsJsonArray("alliances").get(0).getAsJsonObject();
    assertEquals(code, a.get("code").getAsString());
    // 1 of everything under the standard ladders: 20 + 32 + 17
    assertEquals("69", a.get("score").toString());
    assertEquals(98, j.getAsJsonArray("notEvaluated").size(), "the rows left blank");
  }
}
