package io.allianceeval.examples.io;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.Fact;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorPolicy;
import io.allianceeval.scoring.IndicatorSystem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The data-entry workbook an alliance secretariat fills in: one row per alliance with its code and
 * name filled in and locked, one column per fact headed by the indicator's Chinese name and the
 * fact's column name ({@code 秘书处工作会议 (secretariat_meetings)}) with a note that explains the
 * rule, data validation for whole numbers of at least 0, and a second sheet that explains the
 * indicator system. {@code score --records} reads the filled workbook back.
 */
public final class RecordsTemplate {

  /** The name of the sheet to fill in. */
  public static final String SHEET = "活动记录";

  private RecordsTemplate() {}

  /** The workbook for {@code alliances} in {@code year}, with a column per fact of {@code system}. */
  public static byte[] workbook(List<Alliance> alliances, int year, IndicatorSystem system) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out =
        new ByteArrayOutputStream()) {
      CellStyle header = CellStyles.header(wb);
      header.setLocked(true);
      CellStyle locked = wb.createCellStyle();
      locked.setLocked(true);
      locked.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT
          .getIndex());
      locked.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
      CellStyle open = wb.createCellStyle();
      open.setLocked(false);
      CellStyles.framed(open);
      Sheet s = wb.createSheet(SHEET);
      s.createRow(0).createCell(0).setCellValue(year + " 年度联盟活动记录：请在带边框的单元格中填写整数；灰色单元格已锁定；"
          + "留空表示未填报，网站一栏留空表示没有网站。Fill in the framed cells with whole numbers.");
      Row h = s.createRow(1);
      h.setHeightInPoints(80);
      cell(h, 0, "编号 (code)", header);
      cell(h, 1, "联盟名称 (name)", header);
      Drawing<?> drawing = s.createDrawingPatriarch();
      List<Indicator> indicators = system.indicators();
      int c = 2;
      for (Indicator i : indicators) {
        IndicatorPolicy p = system.policy(i.id());
        Set<Fact> facts = new LinkedHashSet<>(p.requiredFacts());
        facts.addAll(p.optionalFacts());
        for (Fact f : facts) {
          Cell cell = cell(h, c, i.id() + " " + i.chineseName() + "\n(" + f.name() + ")", header);
          ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
          anchor.setCol1(c);
          anchor.setCol2(c + 4);
          anchor.setRow1(1);
          anchor.setRow2(6);
          Comment note = drawing.createCellComment(anchor);
          note.setString(wb.getCreationHelper().createRichTextString(i.chineseName() + "（"
              + i.englishName() + "），满分 " + i.maxPoints() + " 分。规则 rule: "
              + p.steps().orElse(p.toString()) + "\n" + p));
          cell.setCellComment(note);
          s.setColumnWidth(c, 20 * 256);
          c++;
        }
      }
      int lastColumn = c - 1;
      int r = 2;
      for (Alliance a : alliances) {
        Row row = s.createRow(r++);
        cell(row, 0, a.code().toString(), locked);
        cell(row, 1, a.name(), locked);
        for (int col = 2; col <= lastColumn; col++) {
          row.createCell(col).setCellStyle(open);
        }
      }
      if (r > 2 && lastColumn >= 2) {
        DataValidationHelper dv = s.getDataValidationHelper();
        DataValidationConstraint whole = dv.createIntegerConstraint(
            DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
        DataValidation v = dv.createValidation(whole,
            new CellRangeAddressList(2, r - 1, 2, lastColumn));
        v.setEmptyCellAllowed(true);
        v.setShowErrorBox(true);
        v.createErrorBox("请输入整数", "请输入不小于 0 的整数（次数、个数、人数或月数）。"
            + " A whole number of at least 0.");
        s.addValidationData(v);
      }
      s.setColumnWidth(0, 12 * 256);
      s.setColumnWidth(1, 40 * 256);
      s.createFreezePane(2, 2);
      s.protectSheet("");
      s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
      s.getPrintSetup().setLandscape(true);
      explanation(wb, system, header);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Cell cell(Row row, int column, String text, CellStyle style) {
    Cell c = row.createCell(column);
    c.setCellValue(text);
    c.setCellStyle(style);
    return c;
  }

  /** The second sheet: the indicator system, one row per indicator. */
  private static void explanation(XSSFWorkbook wb, IndicatorSystem system, CellStyle header) {
    Sheet s = wb.createSheet("指标说明");
    List<String> head = List.of("指标 indicator", "一级指标 group", "二级指标", "indicator",
        "填写列 column", "分值 points", "规则 rule");
    Row h = s.createRow(0);
    for (int i = 0; i < head.size(); i++) {
      cell(h, i, head.get(i), header);
    }
    int r = 1;
    for (Indicator i : system.indicators()) {
      IndicatorPolicy p = system.policy(i.id());
      Set<Fact> facts = new LinkedHashSet<>(p.requiredFacts());
      facts.addAll(p.optionalFacts());
      Row row = s.createRow(r++);
      row.createCell(0).setCellValue(i.id());
      row.createCell(1).setCellValue(i.group().id() + " " + i.group().chineseName());
      row.createCell(2).setCellValue(i.chineseName());
      row.createCell(3).setCellValue(i.englishName());
      row.createCell(4).setCellValue(facts.iterator().next().name());
      row.createCell(5).setCellValue(i.maxPoints().toDouble());
      row.createCell(6).setCellValue(p.toString());
    }
    int[] widths = {8, 22, 22, 34, 30, 10, 70};
    for (int i = 0; i < widths.length; i++) {
      s.setColumnWidth(i, widths[i] * 256);
    }
    s.createFreezePane(0, 1);
    s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    s.getPrintSetup().setLandscape(true);
  }
}
