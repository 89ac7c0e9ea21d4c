package io.allianceeval.examples.io;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.Tier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads one sheet of an .xlsx workbook (Excel or WPS) as an {@link InputTable}.
 *
 * <ul>
 *   <li>The sheet is the one named, or the first whose first 30 rows hold a header with every
 *       required column (English or Chinese names, {@link Headers}). Rows above the header — the
 *       report's title — are skipped.
 *   <li>The report's own layout (附件 2) is read as published: a group row such as
 *       {@code 活跃度高的联盟（共 35 家）}, merged across the columns or not, gives the tier of the rows
 *       under it, and the count it prints must match them; a footnote row ({@code *备注：…}) is
 *       skipped. Any other row is a data row.
 *   <li>Cells: text is trimmed; a number is its decimal ({@code 105} for a code typed as a number,
 *       {@code 85} for 85.0); a formula gives its cached value, or is evaluated when it has none.
 *       Error cells, dates (except in a {@code date} column, read as ISO {@code yyyy-mm-dd}),
 *       booleans and merged cells in a data row are problems naming the cell.
 * </ul>
 */
final class XlsxTable {

  private static final int HEADER_SEARCH_ROWS = 30;
  private static final Pattern GROUP =
      Pattern.compile("(活跃度高|活跃度较高|活跃度一般|不活跃)的?联盟\\(共(\\d+)家\\).*");

  private final String name;
  private final Sheet sheet;
  private final FormulaEvaluator evaluator;
  private final List<InputProblem> problems = new ArrayList<>();

  private XlsxTable(String name, Sheet sheet, FormulaEvaluator evaluator) {
    this.name = name;
    this.sheet = sheet;
    this.evaluator = evaluator;
  }

  static InputTable read(String name, byte[] bytes, Collection<String> required, String sheetName)
      throws BadInputException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
      if (sheetName != null) {
        Sheet s = wb.getSheet(sheetName);
        if (s == null) {
          List<String> names = new ArrayList<>();
          wb.forEach(x -> names.add(x.getSheetName()));
          throw new BadInputException(InputProblem.inFile(name, "has no sheet '" + sheetName
              + "'; its sheets are " + String.join(", ", names)));
        }
        XlsxTable t = new XlsxTable(name, s, evaluator);
        int header = t.findHeader(required);
        if (header < 0) {
          throw new BadInputException(InputProblem.inSheet(name, s.getSheetName(),
              "no header row with the columns " + String.join(", ", required) + " in its first "
                  + HEADER_SEARCH_ROWS + " rows"));
        }
        return t.table(header);
      }
      for (Sheet s : wb) {
        XlsxTable t = new XlsxTable(name, s, evaluator);
        int header = t.findHeader(required);
        if (header >= 0) {
          return t.table(header);
        }
      }
      List<String> names = new ArrayList<>();
      wb.forEach(x -> names.add(x.getSheetName()));
      throw new BadInputException(InputProblem.inFile(name, "no sheet has a header row with the "
          + "columns " + String.join(", ", required) + " (sheets: " + String.join(", ", names)
          + ")"));
    } catch (EncryptedDocumentException e) {
      throw new BadInputException(InputProblem.inFile(name, "is a password-protected workbook; "
          + "remove the password and save it again"));
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(InputProblem.inFile(name, "is not a readable .xlsx workbook ("
          + Workbooks.oneLine(e) + "); open it in Excel or WPS and save it again"));
    }
  }

  /** The index of the first row that holds every required column, or -1. */
  private int findHeader(Collection<String> required) {
    int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1);
    for (int r = sheet.getFirstRowNum(); r >= 0 && r <= last; r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (Cell c : row) {
        if (c.getCellType() == CellType.STRING) {
          names.add(Headers.canonical(c.getStringCellValue()));
        }
      }
      if (names.containsAll(required)) {
        return r;
      }
    }
    return -1;
  }

  private InputTable table(int headerRow) throws BadInputException {
    String sheetName = sheet.getSheetName();
    Map<Integer, String> columns = new LinkedHashMap<>();
    List<String> header = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    if (sheet.getRow(headerRow).getPhysicalNumberOfCells() > InputLimits.MAX_COLUMNS) {
      throw new BadInputException(InputProblem.inSheet(name, sheetName, "the header row has "
          + sheet.getRow(headerRow).getPhysicalNumberOfCells() + " cells; expected at most "
          + InputLimits.MAX_COLUMNS));
    }
    if (sheet.getLastRowNum() - headerRow > InputLimits.maxRows()) {
      throw new BadInputException(InputProblem.inSheet(name, sheetName, "has "
          + (sheet.getLastRowNum() - headerRow) + " rows under its header; expected at most "
          + InputLimits.maxRows() + " (split it)"));
    }
    for (Cell c : sheet.getRow(headerRow)) {
      if (c.getCellType() != CellType.STRING || c.getStringCellValue().isBlank()) {
        continue;
      }
      String column = Headers.canonical(c.getStringCellValue());
      if (!seen.add(column)) {
        problems.add(InputProblem.atCell(name, sheetName, c.getAddress().formatAsString(), null,
            "a second column that means " + InputLimits.echo(column) + " ('"
                + InputLimits.echo(c.getStringCellValue()) + "')"));
        continue;
      }
      columns.put(c.getColumnIndex(), column);
      header.add(column);
    }
    boolean addTier = false;
    List<InputTable.Row> rows = new ArrayList<>();
    Group group = null;
    for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      Cell first = firstNonBlank(row);
      if (first == null) {
        continue;
      }
      String text = first.getCellType() == CellType.STRING
          ? Alliance.normalizeName(first.getStringCellValue()) : "";
      Matcher m = GROUP.matcher(text);
      if (m.matches() && onlyCell(row, first)) {
        closeGroup(group);
        group = new Group(tierOf(m.group(1)), Integer.parseInt(m.group(2)),
            first.getAddress().formatAsString(), first.getStringCellValue().trim());
        if (!header.contains("tier")) {
          header.add("tier");
          addTier = true;
        }
        continue;
      }
      if ((text.startsWith("*") || text.startsWith("备注") || text.startsWith("注:"))
          && onlyCell(row, first)) {
        continue; // the footnote
      }
      InputTable.Row data = dataRow(row, columns, group, addTier);
      if (data != null) {
        rows.add(data);
      }
      if (group != null) {
        group.rows++;
      }
    }
    closeGroup(group);
    if (rows.isEmpty() && problems.isEmpty()) {
      throw new BadInputException(InputProblem.inSheet(name, sheetName,
          "has a header but no data rows"));
    }
    return InputTable.of(name, header, rows, problems);
  }

  private void closeGroup(Group group) {
    if (group != null && group.rows != group.count) {
      problems.add(InputProblem.atCell(name, sheet.getSheetName(), group.cell, null,
          "the group row '" + group.text + "' counts " + group.count + " alliances, but "
              + group.rows + " rows follow it"));
    }
  }

  /** The data row {@code row}, or null if a cell of it has a problem (which is recorded). */
  private InputTable.Row dataRow(Row row, Map<Integer, String> columns, Group group,
      boolean addTier) {
    int before = problems.size();
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> cells = new LinkedHashMap<>();
    for (Map.Entry<Integer, String> col : columns.entrySet()) {
      Cell c = row.getCell(col.getKey());
      String ref = new CellAddress(row.getRowNum(), col.getKey()).formatAsString();
      cells.put(col.getValue(), ref);
      if (c != null && mergedRegion(c) != null) {
        problems.add(InputProblem.atCell(name, sheet.getSheetName(), ref, col.getValue(),
            "merged cells in a data row; unmerge them and give each cell its value"));
        continue;
      }
      values.put(col.getValue(), c == null ? "" : text(c, ref, col.getValue()));
    }
    if (group != null && (addTier || values.getOrDefault("tier", "").isEmpty())) {
      values.put("tier", group.tier.name());
      cells.putIfAbsent("tier", group.cell);
    }
    if (problems.size() > before) {
      return null;
    }
    InputTable.Row result = new InputTable.Row(name, row.getRowNum() + 1, values,
        sheet.getSheetName(), cells);
    InputLimits.checkLengths(result, problems);
    return result;
  }

  /** The cell as text; "" and a recorded problem for error, date and boolean cells. */
  private String text(Cell c, String ref, String field) {
    CellType type = c.getCellType();
    if (type == CellType.FORMULA) {
      if (c instanceof XSSFCell && !((XSSFCell) c).getCTCell().isSetV()) {
        return evaluated(c, ref, field);
      }
      type = c.getCachedFormulaResultType();
    }
    switch (type) {
      case STRING:
        return c.getStringCellValue().trim();
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(c)) {
          if (field.equals("date")) {
            return c.getLocalDateTimeCellValue().toLocalDate().toString();
          }
          return problem(ref, field, "a date, expected a number or text (format the cell as "
              + "General or Text and type the value again)");
        }
        return decimal(c.getNumericCellValue());
      case BOOLEAN:
        return problem(ref, field, "TRUE/FALSE, expected a number or text");
      case ERROR:
        return problem(ref, field, "an error cell " + FormulaError.forInt(c.getErrorCellValue())
            .getString() + ", expected a number or text");
      default:
        return "";
    }
  }

  private String evaluated(Cell c, String ref, String field) {
    CellValue v;
    try {
      v = evaluator.evaluate(c);
    } catch (RuntimeException e) {
      return problem(ref, field, "the formula =" + c.getCellFormula() + " has no saved value "
          + "and cannot be evaluated here (" + Workbooks.oneLine(e) + "); open the workbook in "
          + "Excel or WPS and save it again");
    }
    if (v == null) {
      return "";
    }
    switch (v.getCellType()) {
      case STRING:
        return v.getStringValue().trim();
      case NUMERIC:
        return decimal(v.getNumberValue());
      case BLANK:
        return "";
      default:
        return problem(ref, field, "the formula =" + c.getCellFormula() + " gives "
            + v.formatAsString() + ", expected a number or text");
    }
  }

  private String problem(String ref, String field, String message) {
    problems.add(InputProblem.atCell(name, sheet.getSheetName(), ref, field, message));
    return "";
  }

  /** {@code 85.0 -> "85"}, {@code 84.5 -> "84.5"}, {@code 105.0 -> "105"}. */
  static String decimal(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private CellRangeAddress mergedRegion(Cell c) {
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      if (region.isInRange(c)) {
        return region;
      }
    }
    return null;
  }

  private static Cell firstNonBlank(Row row) {
    if (row == null) {
      return null;
    }
    for (Cell c : row) {
      if (c.getCellType() != CellType.BLANK
          && !(c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank())) {
        return c;
      }
    }
    return null;
  }

  /** Whether {@code cell} is the only non-blank cell of {@code row} (a merged title is). */
  private static boolean onlyCell(Row row, Cell cell) {
    for (Cell c : row) {
      if (c != cell && c.getCellType() != CellType.BLANK
          && !(c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank())) {
        return false;
      }
    }
    return true;
  }

  private static Tier tierOf(String label) {
    switch (label) {
      case "活跃度高":
        return Tier.HIGH;
      case "活跃度较高":
        return Tier.FAIRLY_HIGH;
      case "活跃度一般":
        return Tier.AVERAGE;
      default:
        return Tier.INACTIVE;
    }
  }

  /** A group row of the report's layout and the rows counted under it. */
  private static final class Group {
    final Tier tier;
    final int count;
    final String cell;
    final String text;
    int rows;

    Group(Tier tier, int count, String cell, String text) {
      this.tier = tier;
      this.count = count;
      this.cell = cell;
      this.text = text;
    }
  }
}
