package io.allianceeval.examples.report;

import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.examples.io.CellStyles;
import io.allianceeval.examples.io.Headers;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Scorecard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as an .xlsx workbook for Excel and WPS.
 *
 * <ul>
 *   <li>The first sheet is the score table in the report's layout (附件 2): a title, the columns
 *       序号 / 联盟名称 / 批次 / 评分 (or their English names), a merged group row per tier with
 *       its count, whole-point scores, and the footnote. {@code report --scores} reads it back.
 *   <li>Every table of the composed report follows on a sheet of its own, named after its
 *       section: the distribution tables, the indicator scores, the diagnostics.
 * </ul>
 *
 * <p>Every sheet has a bold, frozen header row, column widths to fit, and an A4 print setup. Text
 * from input is written as text cells, so nothing is ever read as a formula; numbers are written
 * as numbers (percentages as numbers with a percent format).
 */
final class WorkbookRenderer {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern PERCENT = Pattern.compile("-?\\d+(\\.\\d+)?%");

  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final CellStyle bold;
  private final CellStyle title;
  private final CellStyle percent;
  private final CellStyle group;
  private final CellStyle centred;
  private final CellStyle framedText;
  private final Set<String> sheetNames = new HashSet<>();

  private WorkbookRenderer() {
    Font b = wb.createFont();
    b.setBold(true);
    bold = wb.createCellStyle();
    bold.setFont(b);
    bold.setBorderBottom(BorderStyle.THIN);
    Font t = wb.createFont();
    t.setBold(true);
    t.setFontHeightInPoints((short) 14);
    title = wb.createCellStyle();
    title.setFont(t);
    title.setAlignment(HorizontalAlignment.CENTER);
    percent = wb.createCellStyle();
    percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
    group = wb.createCellStyle();
    group.setFont(b);
    centred = wb.createCellStyle();
    centred.setAlignment(HorizontalAlignment.CENTER);
    CellStyles.framed(centred);
    framedText = CellStyles.framed(wb.createCellStyle());
    CellStyles.framed(group);
  }

  /** A workbook of plain tables, one a sheet: {@code name → (header, rows)}, in order. */
  static byte[] tables(Map<String, Document.Table> sheets) {
    WorkbookRenderer r = new WorkbookRenderer();
    sheets.forEach((name, t) -> r.table(r.sheet(name), t));
    return r.bytes();
  }

  private byte[] bytes() {
    try (XSSFWorkbook w = wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      w.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The workbook of a report: 附件 2 first, then a sheet per table of {@code doc}. */
  static byte[] render(ReportModel f, Document doc, Lang lang) {
    WorkbookRenderer r = new WorkbookRenderer();
    r.annex2(f.result(), lang);
    if (f.result().scoredFromRecords()) {
      r.scorecards(f.result(), lang);
    }
    r.tables(doc);
    try (XSSFWorkbook wb = r.wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Sheet sheet(String name) {
    String safe = WorkbookUtil.createSafeSheetName(name.length() > 28 ? name.substring(0, 28)
        : name);
    String unique = safe;
    for (int i = 2; !sheetNames.add(unique); i++) {
      unique = (safe.length() > 26 ? safe.substring(0, 26) : safe) + " " + i;
    }
    Sheet s = wb.createSheet(unique);
    s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    s.setFitToPage(true);
    s.getPrintSetup().setFitWidth((short) 1);
    s.getPrintSetup().setFitHeight((short) 0);
    return s;
  }

  /**
   * 附件 2: the score table by tier groups, as the report prints it — inactive alliances without a
   * score, as published (their totals are on the scorecards sheet when scored from records).
   */
  private void annex2(EvaluationResult result, Lang lang) {
    Sheet s = sheet(lang.text("sheet.scores.name"));
    int r = 0;
    Cell t = s.createRow(r).createCell(0);
    t.setCellValue(lang.text("sheet.scores.title", result.year()));
    t.setCellStyle(title);
    s.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
    r++;
    Row h = s.createRow(r);
    List<String> header = List.of(lang.text("col.no"), lang.text("col.alliance"),
        lang.text("sheet.col.code"), lang.text("sheet.col.score"));
    for (int i = 0; i < header.size(); i++) {
      Cell c = h.createCell(i);
      c.setCellValue(header.get(i));
      c.setCellStyle(bold);
    }
    s.createFreezePane(0, r + 1);
    r++;
    for (Tier tier : Tier.values()) {
      List<Participant> ps = result.participants(tier);
      if (ps.isEmpty()) {
        continue;
      }
      Cell g = s.createRow(r).createCell(0);
      g.setCellValue(lang.text("sheet.scores.tier", tier.chineseLabel(),
          tier.englishLabel(), ps.size()));
      g.setCellStyle(group);
      s.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
      r++;
      for (Participant p : ps) {
        Row row = s.createRow(r++);
        Cell no = row.createCell(0);
        no.setCellStyle(centred);
        if (p.rank().isPresent()) {
          no.setCellValue(p.rank().getAsInt());
        }
        Cell name = row.createCell(1);
        name.setCellValue(p.alliance().name());
        name.setCellStyle(framedText);
        Cell code = row.createCell(2);
        code.setCellValue(p.code().toString());
        code.setCellStyle(centred);
        Cell score = row.createCell(3);
        score.setCellStyle(centred);
        if (p.roundedTotal().isPresent() && tier != Tier.INACTIVE) {
          score.setCellValue(p.roundedTotal().getAsInt());
        }
      }
    }
    s.createRow(r).createCell(0).setCellValue(lang.text("sheet.scores.footnote"));
    s.setColumnWidth(0, 8 * 256);
    s.setColumnWidth(1, 44 * 256);
    s.setColumnWidth(2, 10 * 256);
    s.setColumnWidth(3, 10 * 256);
  }

  /**
   * The scorecards: one row per participant in result order, with its 20 indicator points, the
   * group subtotals, the total and the tier.
   */
  private void scorecards(EvaluationResult result, Lang lang) {
    IndicatorSystem system = result.indicatorSystem();
    List<String> header = new ArrayList<>(List.of(lang.text("col.code"),
        lang.text("col.alliance")));
    system.indicators().forEach(i -> header.add(i.id() + " " + lang.pick(i.chineseName(),
        i.englishName())));
    system.groups().forEach(g -> header.add(g.id() + " " + lang.pick(g.chineseName(),
        g.englishName())));
    header.add(lang.text("sheet.col.total"));
    header.add(lang.text("sheet.col.tier"));
    List<List<String>> rows = new ArrayList<>();
    for (Participant p : result.participants()) {
      Scorecard card = p.scorecard().orElseThrow();
      List<String> row = new ArrayList<>(List.of(p.code().toString(),
          p.alliance().name()));
      system.indicators().forEach(i -> row.add(card.points(i.id()).toString()));
      system.groups().forEach(g -> row.add(card.subtotal(g.id()).toString()));
      row.add(card.total().toString());
      row.add(lang.pick(p.tier().chineseLabel(), p.tier().englishLabel()));
      rows.add(row);
    }
    table(sheet(lang.text("sheet.scorecards.name")), new Document.Table(
        header.stream().map(Document.Column::text).toList(), rows));
  }

  /** A sheet per table, named after the heading above it. */
  private void tables(Document doc) {
    String heading = "Table";
    for (Document.Block b : doc.blocks()) {
      if (b instanceof Document.Heading) {
        heading = ((Document.Heading) b).text();
      } else if (b instanceof Document.Table) {
        table(sheet(heading), (Document.Table) b);
      }
    }
  }

  private void table(Sheet s, Document.Table t) {
    int[] widths = new int[t.header().size()];
    Row h = s.createRow(0);
    for (int i = 0; i < t.header().size(); i++) {
      Cell c = h.createCell(i);
      c.setCellValue(t.header().get(i));
      c.setCellStyle(bold);
      widths[i] = width(t.header().get(i));
    }
    s.createFreezePane(0, 1);
    boolean[] codes = new boolean[t.header().size()];
    for (int i = 0; i < codes.length; i++) {
      // codes are identifiers: text, whatever they look like
      codes[i] = Headers.canonical(t.header().get(i)).equals("code");
    }
    int r = 1;
    for (List<String> values : t.rows()) {
      Row row = s.createRow(r++);
      for (int i = 0; i < values.size(); i++) {
        if (i < codes.length && codes[i]) {
          row.createCell(i).setCellValue(values.get(i));
        } else {
          cell(row.createCell(i), values.get(i));
        }
        widths[i] = Math.max(widths[i], width(values.get(i)));
      }
    }
    for (int i = 0; i < widths.length; i++) {
      s.setColumnWidth(i, Math.min(60, Math.max(6, widths[i] + 2)) * 256);
    }
  }

  /** A number as a number, a percentage as a number with a percent format, anything else text. */
  private void cell(Cell c, String text) {
    if (NUMBER.matcher(text).matches()) {
      c.setCellValue(new BigDecimal(text).doubleValue());
    } else if (PERCENT.matcher(text).matches()) {
      c.setCellValue(new BigDecimal(text.substring(0, text.length() - 1)).movePointLeft(2)
          .doubleValue());
      c.setCellStyle(percent);
    } else {
      c.setCellValue(text); // a text cell: never a formula, whatever it starts with
    }
  }

  /** Display width in characters: CJK characters count double. */
  private static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); i++) {
      w += Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN
          || text.charAt(i) > 0x3000 ? 2 : 1;
    }
    return w;
  }
}
