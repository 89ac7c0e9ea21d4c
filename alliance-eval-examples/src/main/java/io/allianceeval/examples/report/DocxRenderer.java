package io.allianceeval.examples.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A report as a Word document (.docx) that opens in Word, WPS and LibreOffice: headings in real
 * Word heading styles ({@code Heading1}…, with outline levels, so the navigation pane and a table
 * of contents find them), numbered as the report numbers them (一、二、…, in their text),
 * paragraphs, the report's tables, and its charts as native Word charts whose text the office can
 * edit. A4 with 2.5 cm margins.
 */
final class DocxRenderer {

  private static final String CJK_FONT = "宋体";
  private static final String LATIN_FONT = "Times New Roman";
  /** A4 width and 2.5 cm margins, in twentieths of a point. */
  private static final int PAGE_WIDTH = 11906;
  private static final int MARGIN = 1418;
  static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

  private final XWPFDocument doc = new XWPFDocument();

  private DocxRenderer() {
    styles();
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margin = sect.addNewPgMar();
    BigInteger m = BigInteger.valueOf(MARGIN);
    margin.setTop(m);
    margin.setBottom(m);
    margin.setLeft(m);
    margin.setRight(m);
  }

  /** The document's bytes. */
  static byte[] render(Document report) {
    DocxRenderer r = new DocxRenderer();
    for (Document.Block b : report.blocks()) {
      if (b instanceof Document.Heading h) {
        r.heading(h.level(), h.text());
      } else if (b instanceof Document.Paragraph p) {
        r.paragraph(p.text());
      } else if (b instanceof Document.Table t) {
        r.table(t);
      } else if (b instanceof Document.Chart c) {
        new DocxCharts(r.doc).chart(c);
      }
    }
    try (XWPFDocument d = r.doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      d.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Heading 1–3 and the title, as Word's built-in heading styles are defined. */
  private void styles() {
    XWPFStyles styles = doc.createStyles();
    int[] sizes = {36, 32, 28, 24}; // half-points: 18, 16, 14, 12 pt
    for (int level = 1; level <= 4; level++) {
      CTStyle ct = CTStyle.Factory.newInstance();
      ct.setStyleId("Heading" + level);
      ct.setType(STStyleType.PARAGRAPH);
      ct.addNewName().setVal("heading " + level);
      ct.addNewBasedOn().setVal("Normal");
      ct.addNewNext().setVal("Normal");
      ct.addNewUiPriority().setVal(BigInteger.valueOf(9));
      ct.addNewQFormat();
      ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
      ct.getPPr().addNewKeepNext();
      ct.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 240 : 200));
      CTRPr rpr = ct.addNewRPr();
      rpr.addNewB();
      rpr.addNewSz().setVal(BigInteger.valueOf(sizes[level - 1]));
      CTFonts fonts = rpr.addNewRFonts();
      fonts.setEastAsia("黑体");
      fonts.setAscii("Arial");
      fonts.setHAnsi("Arial");
      styles.addStyle(new XWPFStyle(ct));
    }
  }

  private void heading(int level, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle("Heading" + Math.min(4, Math.max(1, level)));
    if (level == 1) {
      p.setAlignment(ParagraphAlignment.CENTER);
    }
    run(p).setText(text);
  }

  private void paragraph(String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setFirstLineIndent(480); // two characters
    p.setSpacingAfter(120);
    run(p).setText(text);
  }

  static XWPFRun run(XWPFParagraph p) {
    XWPFRun r = p.createRun();
    r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
    r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
    r.setFontFamily(CJK_FONT, XWPFRun.FontCharRange.eastAsia);
    return r;
  }

  private void table(Document.Table t) {
    XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
    table.setWidth(TEXT_WIDTH);
    int[] widths = ColumnWidths.split(t, TEXT_WIDTH);
    CTTblGrid grid = table.getCTTbl().getTblGrid() != null
        ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    fill(table.getRow(0), t.header(), null, true, widths);
    for (int r = 0; r < t.rows().size(); r++) {
      fill(table.getRow(r + 1), t.rows().get(r), t.columns(), false, widths);
    }
    table.getRow(0).setRepeatHeader(true);
    doc.createParagraph();
  }

  static void fill(XWPFTableRow row, List<String> values,
      List<Document.Column> columns, boolean header, int[] widths) {
    for (int i = 0; i < values.size(); i++) {
      row.getCell(i).setWidth(Integer.toString(widths[i]));
      XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
      if (header) {
        p.setAlignment(ParagraphAlignment.CENTER);
      } else if (columns != null && columns.get(i).isNumber()) {
        p.setAlignment(ParagraphAlignment.RIGHT);
      }
      XWPFRun r = run(p);
      r.setFontSize(9);
      r.setBold(header);
      r.setText(values.get(i));
    }
  }


}
