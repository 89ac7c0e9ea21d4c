package io.allianceeval.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.allianceeval.examples.report.Document.Column;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** {@link DocxRenderer}: a document as Word lays it out — heading styles, tables, native charts. */
class DocxRendererTest {

  private static XWPFDocument render(Document d) throws Exception {
    return new XWPFDocument(new ByteArrayInputStream(DocxRenderer.render(d)));
  }

  @Test
  void headings_useWordsHeadingStyles_andParagraphsKeepTheirText() throws Exception {
    Document d = new Document().heading(1, "标题").heading(2, "一、前言").paragraph("正文。");
    try (XWPFDocument doc = render(d)) {
      assertEquals("Heading1", doc.getParagraphs().get(0).getStyle());
      assertEquals("标题", doc.getParagraphs().get(0).getText());
      assertEquals("Heading2", doc.getParagraphs().get(1).getStyle());
      assertEquals("正文。", doc.getParagraphs().get(2).getText());
      var page = doc.getDocument().getBody().getSectPr().getPgSz();
      assertEquals(11906, ((java.math.BigInteger) page.getW()).intValue(), "A4: 210 mm in twips");
      assertEquals(16838, ((java.math.BigInteger) page.getH()).intValue(), "A4: 297 mm in twips");
    }
  }

  @Test
  void aTable_hasAHeaderRow_andItsNumberColumnsAlignRight() throws Exception {
    Document d = new Document().table(List.of(Column.text("联盟"), Column.number("得分")),
        List.of(List.of("高粱产业技术创新战略联盟", "80"), List.of("TD", "100")));
    try (XWPFDocument doc = render(d)) {
      XWPFTable t = doc.getTables().get(0);
      assertEquals(3, t.getNumberOfRows());
      assertEquals("联盟", t.getRow(0).getCell(0).getText());
      assertEquals("80", t.getRow(1).getCell(1).getText());
      assertEquals(ParagraphAlignment.RIGHT,
          t.getRow(1).getCell(1).getParagraphs().get(0).getAlignment());
      assertEquals(ParagraphAlignment.LEFT,
          t.getRow(1).getCell(0).getParagraphs().get(0).getAlignment());
      assertEquals(ParagraphAlignment.CENTER,
          t.getRow(0).getCell(1).getParagraphs().get(0).getAlignment(), "the header");
    }
  }

  @Test
  void aChart_isANativeWordChart_withItsCategoriesAndValues() throws Exception {
    ChartSpec spec = new ChartSpec(ChartSpec.Kind.BAR, "各批次", List.of("第一批", "第二批"),
        List.of(new ChartSpec.Series("活跃度高", List.of(17.0, 7.0), List.of(Color.RED))), "家");
    try (XWPFDocument doc = render(new Document().chart("图 1", spec))) {
      assertEquals(1, doc.getCharts().size());
      String xml = doc.getCharts().get(0).getCTChart().xmlText();
      assertEquals(true, xml.contains("第一批") && xml.contains("17.0"), xml);
    }
  }

  @Test
  void barsWithIntervals_carryCustomErrorBars_fromEachLowToEachHigh() throws Exception {
    ChartSpec spec = new ChartSpec(ChartSpec.Kind.BAR, "Sobol", List.of("1.1", "取整"),
        List.of(new ChartSpec.Series("总效应", List.of(0.25, 0.5), List.of(Color.BLUE),
            List.of(0.125, 0.25), List.of(0.5, 0.75))), "指数");
    try (XWPFDocument doc = render(new Document().chart("图", spec))) {
      var ser = doc.getCharts().get(0).getCTChart().getPlotArea().getBarChartArray(0)
          .getSerArray(0);
      var bars = ser.getErrBars();
      assertEquals("both", bars.getErrBarType().getVal().toString());
      assertEquals("cust", bars.getErrValType().getVal().toString());
      // plus = high - value, minus = value - low
      assertEquals(List.of("0.25", "0.25"), List.of(bars.getPlus().getNumLit().getPtArray(0)
          .getV(), bars.getPlus().getNumLit().getPtArray(1).getV()));
      assertEquals(List.of("0.125", "0.25"), List.of(bars.getMinus().getNumLit().getPtArray(0)
          .getV(), bars.getMinus().getNumLit().getPtArray(1).getV()));
    }
  }

  @Test
  void rankIntervals_areFloatingBars_rankOneAtTheTop() throws Exception {
    ChartSpec spec = new ChartSpec(ChartSpec.Kind.RANK_INTERVAL, "排名区间", List.of("101", "102"),
        List.of(new ChartSpec.Series("排名", List.of(1.0, 3.0), List.of(Color.BLUE),
            List.of(1.0, 2.0), List.of(2.0, 4.0))), "排名");
    try (XWPFDocument doc = render(new Document().chart("图", spec))) {
      var area = doc.getCharts().get(0).getCTChart().getPlotArea();
      var chart = area.getBarChartArray(0);
      assertEquals("stacked", chart.getGrouping().getVal().toString());
      // an unfilled base to half a rank above the low, then the interval to half below the high
      assertEquals(true, chart.getSerArray(0).getSpPr().isSetNoFill());
      var base = chart.getSerArray(0).getVal().getNumLit();
      var span = chart.getSerArray(1).getVal().getNumLit();
      assertEquals(List.of("0.5", "1.5"), List.of(base.getPtArray(0).getV(),
          base.getPtArray(1).getV()));
      assertEquals(List.of("2.0", "3.0"), List.of(span.getPtArray(0).getV(),
          span.getPtArray(1).getV()));
      assertEquals("maxMin", area.getValAxArray(0).getScaling().getOrientation().getVal()
          .toString());
    }
  }

  @Test
  void aHeatMap_isATableOfShadedCells_labelledWithTheirValues() throws Exception {
    ChartSpec spec = new ChartSpec(ChartSpec.Kind.HEATMAP, "相关", List.of("1.1", "1.2"),
        List.of(new ChartSpec.Series("1.1", List.of(1.0, -0.5), List.of(Color.WHITE)),
            new ChartSpec.Series("1.2", List.of(-0.5, Double.NaN), List.of(Color.WHITE))), "");
    try (XWPFDocument doc = render(new Document().chart("图", spec))) {
      XWPFTable t = doc.getTables().get(0);
      assertEquals(3, t.getNumberOfRows());
      assertEquals(List.of("", "1.1", "1.2"), List.of(t.getRow(0).getCell(0).getText(),
          t.getRow(0).getCell(1).getText(), t.getRow(0).getCell(2).getText()));
      assertEquals("1.00", t.getRow(1).getCell(1).getText());
      assertEquals("-.50", t.getRow(1).getCell(2).getText());
      assertEquals("—", t.getRow(2).getCell(2).getText());
      assertEquals("B2182B", t.getRow(1).getCell(1).getColor(), "r = 1: full red");
      assertEquals(String.format("%06X", IntervalCharts.color(-0.5).getRGB() & 0xffffff),
          t.getRow(1).getCell(2).getColor());
    }
  }

  @Test
  void anEmptyDocument_isAValidWordFile() throws Exception {
    try (XWPFDocument doc = render(new Document())) {
      assertEquals(0, doc.getTables().size());
      assertNull(doc.getParagraphs().isEmpty() ? null : doc.getParagraphs().get(0).getStyle());
    }
  }
}
