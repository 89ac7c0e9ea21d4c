package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format xlsx}: the report as a workbook, read back by the tool itself. */
class XlsxOutputTest {

  @TempDir Path dir;

  private static XSSFWorkbook open(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  @Test
  void report_asAWorkbook_hasAnnex2InTheReportsLayout_andReadsBackToTheSameResult()
      throws Exception {
    Path xlsx = dir.resolve("2019.xlsx");
    CliRun run = CliRun.of("report", "--format", "xlsx", "--out", xlsx.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    try (XSSFWorkbook wb = open(xlsx)) {
      Sheet annex = wb.getSheetAt(0);
      assertEquals("附件2", annex.getSheetName());
      List<String> groups = new ArrayList<>();
      int data = 0;
      for (Row row : annex) {
        Cell first = row.getCell(0);
        if (first != null && first.getCellType() == CellType.STRING
            && first.getStringCellValue().contains("的联盟（共")) {
          groups.add(first.getStringCellValue());
        } else if (row.getCell(2) != null && row.getRowNum() > 1) {
          data++;
          assertEquals(CellType.STRING, row.getCell(2).getCellType(), "codes are text");
        }
      }
      assertEquals(List.of("活跃度高的联盟（共 35 家）", "活跃度较高的联盟（共 19 家）",
          "活跃度一般的联盟（共 37 家）", "不活跃的联盟（共 8 家）"), groups);
      assertEquals(99, data);
      assertEquals("序号", annex.getRow(1).getCell(0).getStringCellValue());
      assertNotNull(annex.getPaneInformation(), "frozen header");
      assertEquals(PrintSetup.A4_PAPERSIZE, annex.getPrintSetup().getPaperSize());
      assertTrue(wb.getNumberOfSheets() > 3, "a sheet per table");
      for (Sheet s : wb) {
        assertEquals(PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize(), s.getSheetName());
      }
    }
    JsonObject back = JsonParser.parseString(CliRun.of("report", "--scores", xlsx.toString(),
        "--sheet", "附件2", "--population", "FIRST=52,SECOND=39,THIRD=55,NETWORK=11",
        "--format", "json").out()).getAsJsonObject();
    JsonObject embedded = JsonParser.parseString(CliRun.of("report", "--format", "json").out())
        .getAsJsonObject();
    for (String key : List.of("participants", "batches", "tiers", "alliances")) {
      assertEquals(embedded.get(key), back.get(key), key);
    }
  }

  @Test
  void textFromInput_isWrittenAsText_neverAsAFormula() throws Exception {
    Path scores = dir.resolve("scores.csv");
    Files.writeString(scores, "code,name,score\n105,=HYPERLINK(\"x\"),90\n110,@SUM(1),80\n");
    Path xlsx = dir.resolve("out.xlsx");
    CliRun run = CliRun.of("report", "--scores", scores.toString(), "--format", "xlsx", "--out",
        xlsx.toString());
    assertEquals(0, run.exitCode(), run.err());
    try (XSSFWorkbook wb = open(xlsx)) {
      int formulas = 0;
      List<String> names = new ArrayList<>();
      for (Sheet s : wb) {
        for (Row row : s) {
          for (Cell c : row) {
            if (c.getCellType() == CellType.FORMULA) {
              formulas++;
            } else if (c.getCellType() == CellType.STRING
                && c.getStringCellValue().startsWith("=HYPERLINK")) {
              names.add(c.getStringCellValue());
            }
          }
        }
      }
      assertEquals(0, formulas);
      assertTrue(names.contains("=HYPERLINK(\"x\")"), names.toString());
    }
  }

  @Test
  void scoreCard_sheetsCarryNumbersAsNumbers() throws Exception {
    Path xlsx = dir.resolve("score.xlsx");
    CliRun run = CliRun.of("score", "--format", "xlsx", "--out", xlsx.toString());
    assertEquals(0, run.exitCode(), run.err());
    try (XSSFWorkbook wb = open(xlsx)) {
      boolean numeric = false;
      for (Sheet s : wb) {
        for (Row row : s) {
          if (row.getRowNum() > 0) {
            for (Cell c : row) {
              numeric |= c.getCellType() == CellType.NUMERIC;
            }
          }
        }
      }
      assertTrue(numeric);
      Sheet cards = wb.getSheet("评分卡");
      Row header = cards.getRow(0);
      assertEquals(2 + 20 + 3 + 2, header.getLastCellNum(), "indicators, subtotals, total, tier");
      assertEquals("1.4 秘书处工作会议", header.getCell(5).getStringCellValue());
      Row first = cards.getRow(1);
      double sum = 0;
      for (int c = 2; c < 22; c++) {
        sum += first.getCell(c).getNumericCellValue();
      }
      assertEquals(first.getCell(25).getNumericCellValue(), sum, "the total is the sum");
      assertEquals(first.getCell(25).getNumericCellValue(), first.getCell(22).getNumericCellValue()
          + first.getCell(23).getNumericCellValue() + first.getCell(24).getNumericCellValue());
      assertEquals(CellType.STRING, first.getCell(26).getCellType());
    }
  }

  @Test
  void awards_asAWorkbook_listAnnex3() throws Exception {
    Path xlsx = dir.resolve("a-level.xlsx");
    CliRun run = CliRun.of("awards", "--format", "xlsx", "--out", xlsx.toString());
    assertEquals(0, run.exitCode(), run.err());
    try (XSSFWorkbook wb = open(xlsx)) {
      Sheet list = wb.getSheetAt(0);
      assertEquals("序号", list.getRow(0).getCell(0).getStringCellValue());
      assertEquals(22, list.getLastRowNum(), "the 22 alliances of 附件 3");
      assertEquals(4, wb.getSheetAt(1).getLastRowNum(), "newly awarded 212, 215, 304, 341");
      Row dropped = wb.getSheetAt(2).getRow(1);
      assertEquals("342", dropped.getCell(0).getStringCellValue());
      assertEquals(80, dropped.getCell(4).getNumericCellValue());
    }
  }

  @Test
  void xlsxWithoutOut_isRefused() {
    CliRun run = CliRun.of("report", "--format", "xlsx");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--format xlsx writes a workbook: give --out FILE.xlsx"),
        run.err());
    assertFalse(run.out().contains("PK"));
  }
}
