package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.allianceeval.examples.TestFiles;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review with workbooks, end to end: plan → the experts fill their workbooks (with POI, here)
 * → review reads them back → the final sheet → the report.
 */
class PlanReviewEndToEndTest {

  @TempDir Path dir;
  private Path experts;
  private Path alliances;
  private Path plan;

  private static final String PANEL = "alliance-eval-examples/src/main/resources/io/allianceeval/"
      + "examples/data/synthetic-panel/";

  @BeforeEach
  void planTheReview() throws Exception {
    experts = dir.resolve("experts.csv");
    alliances = dir.resolve("alliances.csv");
    Files.copy(TestFiles.repositoryRoot().resolve(PANEL + "experts.csv"), experts);
    Files.copy(TestFiles.repositoryRoot().resolve(PANEL + "alliances.csv"), alliances);
    plan = dir.resolve("plan");
    CliRun run = CliRun.of("plan", "--experts", experts.toString(), "--alliances",
        alliances.toString(), "--min-experts", "1", "--seed", "7", "--out", plan.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("planned 6 alliances for 6 experts in 3 groups"), run.out());
  }

  private static XSSFWorkbook open(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private List<Path> workbooks() throws Exception {
    try (var walk = Files.walk(plan)) {
      return walk.filter(p -> p.getParent().getFileName().toString().startsWith("round-"))
          .sorted().toList();
    }
  }

  /** Every expert gives an alliance the same points: full marks for 105 and 110, half for others. */
  private static void fill(Path file) throws Exception {
    try (XSSFWorkbook wb = open(file)) {
      Sheet s = wb.getSheetAt(0);
      Row header = s.getRow(4);
      for (int r = 5; r <= s.getLastRowNum(); r++) {
        Row row = s.getRow(r);
        String code = row.getCell(0).getStringCellValue();
        boolean full = code.equals("105") || code.equals("110");
        for (int c = 2; c < header.getLastCellNum() - 1; c++) {
          String h = header.getCell(c).getStringCellValue();
          BigDecimal max = new BigDecimal(h.substring(h.indexOf("max ") + 4, h.lastIndexOf(')')));
          row.getCell(c).setCellValue(full ? max.doubleValue()
              : max.divide(BigDecimal.valueOf(2)).doubleValue());
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
  }

  @Test
  void planFillReviewReport() throws Exception {
    List<Path> books = workbooks();
    assertTrue(books.size() >= 6, books.toString());
    Map<String, List<String>> alliancesOf = new TreeMap<>();
    for (Path p : books) {
      try (XSSFWorkbook wb = open(p)) {
        Sheet s = wb.getSheetAt(0);
        String expert = s.getRow(0).getCell(1).getStringCellValue();
        assertEquals(p.getFileName().toString(), expert + ".xlsx");
        List<String> codes = new ArrayList<>();
        for (int r = 5; r <= s.getLastRowNum(); r++) {
          codes.add(s.getRow(r).getCell(0).getStringCellValue());
        }
        alliancesOf.computeIfAbsent(expert, k -> new ArrayList<>()).addAll(codes);
        Cell total = s.getRow(5).getCell(22);
        assertEquals("SUM(C6:V6)", total.getCellFormula());
        assertEquals(20, s.getDataValidations().size(), "0..max on each indicator");
      }
      fill(p);
    }
    assertFalse(alliancesOf.get("E01").contains("342"), "E01 is affiliated with 342");
    Path finalSheet = dir.resolve("final.xlsx");
    Path review = dir.resolve("review.xlsx");
    CliRun run = CliRun.of("review", "--experts", experts.toString(), "--alliances",
        alliances.toString(), "--scores", plan.toString(), "--assignment",
        plan.resolve("assignment.xlsx").toString(), "--final", finalSheet.toString(),
        "--format", "xlsx", "--out", review.toString());
    assertEquals(0, run.exitCode(), run.err());
    try (XSSFWorkbook wb = open(review)) {
      assertEquals(List.of("评审 review", "终评 final", "审计 audit"),
          List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
    }
    JsonObject report = JsonParser.parseString(CliRun.of("report", "--scores",
        finalSheet.toString(), "--format", "json").out()).getAsJsonObject();
    assertEquals(6, report.get("participants").getAsInt());
    JsonArray list = report.getAsJsonArray("alliances");
    Map<String, String> scores = new TreeMap<>();
    list.forEach(e -> scores.put(e.getAsJsonObject().get("code").getAsString(),
        e.getAsJsonObject().get("score").toString()));
    assertEquals("100", scores.get("105"));
    assertEquals("100", scores.get("110"));
    assertEquals("50", scores.get("212"));
  }

  @Test
  void aWorkbookFilledForAnotherExpertsAlliance_isRefusedNamingTheCell() throws Exception {
    List<Path> books = workbooks();
    for (Path p : books) {
      fill(p);
    }
    Path e01 = books.stream().filter(p -> p.getFileName().toString().equals("E01.xlsx"))
        .findFirst().orElseThrow();
    try (XSSFWorkbook wb = open(e01)) {
      Sheet s = wb.getSheetAt(0);
      Row extra = s.createRow(s.getLastRowNum() + 1);
      extra.createCell(0).setCellValue("342"); // E01's own alliance
      extra.createCell(1).setCellValue("合成示例联盟");
      for (int c = 2; c < 22; c++) {
        extra.createCell(c).setCellValue(1);
      }
      try (OutputStream out = Files.newOutputStream(e01)) {
        wb.write(out);
      }
    }
    Path out = dir.resolve("out.json");
    CliRun run = CliRun.of("review", "--experts", experts.toString(), "--alliances",
        alliances.toString(), "--scores", plan.toString(), "--assignment",
        plan.resolve("assignment.xlsx").toString(), "--format", "json", "--out", out.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains(e01 + ", sheet "), run.err());
    assertTrue(run.err().contains("is affiliated with alliance 342"), run.err());
    assertFalse(Files.exists(out));
  }
}
