package io.allianceeval.examples.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link ChartSpec} with JFreeChart into SVG by JFreeSVG, so that every label stays text
 * ({@code <text>} elements) that a browser renders with the reader's own fonts: no Chinese font is
 * needed where the report is generated.
 */
final class SvgCharts {

  /** CSS font families, unquoted (valid CSS) so that they sit inside JFreeSVG's quoted style. */
  private static final String FONTS = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, "
      + "PingFang SC, WenQuanYi Micro Hei, SimHei, sans-serif";
  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  static {
    // JFreeChart draws rotated text (a value axis label) through a TextLayout unless told not to,
    // and JFreeSVG turns a TextLayout into glyph outlines of the generating machine's fonts: boxes
    // where it has no Chinese font. Rotating the graphics and drawing a string keeps it <text>.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private SvgCharts() {}

  /**
   * The chart as an {@code <svg>} element whose ids start {@code c<number>_}: give each chart of a
   * page its own number, so that many share one page, and the same page always gets the same ids.
   */
  static String svg(ChartSpec spec, int number) {
    JFreeChart chart;
    int width;
    int height;
    if (spec.kind() == ChartSpec.Kind.HEATMAP) {
      int[] size = IntervalCharts.heatmapSize(spec.categories().size());
      SVGGraphics2D g2 = graphics(size[0], size[1], number);
      IntervalCharts.heatmap(spec, g2, FONT);
      return g2.getSVGElement(null, true, new ViewBox(0, 0, size[0], size[1]), null, null);
    }
    if (spec.kind() == ChartSpec.Kind.PIE) {
      chart = pie(spec);
      width = 480;
      height = 420;
    } else if (spec.kind() == ChartSpec.Kind.RANK_INTERVAL) {
      chart = IntervalCharts.rankIntervals(spec, FONT);
      width = IntervalCharts.width(spec.categories().size());
      height = 420;
    } else {
      chart = bars(spec);
      width = spec.categories().size() > 8 ? 900 : spec.categories().size() >= 4 ? 640 : 480;
      height = spec.categories().size() > 4 ? 400 : 320;
    }
    style(chart);
    SVGGraphics2D g2 = graphics(width, height, number);
    chart.draw(g2, new Rectangle(0, 0, width, height));
    // a viewBox, so that CSS can scale the chart down to a column or an A4 page, not clip it
    return g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
  }

  private static SVGGraphics2D graphics(int width, int height, int number) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix("c" + number + "_");
    g2.setFontFunction(family -> FONTS);
    return g2;
  }

  private static JFreeChart pie(ChartSpec spec) {
    DefaultPieDataset<String> d = new DefaultPieDataset<>();
    ChartSpec.Series s = spec.series().get(0);
    for (int i = 0; i < spec.categories().size(); i++) {
      d.setValue(spec.categories().get(i), s.values().get(i));
    }
    JFreeChart chart = ChartFactory.createPieChart(spec.title(), d, true, false, false);
    @SuppressWarnings("unchecked")
    PiePlot<String> plot = (PiePlot<String>) chart.getPlot();
    for (int i = 0; i < spec.categories().size(); i++) {
      plot.setSectionPaint(spec.categories().get(i), s.colors().get(i % s.colors().size()));
    }
    plot.setLabelGenerator(null); // the legend carries the names and the report's percentages
    plot.setLegendLabelGenerator(new StandardPieSectionLabelGenerator("{0}"));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setShadowPaint(null);
    return chart;
  }

  private static JFreeChart bars(ChartSpec spec) {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    for (ChartSpec.Series s : spec.series()) {
      for (int i = 0; i < spec.categories().size(); i++) {
        d.addValue(s.values().get(i), s.name(), spec.categories().get(i));
      }
    }
    boolean stacked = spec.kind() == ChartSpec.Kind.STACKED_BAR;
    boolean legend = !stacked || !sameNames(spec);
    JFreeChart chart = stacked
        ? ChartFactory.createStackedBarChart(spec.title(), null, spec.valueAxis(), d,
            PlotOrientation.VERTICAL, legend, false, false)
        : ChartFactory.createBarChart(spec.title(), null, spec.valueAxis(), d,
            PlotOrientation.VERTICAL, legend, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    if (spec.series().stream().anyMatch(ChartSpec.Series::hasIntervals)) {
      plot.setRenderer(new IntervalCharts.WhiskerRenderer(spec.series()));
      plot.getRangeAxis().setRange(IntervalCharts.span(spec.series()));
    }
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    List<ChartSpec.Series> series = spec.series();
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, series.get(i).colors().get(0));
    }
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.getDomainAxis().setTickLabelFont(FONT);
    if (spec.categories().size() > 12
        && spec.categories().stream().anyMatch(c -> c.codePoints()
            .map(cp -> cp >= 0x2E80 ? 2 : 1).sum() > 5)) { // a Chinese character is two wide
      // many categories, some long: slanted, so that none is cut to "…"
      plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    if (stacked) {
      range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    range.setTickLabelFont(FONT);
    range.setLabelFont(FONT);
    return chart;
  }

  /** Whether the series are named as the categories (one bar per tier, coloured): no legend. */
  private static boolean sameNames(ChartSpec spec) {
    return spec.series().stream().map(ChartSpec.Series::name).toList().equals(spec.categories());
  }

  private static void style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(FONT.deriveFont(Font.BOLD, 14f));
    LegendTitle flow = chart.getLegend();
    if (flow != null) {
      // One item a line: the layout measures text with the generating machine's fonts, and a
      // reader's Chinese font is wider, so items side by side would run into each other.
      chart.removeLegend();
      LegendTitle legend = new LegendTitle(chart.getPlot(),
          new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.TOP, 0, 1),
          new ColumnArrangement());
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setItemFont(FONT);
      legend.setFrame(BlockBorder.NONE);
      legend.setBackgroundPaint(Color.WHITE);
      chart.addSubtitle(legend);
    }
  }
}
