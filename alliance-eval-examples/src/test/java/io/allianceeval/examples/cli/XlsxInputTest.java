package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.allianceeval.examples.TestFiles;
import io.allianceeval.model.Tier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Score sheets read from .xlsx workbooks built here with POI: the report's own layout of 附件 2,
 * cells of every type, and files that are not workbooks. Each bad one exits 2, names the file, the
 * sheet and the cell, and writes nothing.
 */
class XlsxInputTest {

  @TempDir Path dir;

  private static final String POPULATION = "FIRST=52,SECOND=39,THIRD=55,NETWORK=11";

  /** One row of the embedded 附件 2 transcription. */
  private record Published(int rank, String code, String name, String score, Tier tier) {}

  private static List<Published> annex2() throws IOException {
    List<Published> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(TestFiles.data("scores-2019.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", -1);
      rows.add(new Published(Integer.parseInt(c[0]), c[1], c[2], c[3], Tier.valueOf(c[4])));
    }
    return rows;
  }

  private static final String[] GROUP_LABELS = {"活跃度高", "活跃度较高", "活跃度一般", "不活跃"};

  /**
   * 附件 2 as the report lays it out: a merged title, a Chinese header with 批次*, a merged group
   * row per tier with its count, codes typed as numbers, inactive rows without a score, and the
   * footnote.
   */
  private Path annex2Workbook(String file, Consumer<Sheet> edit) throws IOException {
    List<Published> rows = annex2();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("说明").createRow(0).createCell(0).setCellValue("本工作簿为评分表");
      Sheet s = wb.createSheet("附件2");
      int r = 0;
      s.createRow(r).createCell(0).setCellValue("附件 2：2019 年度产业技术创新战略联盟活跃度评分表");
      s.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
      r++;
      Row header = s.createRow(r++);
      String[] names = {"序号", "联盟名称", "批次*", "评分"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      for (Tier t : Tier.values()) {
        List<Published> group = rows.stream().filter(p -> p.tier() == t).toList();
        s.createRow(r).createCell(0).setCellValue(GROUP_LABELS[t.ordinal()] + "的联盟（共 "
            + group.size() + " 家）");
        s.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
        r++;
        for (Published p : group) {
          Row row = s.createRow(r++);
          row.createCell(0).setCellValue(p.rank());
          row.createCell(1).setCellValue(p.name());
          if (p.code().startsWith("D")) {
            row.createCell(2).setCellValue(p.code());
          } else {
            row.createCell(2).setCellValue(Double.parseDouble(p.code()));
          }
          if (!p.score().isEmpty()) {
            row.createCell(3).setCellValue(Double.parseDouble(p.score()));
          }
        }
      }
      s.createRow(r).createCell(0).setCellValue("*备注：批次为联盟在试点文件中的序号。");
      edit.accept(s);
      Path path = dir.resolve(file);
      try (OutputStream out = Files.newOutputStream(path)) {
        wb.write(out);
      }
      return path;
    }
  }

  private static Cell cell(Sheet s, String code) {
    for (Row row : s) {
      Cell c = row.getCell(2);
      if (c != null && (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
          ? String.valueOf((int) c.getNumericCellValue()).equals(code)
          : c.toString().equals(code))) {
        return c;
      }
    }
    throw new AssertionError("no row for " + code);
  }

  private static JsonObject json(CliRun run) {
    assertEquals(0, run.exitCode(), run.err());
    return JsonParser.parseString(run.out()).getAsJsonObject();
  }

  @Test
  void annex2AsPublished_givesEveryFigureOfTheEmbeddedTable() throws Exception {
    Path xlsx = annex2Workbook("附件2.xlsx", s -> { });
    JsonObject fromXlsx = json(CliRun.of("report", "--scores", xlsx.toString(), "--population",
        POPULATION, "--format", "json"));
    JsonObject embedded = json(CliRun.of("report", "--format", "json"));
    for (String key : List.of("population", "participants", "nonParticipants", "batches",
        "tiers", "alliances")) {
      assertEquals(embedded.get(key), fromXlsx.get(key), key);
    }
  }

  @Test
  void theSheetCanBeNamed_andAFileIsRecognisedByContentNotByName() throws Exception {
    Path xlsx = annex2Workbook("scores.csv", s -> { }); // a workbook named .csv
    JsonObject named = json(CliRun.of("report", "--scores", xlsx.toString(), "--sheet", "附件2",
        "--population", POPULATION, "--format", "json"));
    assertEquals(99, named.get("participants").getAsInt());
    CliRun missing = CliRun.of("report", "--scores", xlsx.toString(), "--sheet", "Sheet9");
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("has no sheet 'Sheet9'; its sheets are 说明, 附件2"),
        missing.err());
  }

  @Test
  void numbersStoredAsText_andFormulasWithCachedValues_areRead() throws Exception {
    Path xlsx = annex2Workbook("text.xlsx", s -> {
      cell(s, "105").setCellValue("105");                           // code as text
      Row row = cell(s, "110").getRow();
      row.getCell(3).setCellValue("100");                           // score as text
      cell(s, "118").getRow().getCell(3).setCellFormula("50+50");   // no cached value: evaluated
    });
    JsonObject j = json(CliRun.of("report", "--scores", xlsx.toString(), "--population",
        POPULATION, "--format", "json"));
    assertEquals(99, j.get("participants").getAsInt());
    JsonObject first = j.getAsJsonArray("alliances").get(0).getAsJsonObject();
    assertEquals("105", first.get("code").getAsString());
    assertEquals("100", first.get("score").toString());
  }

  @Test
  void badCells_areEveryOneReported_withFileSheetAndCell() throws Exception {
    Path xlsx = annex2Workbook("bad.xlsx", s -> {
      cell(s, "342").getRow().getCell(3).setCellErrorValue(FormulaError.NA.getCode());
      Cell date = cell(s, "105").getRow().getCell(3);
      date.setCellValue(java.time.LocalDate.of(2019, 12, 31));
      CellStyle style = s.getWorkbook().createCellStyle();
      style.setDataFormat(s.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd"));
      date.setCellStyle(style);
      cell(s, "110").getRow().getCell(3).setCellValue(true);
      cell(s, "118").getRow().getCell(3).setCellValue("九十八");
    });
    Path out = dir.resolve("out.json");
    CliRun run = CliRun.of("report", "--scores", xlsx.toString(), "--population", POPULATION,
        "--format", "json", "--out", out.toString());
    assertEquals(2, run.exitCode(), run.err());
    String err = run.err();
    assertTrue(err.contains(xlsx + ", sheet 附件2, cell D"), err);
    assertTrue(err.contains("(score): an error cell #N/A, expected a number or text"), err);
    assertTrue(err.contains("(score): a date, expected a number or text"), err);
    assertTrue(err.contains("(score): TRUE/FALSE, expected a number or text"), err);
    assertTrue(err.contains("(score): expected a number of points such as 5 or 2.5: '九十八'"), err);
    assertTrue(err.contains("4 problems"), err);
    assertFalse(Files.exists(out));
    assertEquals("", run.out());
  }

  @Test
  void aGroupRowWhoseCountDisagrees_isAProblemNamingTheGroupRow() throws Exception {
    Path xlsx = annex2Workbook("count.xlsx", s -> {
      for (Row row : s) {
        Cell c = row.getCell(0);
        if (c != null && c.toString().startsWith("活跃度较高")) {
          c.setCellValue("活跃度较高的联盟（共 20 家）");
        }
      }
    });
    CliRun run = CliRun.of("report", "--scores", xlsx.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("sheet 附件2, cell A"), run.err());
    assertTrue(run.err().contains("the group row '活跃度较高的联盟（共 20 家）' counts 20 alliances, "
        + "but 19 rows follow it"), run.err());
  }

  @Test
  void mergedDataCells_areAProblem() throws Exception {
    Path xlsx = annex2Workbook("merged.xlsx", s -> {
      int r = cell(s, "342").getRowIndex();
      s.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
    });
    CliRun run = CliRun.of("report", "--scores", xlsx.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("merged cells in a data row"), run.err());
  }

  @Test
  void filesThatAreNotWorkbooks_getOneLineNamingTheFile() throws Exception {
    Path csv = dir.resolve("renamed.xlsx");
    Files.writeString(csv, "code,name,score\n105,TD,100\n");
    assertOneLine(csv, "is not an .xlsx workbook: it is not a zip archive");

    Path xls = dir.resolve("old.xlsx");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
      wb.createSheet("附件2").createRow(0).createCell(0).setCellValue("code");
      wb.write(out);
    }
    assertOneLine(xls, "is an Excel 97-2003 workbook (.xls); save it as an Excel workbook");

    Path good = annex2Workbook("good.xlsx", s -> { });
    byte[] bytes = Files.readAllBytes(good);
    Path truncated = dir.resolve("truncated.xlsx");
    Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertOneLine(truncated, "is not a readable .xlsx workbook");

    Path locked = dir.resolve("locked.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("secret");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(bytes);
      }
      try (OutputStream out = Files.newOutputStream(locked)) {
        fs.writeFilesystem(out);
      }
    }
    assertOneLine(locked, "is a password-protected workbook");

    Path bomb = dir.resolve("bomb.xlsx");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        z.write(spaces);
      }
      z.closeEntry();
    }
    Files.write(bomb, zip.toByteArray());
    assertOneLine(bomb, "is not a readable .xlsx workbook");
  }

  private void assertOneLine(Path file, String expected) {
    Path out = dir.resolve("never.json");
    CliRun run = CliRun.of("report", "--scores", file.toString(), "--format", "json", "--out",
        out.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains(file + ": " + expected), run.err());
    assertFalse(run.err().contains("Exception"), "no stack trace:\n" + run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace:\n" + run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void activityRecords_readFromAWorkbookWithChineseIndicatorNames() throws Exception {
    List<String> csv = Files.readAllLines(TestFiles.repositoryRoot().resolve(
        "alliance-eval-examples/src/main/resources/io/allianceeval/examples/data/"
            + "synthetic-activity-records-2019.csv"), StandardCharsets.UTF_8);
    String[] header = csv.get(0).split(",", -1);
    var system = io.allianceeval.scoring.IndicatorSystem.standard2019();
    java.util.Map<String, String> chinese = new java.util.HashMap<>();
    for (var ind : system.indicators()) {
      var facts = new java.util.LinkedHashSet<>(system.policy(ind.id()).requiredFacts());
      facts.addAll(system.policy(ind.id()).optionalFacts());
      chinese.put(facts.iterator().next().name(), ind.chineseName());
    }
    Path xlsx = dir.resolve("records.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
      Sheet s = wb.createSheet("记录");
      Row h = s.createRow(0);
      for (int i = 0; i < header.length; i++) {
        String name = header[i].equals("code") ? "编号" : header[i].equals("name") ? "联盟名称"
            : chinese.getOrDefault(header[i], header[i]);
        h.createCell(i).setCellValue(name);
      }
      for (int r = 1; r < csv.size(); r++) {
        String[] cells = csv.get(r).split(",", -1);
        Row row = s.createRow(r);
        for (int i = 0; i < cells.length; i++) {
          if (cells[i].isEmpty()) {
            continue;
          }
          if (i > 1 && cells[i].matches("\\d+")) {
            row.createCell(i).setCellValue(Integer.parseInt(cells[i]));
          } else {
            row.createCell(i).setCellValue(cells[i]);
          }
        }
      }
      wb.write(out);
    }
    JsonObject fromXlsx = json(CliRun.of("score", "--records", xlsx.toString(), "--format",
        "json"));
    JsonObject embedded = json(CliRun.of("score", "--format", "json"));
    assertEquals(embedded.get("alliances"), fromXlsx.get("alliances"));
    assertEquals(embedded.get("notEvaluated"), fromXlsx.get("notEvaluated"));
  }
}
