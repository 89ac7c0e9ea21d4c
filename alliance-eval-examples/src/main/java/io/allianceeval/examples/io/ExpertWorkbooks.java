package io.allianceeval.examples.io;

import io.allianceeval.model.Points;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.review.Assignment;
import io.allianceeval.review.Expert;
import io.allianceeval.review.Round;
import io.allianceeval.review.ScoreEntry;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorSystem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The expert review's workbooks: the assignment the planner made, and one scoring workbook per
 * expert and round. A scoring workbook names its expert, round and group at the top (cells B1, B2,
 * B3), lists the alliances assigned to the expert in that round (never one the expert is
 * affiliated with), and has a column per indicator with its maximum, data validation from 0 to
 * that maximum, and the total as a formula. {@code review --scores} reads them back.
 */
public final class ExpertWorkbooks {

  /** The label in A1 that marks a scoring workbook. */
  public static final String EXPERT_LABEL = "专家 expert";

  private static final int HEADER_ROW = 4;
  private static final Pattern INDICATOR = Pattern.compile("^(\\d+\\.\\d+).*");

  private ExpertWorkbooks() {}

  /** The assignment as a sheet: {@code code, name, round1, round2}. */
  public static byte[] assignment(Assignment assignment, Map<AllianceCode, Alliance> names) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out =
        new ByteArrayOutputStream()) {
      CellStyle bold = bold(wb);
      Sheet s = wb.createSheet("分组 assignment");
      List<String> header = List.of("code", "name", "round1", "round2", "experts1", "experts2");
      Row h = s.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        Cell c = h.createCell(i);
        c.setCellValue(header.get(i));
        c.setCellStyle(bold);
      }
      int r = 1;
      for (Map.Entry<AllianceCode, Assignment.Groups> e : assignment.groups().entrySet()) {
        Row row = s.createRow(r++);
        row.createCell(0).setCellValue(e.getKey().toString());
        Alliance a = names.get(e.getKey());
        row.createCell(1).setCellValue(a == null ? "" : a.name());
        row.createCell(2).setCellValue(e.getValue().round1());
        row.createCell(3).setCellValue(e.getValue().round2());
        row.createCell(4).setCellValue(String.join(";", assignment.experts(e.getKey(), Round.ONE)
            .stream().map(Expert::id).toList()));
        row.createCell(5).setCellValue(String.join(";", assignment.experts(e.getKey(), Round.TWO)
            .stream().map(Expert::id).toList()));
      }
      int[] widths = {8, 40, 8, 8, 20, 20};
      for (int i = 0; i < widths.length; i++) {
        s.setColumnWidth(i, widths[i] * 256);
      }
      s.createFreezePane(0, 1);
      s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scoring workbook of {@code expert} for {@code round} of group {@code group}. */
  public static byte[] scoring(Expert expert, Round round, String group, List<Alliance> alliances,
      IndicatorSystem system) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out =
        new ByteArrayOutputStream()) {
      CellStyle bold = bold(wb);
      CellStyle open = wb.createCellStyle();
      open.setLocked(false);
      CellStyles.framed(open);
      CellStyle wrap = bold(wb);
      wrap.setWrapText(true);
      Sheet s = wb.createSheet("评分 round " + round.number());
      header(s, 0, EXPERT_LABEL, expert.id(), expert.name(), bold);
      Row r1 = s.createRow(1);
      r1.createCell(0).setCellValue("轮次 round");
      r1.getCell(0).setCellStyle(bold);
      r1.createCell(1).setCellValue(round.number());
      r1.createCell(2).setCellValue(round.chineseLabel() + " " + round.englishLabel());
      header(s, 2, "分组 group", group, "", bold);
      s.createRow(3).createCell(0).setCellValue("请在白色单元格中为每个联盟的每项指标打分（0 至该指标满分，"
          + "可保留两位小数）。Score each indicator from 0 to its maximum.");
      Row h = s.createRow(HEADER_ROW);
      h.setHeightInPoints(80);
      cell(h, 0, "编号 (code)", wrap);
      cell(h, 1, "联盟名称 (name)", wrap);
      List<Indicator> indicators = system.indicators();
      for (int i = 0; i < indicators.size(); i++) {
        Indicator ind = indicators.get(i);
        cell(h, 2 + i, ind.id() + " " + ind.chineseName() + "\n(满分 max "
            + ind.maxPoints() + ")", wrap);
        s.setColumnWidth(2 + i, 14 * 256);
      }
      int totalColumn = 2 + indicators.size();
      cell(h, totalColumn, "合计 (total)", wrap);
      int r = HEADER_ROW + 1;
      for (Alliance a : alliances) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(a.code().toString());
        row.createCell(1).setCellValue(a.name());
        for (int i = 0; i < indicators.size(); i++) {
          row.createCell(2 + i).setCellStyle(open);
        }
        String first = new CellReference(r, 2).formatAsString(false);
        String last = new CellReference(r, totalColumn - 1).formatAsString(false);
        row.createCell(totalColumn).setCellFormula("SUM(" + first + ":" + last + ")");
        r++;
      }
      if (!alliances.isEmpty()) {
        DataValidationHelper dv = s.getDataValidationHelper();
        for (int i = 0; i < indicators.size(); i++) {
          DataValidationConstraint range = dv.createDecimalConstraint(
              DataValidationConstraint.OperatorType.BETWEEN, "0",
              indicators.get(i).maxPoints().toString());
          DataValidation v = dv.createValidation(range,
              new CellRangeAddressList(HEADER_ROW + 1, r - 1, 2 + i, 2 + i));
          v.setShowErrorBox(true);
          v.createErrorBox("分值超出范围", "0 至 " + indicators.get(i).maxPoints() + " 分 (from 0 to the indicator's maximum)");
          s.addValidationData(v);
        }
      }
      s.setColumnWidth(0, 10 * 256);
      s.setColumnWidth(1, 36 * 256);
      s.createFreezePane(2, HEADER_ROW + 1);
      s.protectSheet("");
      s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
      s.getPrintSetup().setLandscape(true);
      s.setFitToPage(true);
      s.getPrintSetup().setFitWidth((short) 1);
      s.getPrintSetup().setFitHeight((short) 0);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CellStyle bold(XSSFWorkbook wb) {
    CellStyle bold = wb.createCellStyle();
    Font f = wb.createFont();
    f.setBold(true);
    bold.setFont(f);
    return bold;
  }

  private static void header(Sheet s, int row, String label, String value, String more,
      CellStyle bold) {
    Row r = s.createRow(row);
    cell(r, 0, label, bold);
    r.createCell(1).setCellValue(value);
    r.createCell(2).setCellValue(more);
  }

  private static void cell(Row row, int column, String text, CellStyle style) {
    Cell c = row.createCell(column);
    c.setCellValue(text);
    c.setCellStyle(style);
  }

  /** Whether {@code bytes} are a scoring workbook (its A1 reads {@value #EXPERT_LABEL}). */
  public static boolean isScoringWorkbook(byte[] bytes) {
    if (Workbooks.kind(bytes) != Workbooks.Kind.XLSX) {
      return false;
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Row r = wb.getSheetAt(0).getRow(0);
      Cell c = r == null ? null : r.getCell(0);
      return c != null && c.getCellType() == CellType.STRING
          && c.getStringCellValue().trim().equals(EXPERT_LABEL);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The score entries of a filled scoring workbook, with a row for each entry that locates it (the
   * cell of its points). A row left blank is not scored yet and gives no entry; problems — a
   * header that names no expert or round, points that are not a number with at most two decimals
   * — are added to {@code problems}.
   */
  public static ReviewInput.Entries read(Path file, List<InputProblem> problems)
      throws BadInputException {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException(InputProblem.inFile(name, "cannot be read: " + e.getMessage()));
    }
    String sheet;
    String expert;
    Round round;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet s = wb.getSheetAt(0);
      sheet = s.getSheetName();
      expert = text(s, 0, 1);
      String roundText = text(s, 1, 1);
      if (expert.isEmpty()) {
        problems.add(InputProblem.atCell(name, sheet, "B1", "expert",
            "the expert's id is blank; the planner writes it here"));
      }
      Optional<Round> parsed = parseRound(roundText);
      if (parsed.isEmpty()) {
        problems.add(InputProblem.atCell(name, sheet, "B2", "round",
            "expected round 1 or 2, found '" + roundText + "'"));
        return new ReviewInput.Entries(List.of(), List.of());
      }
      round = parsed.get();
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(InputProblem.inFile(name, "is not a readable .xlsx workbook ("
          + Workbooks.oneLine(e) + ")"));
    }
    InputTable table = InputTable.read(file, List.of("code", "name"), sheet);
    problems.addAll(table.problems());
    Map<String, String> indicatorColumns = new LinkedHashMap<>();
    for (String column : table.header()) {
      Matcher m = INDICATOR.matcher(column);
      if (m.matches()) {
        indicatorColumns.put(column, m.group(1));
      }
    }
    List<ScoreEntry> entries = new ArrayList<>();
    List<InputTable.Row> rows = new ArrayList<>();
    for (InputTable.Row row : table.rows()) {
      boolean blank = indicatorColumns.keySet().stream().allMatch(c -> row.get(c).isEmpty());
      if (blank) {
        continue;
      }
      Optional<AllianceCode> code = Cells.code(row, problems);
      for (Map.Entry<String, String> col : indicatorColumns.entrySet()) {
        String text = row.get(col.getKey());
        if (text.isEmpty() || code.isEmpty()) {
          continue;
        }
        String cell = row.cell(col.getKey());
        InputTable.Row located = new InputTable.Row(name, row.line(), Map.of(), sheet,
            Map.of("points", cell, "indicator", cell, "code", row.cell("code"), "expert", "B1",
                "round", "B2"));
        Points points;
        try {
          points = Points.parse(text);
        } catch (IllegalArgumentException e) {
          problems.add(located.problem("points", e.getMessage()));
          continue;
        }
        entries.add(ScoreEntry.indicator(round, expert, code.get(), col.getValue(), points));
        rows.add(located);
      }
    }
    return new ReviewInput.Entries(entries, rows);
  }

  private static Optional<Round> parseRound(String text) {
    try {
      return Optional.of(Round.of(new BigDecimal(text).intValueExact()));
    } catch (ArithmeticException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String text(Sheet s, int row, int column) {
    Row r = s.getRow(row);
    Cell c = r == null ? null : r.getCell(column);
    if (c == null) {
      return "";
    }
    return c.getCellType() == CellType.NUMERIC ? XlsxTable.decimal(c.getNumericCellValue())
        : c.getCellType() == CellType.STRING ? c.getStringCellValue().trim() : "";
  }
}
