package io.allianceeval.examples.io;

import io.allianceeval.activity.Activity;
import io.allianceeval.activity.ActivityKind;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Fact;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorPolicy;
import io.allianceeval.scoring.IndicatorSystem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The activity log as a workbook: the template a secretariat fills in (empty framed rows, a
 * dropdown of kinds and of alliance codes, date cells, whole numbers for values) and the export of
 * the database (the same layout, filled). The log sheet's header names each column in Chinese and
 * by its column name ({@code 日期 (date)}), so {@link ActivityLogFile} reads either back. A sheet
 * explains the kinds, another lists the alliances.
 */
public final class ActivityLogWorkbook {

  /** The name of the log sheet. */
  public static final String SHEET = "活动日志";

  private static final List<String> HEADERS = List.of("编号 (code)", "联盟名称 (name)",
      "日期 (date)", "类型 (kind)", "标题 (title)", "佐证 (evidence)", "数值 (value)");
  private static final int[] WIDTHS = {12, 36, 13, 30, 44, 36, 10};

  private ActivityLogWorkbook() {}

  /** The template with {@code rows} empty rows to fill in for the alliances of {@code roster}. */
  public static byte[] template(List<Alliance> roster, ActivityKinds kinds, IndicatorSystem system,
      int year, int rows) {
    return write(roster, List.of(), kinds, system, year, rows);
  }

  /** The entries {@code activities} of the alliances {@code alliances}, in the template's layout. */
  public static byte[] export(List<Alliance> alliances, List<Activity> activities,
      ActivityKinds kinds, IndicatorSystem system) {
    return write(alliances, activities, kinds, system, 0, 0);
  }

  private static byte[] write(List<Alliance> alliances, List<Activity> activities,
      ActivityKinds kinds, IndicatorSystem system, int year, int emptyRows) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out =
        new ByteArrayOutputStream()) {
      CellStyle header = CellStyles.framed(CellStyles.header(wb));
      CellStyle text = CellStyles.framed(wb.createCellStyle());
      text.setLocked(false);
      CellStyle date = CellStyles.framed(wb.createCellStyle());
      date.setLocked(false);
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Sheet s = wb.createSheet(SHEET);
      boolean template = emptyRows > 0;
      s.createRow(0).createCell(0).setCellValue(template
          ? year + " 年度联盟动态信息：每行一条记录。类型从下拉列表选择；日期填日期（如 " + year
              + "-06-03）；“数值”只在秘书处专职人员一类填写人数，其余留空。One entry a row."
          : "联盟动态信息数据库导出 — the dynamic information database, exported.");
      Row h = s.createRow(1);
      h.setHeightInPoints(32);
      for (int c = 0; c < HEADERS.size(); c++) {
        cell(h, c, HEADERS.get(c), header);
        s.setColumnWidth(c, WIDTHS[c] * 256);
      }
      int r = 2;
      for (Activity a : activities) {
        Row row = s.createRow(r++);
        cell(row, 0, a.alliance().code().toString(), text);
        cell(row, 1, a.alliance().name(), text);
        Cell d = row.createCell(2);
        d.setCellValue(a.date());
        d.setCellStyle(date);
        cell(row, 3, a.kind().name(), text);
        cell(row, 4, a.title(), text);
        cell(row, 5, a.evidence().orElse(""), text);
        Cell v = row.createCell(6);
        v.setCellStyle(text);
        a.value().ifPresent(v::setCellValue);
      }
      for (int i = 0; i < emptyRows; i++) {
        Row row = s.createRow(r++);
        for (int c = 0; c < HEADERS.size(); c++) {
          row.createCell(c).setCellStyle(c == 2 ? date : text);
        }
      }
      kindsSheet(wb, kinds, system, header);
      alliancesSheet(wb, alliances, header);
      if (template) {
        validation(s, 2, r - 1, alliances.size(), kinds.kinds().size(), year);
      }
      s.createFreezePane(0, 2);
      s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
      s.getPrintSetup().setLandscape(true);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void validation(Sheet s, int first, int last, int alliances, int kinds,
      int year) {
    DataValidationHelper dv = s.getDataValidationHelper();
    if (alliances > 0) {
      add(s, dv.createFormulaListConstraint("联盟!$A$2:$A$" + (alliances + 1)), first, last, 0,
          "请从列表选择联盟编号", "请选择“联盟”表中的编号。Choose a code of the 联盟 sheet.");
    }
    add(s, dv.createFormulaListConstraint("类型说明!$A$2:$A$" + (kinds + 1)), first, last, 3,
        "请从列表选择类型", "请选择“类型说明”表中的类型。Choose a kind of the 类型说明 sheet.");
    add(s, dv.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
        "DATE(2000,1,1)", "DATE(2100,12,31)", "yyyy-mm-dd"), first, last, 2,
        "请输入日期", "请输入日期，例如 " + year + "-06-03。A date such as " + year + "-06-03.");
    add(s, dv.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0",
        null), first, last, 6, "请输入整数",
        "请输入不小于 0 的整数（人数）。A whole number of at least 0.");
  }

  private static void add(Sheet s, DataValidationConstraint constraint, int first, int last,
      int column, String title, String text) {
    DataValidation v = s.getDataValidationHelper().createValidation(constraint,
        new CellRangeAddressList(first, last, column, column));
    v.setEmptyCellAllowed(true);
    v.setShowErrorBox(true);
    v.createErrorBox(title, text);
    s.addValidationData(v);
  }

  /** The kinds: the dropdown's source, and what each kind records. */
  private static void kindsSheet(XSSFWorkbook wb, ActivityKinds kinds, IndicatorSystem system,
      CellStyle header) {
    Sheet s = wb.createSheet("类型说明");
    List<String> head = List.of("类型 kind", "指标 indicator", "计分方式", "how it counts",
        "数值 value");
    Row h = s.createRow(0);
    for (int i = 0; i < head.size(); i++) {
      cell(h, i, head.get(i), header);
    }
    int r = 1;
    for (ActivityKind k : kinds.kinds()) {
      Row row = s.createRow(r++);
      row.createCell(0).setCellValue(k.name());
      row.createCell(1).setCellValue(indicatorOf(system, k.fact()));
      switch (k.measure()) {
        case COUNT -> {
          row.createCell(2).setCellValue("评价期内每条记录计一次");
          row.createCell(3).setCellValue("each entry dated in the period counts once");
          row.createCell(4).setCellValue("留空 blank");
        }
        case LATEST_VALUE -> {
          row.createCell(2).setCellValue("取评价期末以前最近一条记录的数值；没有记录为 0");
          row.createCell(3).setCellValue("the value of the latest entry on or before the end; "
              + "0 with none");
          row.createCell(4).setCellValue("必填整数 ≥ 0 required");
        }
        default -> {
          row.createCell(2).setCellValue("评价期末距最近一次记录的整月数；没有记录表示没有网站");
          row.createCell(3).setCellValue("whole months from the latest entry to the end; none "
              + "means no website");
          row.createCell(4).setCellValue("留空 blank");
        }
      }
    }
    int[] widths = {32, 30, 44, 52, 18};
    for (int i = 0; i < widths.length; i++) {
      s.setColumnWidth(i, widths[i] * 256);
    }
    s.createFreezePane(0, 1);
  }

  private static String indicatorOf(IndicatorSystem system, Fact fact) {
    for (Indicator i : system.indicators()) {
      IndicatorPolicy p = system.policy(i.id());
      if (p.requiredFacts().contains(fact) || p.optionalFacts().contains(fact)) {
        return i.id() + " " + i.chineseName();
      }
    }
    return "";
  }

  private static void alliancesSheet(XSSFWorkbook wb, List<Alliance> alliances,
      CellStyle header) {
    Sheet s = wb.createSheet("联盟");
    Row h = s.createRow(0);
    cell(h, 0, "编号 (code)", header);
    cell(h, 1, "联盟名称 (name)", header);
    int r = 1;
    for (Alliance a : alliances) {
      Row row = s.createRow(r++);
      row.createCell(0).setCellValue(a.code().toString());
      row.createCell(1).setCellValue(a.name());
    }
    s.setColumnWidth(0, 12 * 256);
    s.setColumnWidth(1, 44 * 256);
    s.createFreezePane(0, 1);
  }

  private static Cell cell(Row row, int column, String text, CellStyle style) {
    Cell c = row.createCell(column);
    c.setCellValue(text);
    c.setCellStyle(style);
    return c;
  }
}
