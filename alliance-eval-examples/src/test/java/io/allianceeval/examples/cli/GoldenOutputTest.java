package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.examples.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command's output on the embedded data and the shipped examples, compared byte for byte
 * with the copy kept in {@code src/test/resources/golden} (workbooks by their cells' values, Word
 * by its text and its charts' data). A change of structure must not change these; a deliberate
 * change of an output is made by running this test with {@code -Dgolden.update=true}, which
 * rewrites the copies, and is listed in CHANGELOG.
 */
class GoldenOutputTest {

  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TempDir Path dir;

  /** A command line; {@code {out}} is a file in a temporary folder, {@code {data:X}} and {@code {in:X}} inputs. */
  record Case(String name, String... args) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("report-text", "report"),
        new Case("report-text-en", "report", "--lang", "en"),
        new Case("report-markdown", "report", "--format", "markdown"),
        new Case("report-json", "report", "--format", "json"),
        new Case("report-html", "report", "--format", "html"),
        new Case("report-largest-remainder", "report", "--rounding", "largest-remainder"),
        new Case("report-diagnostics-text", "report", "--diagnostics",
            "--previous", "{in:previous-2018.csv}"),
        new Case("report-diagnostics-json", "report", "--diagnostics", "--format", "json",
            "--previous", "{in:previous-2018.csv}"),
        new Case("report-diagnostics-html", "report", "--diagnostics", "--format", "html"),
        new Case("report-xlsx", "report", "--format", "xlsx", "--out", "{out}.xlsx"),
        new Case("report-docx", "report", "--format", "docx", "--out", "{out}.docx"),
        new Case("score-text", "score"),
        new Case("score-text-en", "score", "--lang", "en"),
        new Case("score-markdown", "score", "--format", "markdown"),
        new Case("score-json", "score", "--format", "json"),
        new Case("score-html", "score", "--format", "html"),
        new Case("score-diagnostics-text", "score", "--diagnostics", "--runs", "200"),
        new Case("score-diagnostics-json", "score", "--diagnostics", "--format", "json",
            "--runs", "200"),
        new Case("score-diagnostics-html", "score", "--diagnostics", "--format", "html",
            "--runs", "200"),
        new Case("score-xlsx", "score", "--format", "xlsx", "--out", "{out}.xlsx"),
        new Case("score-docx", "score", "--format", "docx", "--out", "{out}.docx"),
        new Case("score-activities-text", "score", "--activities", "{in:activities.csv}",
            "--trace", "342"),
        new Case("score-activities-json", "score", "--activities", "{in:activities.csv}",
            "--format", "json"),
        new Case("score-activities-period", "score", "--activities", "{in:activities.csv}",
            "--period", "2018-07-01..2019-06-30", "--lang", "en"),
        new Case("awards-text", "awards"),
        new Case("awards-text-en", "awards", "--lang", "en"),
        new Case("awards-json", "awards", "--format", "json"),
        new Case("awards-or-better", "awards", "--tier", "FAIRLY_HIGH", "--or-better",
            "--format", "json"),
        new Case("awards-xlsx", "awards", "--format", "xlsx", "--out", "{out}.xlsx"),
        new Case("review-text", "review"),
        new Case("review-threshold", "review", "--threshold", "5"),
        new Case("review-json", "review", "--format", "json"),
        new Case("review-median-corrected", "review", "--aggregate", "median",
            "--correct-severity", "--format", "json"),
        new Case("review-corridor", "review", "--corridor", "1sd"),
        new Case("review-final", "review", "--final", "{out}.csv"),
        new Case("review-audit", "review", "--audit", "{out}.csv"),
        new Case("review-xlsx", "review", "--format", "xlsx", "--out", "{out}.xlsx"),
        new Case("template-records", "template", "records", "--out", "{out}.xlsx"),
        new Case("template-system", "template", "system", "--out", "{out}.xlsx"),
        new Case("template-activities", "template", "activities", "--out", "{out}.xlsx"),
        new Case("plan", "plan", "--alliances", "{data:synthetic-panel/alliances.csv}",
            "--experts", "{data:synthetic-panel/experts.csv}", "--out", "{out}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void output_isAsBefore(Case c) throws IOException {
    Path out = dir.resolve("out");
    String[] args = Stream.of(c.args()).map(a -> resolve(a, out)).toArray(String[]::new);
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode(), run.err());
    StringBuilder actual = new StringBuilder(run.out().replace(out.toString(), "{out}"));
    for (String a : args) {
      if (a.startsWith(out.toString())) {
        actual.append("\n=== ").append(Path.of(a).getFileName()).append('\n')
            .append(dump(Path.of(a)));
      }
    }
    Path golden = TestFiles.repositoryRoot()
        .resolve("alliance-eval-examples/src/test/resources/golden").resolve(c.name() + ".txt");
    if (UPDATE) {
      Files.writeString(golden, actual);
    }
    assertTrue(Files.exists(golden), "no golden copy " + golden + "; run with -Dgolden.update=true");
    String expected = Files.readString(golden);
    if (!expected.equals(actual.toString())) {
      Path seen = Path.of("target", "golden-actual", c.name() + ".txt");
      Files.createDirectories(seen.getParent());
      Files.writeString(seen, actual);
    }
    assertEquals(expected, actual.toString(), c.name() + " (what was printed: " + Path.of(
        "target", "golden-actual", c.name() + ".txt").toAbsolutePath() + ")");
  }

  private static String resolve(String arg, Path out) {
    if (arg.startsWith("{out}")) {
      return out + arg.substring("{out}".length());
    }
    if (arg.startsWith("{data:")) {
      return TestFiles.data(arg.substring(6, arg.length() - 1)).toString();
    }
    if (arg.startsWith("{in:")) {
      return TestFiles.repositoryRoot()
          .resolve("alliance-eval-examples/src/test/resources/golden/inputs")
          .resolve(arg.substring(4, arg.length() - 1)).toString();
    }
    return arg;
  }

  /** A file as text: workbooks by cell values, Word by text and chart data, folders file by file. */
  static String dump(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      StringBuilder s = new StringBuilder();
      List<Path> files;
      try (Stream<Path> walk = Files.walk(file)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        s.append("--- ").append(file.relativize(f).toString().replace('\\', '/')).append('\n')
            .append(dump(f));
      }
      return s.toString();
    }
    String name = file.getFileName().toString();
    if (name.endsWith(".xlsx")) {
      return cells(file);
    }
    if (name.endsWith(".docx")) {
      return word(file);
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String cells(Path file) throws IOException {
    StringBuilder s = new StringBuilder();
    try (InputStream in = Files.newInputStream(file);
        Workbook wb = WorkbookFactory.create(in)) {
      for (Sheet sheet : wb) {
        s.append("[").append(sheet.getSheetName()).append("]\n");
        for (Row row : sheet) {
          List<String> cells = new ArrayList<>();
          for (Cell cell : row) {
            String v = value(cell);
            if (!v.isEmpty()) {
              cells.add(cell.getAddress().formatAsString() + "=" + v);
            }
          }
          if (!cells.isEmpty()) {
            s.append(String.join(" | ", cells)).append('\n');
          }
        }
      }
    }
    return s.toString();
  }

  private static String value(Cell cell) {
    switch (cell.getCellType()) {
      case STRING:
        return "'" + cell.getStringCellValue();
      case NUMERIC:
        return org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
            ? cell.getLocalDateTimeCellValue().toString()
            : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case BOOLEAN:
        return Boolean.toString(cell.getBooleanCellValue());
      case FORMULA:
        return "=" + cell.getCellFormula();
      default:
        return "";
    }
  }

  private static String word(Path file) throws IOException {
    StringBuilder s = new StringBuilder();
    try (InputStream in = Files.newInputStream(file);
        XWPFDocument doc = new XWPFDocument(in);
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      s.append(text.getText());
      for (XWPFChart chart : doc.getCharts()) {
        s.append("\n[chart]\n").append(chart.getCTChart().xmlText()
            .replaceAll("\\s+", " "));
      }
    }
    return s.toString();
  }
}
