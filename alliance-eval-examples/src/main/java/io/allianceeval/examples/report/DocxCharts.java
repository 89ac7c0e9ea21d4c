package io.allianceeval.examples.report;

import java.awt.Color;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTErrBars;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrBarType;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrValType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * The report's charts in a Word document, for {@link DocxRenderer}: pies and bars as native Word
 * charts whose text the office can edit (bars with error bars where the series have intervals),
 * rank intervals as floating stacked bars, and a heat map as a table of shaded cells.
 */
final class DocxCharts {

  private final XWPFDocument doc;

  DocxCharts(XWPFDocument doc) {
    this.doc = doc;
  }

  void chart(Document.Chart c) {
    ChartSpec spec = c.spec();
    if (spec.kind() == ChartSpec.Kind.HEATMAP) {
      heatmap(c);
      return;
    }
    try {
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(ParagraphAlignment.CENTER);
      boolean wide = spec.kind() != ChartSpec.Kind.PIE && spec.categories().size() > 4;
      XWPFChart chart = doc.createChart(DocxRenderer.run(p), Units.toEMU(wide ? 430 : 340),
          Units.toEMU(wide ? 240 : 220));
      chart.setTitleText(spec.title());
      chart.setTitleOverlay(false);
      chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
      XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(
          spec.categories().toArray(new String[0]));
      if (spec.kind() == ChartSpec.Kind.PIE) {
        XDDFChartData data = chart.createData(ChartTypes.PIE, null, null);
        data.setVaryColors(true);
        ChartSpec.Series s = spec.series().get(0);
        XDDFChartData.Series series = data.addSeries(categories, numbers(s.values()));
        series.setTitle(s.name(), null);
        for (int i = 0; i < spec.categories().size(); i++) {
          series.getDataPoint(i).setFillProperties(fill(s.colors().get(i % s.colors().size())));
        }
        chart.plot(data);
      } else {
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(spec.valueAxis());
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        if (spec.kind() == ChartSpec.Kind.RANK_INTERVAL) {
          rankIntervals(spec, categories, data, x, y);
        } else {
          if (spec.kind() == ChartSpec.Kind.STACKED_BAR) {
            data.setBarGrouping(BarGrouping.STACKED);
            data.setOverlap((byte) 100);
          }
          for (ChartSpec.Series s : spec.series()) {
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories,
                numbers(s.values().stream().map(v -> v.isNaN() ? 0 : v).toList()));
            series.setTitle(s.name(), null);
            series.setFillProperties(fill(s.colors().get(0)));
            if (s.hasIntervals()) {
              errorBars(series.getCTBarSer(), s);
            }
          }
        }
        chart.plot(data);
      }
      XWPFParagraph caption = doc.createParagraph();
      caption.setAlignment(ParagraphAlignment.CENTER);
      XWPFRun r = DocxRenderer.run(caption);
      r.setFontSize(9);
      r.setText(c.caption());
    } catch (IOException | InvalidFormatException e) {
      throw new IllegalStateException("cannot add the chart '" + spec.title() + "': " + e, e);
    }
  }

  /**
   * Rank intervals as floating bars: an unfilled bar from 0 to half a rank above the low, stacked
   * under a filled one to half a rank below the high; rank 1 at the top.
   */
  private static void rankIntervals(ChartSpec spec, XDDFDataSource<String> categories,
      XDDFBarChartData data, XDDFCategoryAxis x, XDDFValueAxis y) {
    ChartSpec.Series s = spec.series().get(0);
    data.setBarGrouping(BarGrouping.STACKED);
    data.setOverlap((byte) 100);
    y.setOrientation(AxisOrientation.MAX_MIN);
    x.setCrosses(AxisCrosses.MAX); // the codes at the bottom, under the last rank
    List<Double> base = s.lows().stream().map(l -> l - 0.5).toList();
    List<Double> span = new ArrayList<>();
    for (int i = 0; i < s.lows().size(); i++) {
      span.add(s.highs().get(i) - s.lows().get(i) + 1);
    }
    XDDFChartData.Series hidden = data.addSeries(categories, numbers(base));
    hidden.setTitle(" ", null);
    hidden.setFillProperties(new XDDFNoFillProperties());
    XDDFChartData.Series shown = data.addSeries(categories, numbers(span));
    shown.setTitle(s.name(), null);
    shown.setFillProperties(fill(s.colors().get(0)));
  }

  /**
   * Whiskers from each value's low to its high, written into the series' XML: POI's own error
   * bars cannot set their type on a new element.
   */
  private static void errorBars(CTBarSer ser, ChartSpec.Series s) {
    List<Double> plus = new ArrayList<>();
    List<Double> minus = new ArrayList<>();
    for (int i = 0; i < s.values().size(); i++) {
      double v = s.values().get(i);
      boolean none = Double.isNaN(v) || s.lows().get(i).isNaN();
      plus.add(none ? 0 : Math.max(0, s.highs().get(i) - v));
      minus.add(none ? 0 : Math.max(0, v - s.lows().get(i)));
    }
    CTErrBars bars = ser.addNewErrBars();
    bars.addNewErrBarType().setVal(STErrBarType.BOTH);
    bars.addNewErrValType().setVal(STErrValType.CUST);
    bars.addNewNoEndCap().setVal(false);
    literal(bars.addNewPlus().addNewNumLit(), plus);
    literal(bars.addNewMinus().addNewNumLit(), minus);
  }

  private static void literal(CTNumData data, List<Double> values) {
    data.addNewPtCount().setVal(values.size());
    for (int i = 0; i < values.size(); i++) {
      CTNumVal pt = data.addNewPt();
      pt.setIdx(i);
      pt.setV(String.valueOf(values.get(i)));
    }
  }

  /**
   * A heat map as a table: the row and column labels, and each cell shaded from blue (−1)
   * through white to red (1) with its value.
   */
  private void heatmap(Document.Chart c) {
    ChartSpec spec = c.spec();
    int n = spec.categories().size();
    XWPFParagraph title = doc.createParagraph();
    title.setAlignment(ParagraphAlignment.CENTER);
    XWPFRun t = DocxRenderer.run(title);
    t.setBold(true);
    t.setText(spec.title());
    XWPFTable table = doc.createTable(n + 1, n + 1);
    table.setWidth(DocxRenderer.TEXT_WIDTH);
    table.setCellMargins(0, 15, 0, 15);
    int width = DocxRenderer.TEXT_WIDTH / (n + 1);
    CTTblGrid grid = table.getCTTbl().getTblGrid() != null
        ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int j = 0; j <= n; j++) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= n; j++) {
        double r = i > 0 && j > 0 ? spec.series().get(i - 1).values().get(j - 1) : Double.NaN;
        String text = i == 0 && j == 0 ? "" : i == 0 ? spec.categories().get(j - 1)
            : j == 0 ? spec.categories().get(i - 1)
            : IntervalCharts.cellLabel(r);
        XWPFTableCell cell = table.getRow(i).getCell(j);
        cell.setWidth(Integer.toString(width));
        if (i > 0 && j > 0) {
          Color color = Double.isNaN(r) ? new Color(0xeeeeee) : IntervalCharts.color(r);
          cell.setColor(String.format("%06X", color.getRGB() & 0xffffff));
        }
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = DocxRenderer.run(p);
        run.setFontSize(6);
        run.setBold(i == 0 || j == 0);
        if (!Double.isNaN(r) && Math.abs(r) >= 0.6) {
          run.setColor("FFFFFF");
        }
        run.setText(text);
      }
    }
    XWPFParagraph caption = doc.createParagraph();
    caption.setAlignment(ParagraphAlignment.CENTER);
    XWPFRun r = DocxRenderer.run(caption);
    r.setFontSize(9);
    r.setText(c.caption() + " (" + spec.valueAxis() + ")");
  }

  private static XDDFNumericalDataSource<Double> numbers(List<Double> values) {
    return XDDFDataSourcesFactory.fromArray(values.toArray(new Double[0]));
  }

  private static XDDFSolidFillProperties fill(Color color) {
    return new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) color.getRed(),
        (byte) color.getGreen(), (byte) color.getBlue()}));
  }
}
