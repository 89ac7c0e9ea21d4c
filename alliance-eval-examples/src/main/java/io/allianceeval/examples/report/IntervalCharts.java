package io.allianceeval.examples.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * The charts of the uncertainty analysis and the coherence checks, for {@link SvgCharts}: rank
 * intervals (JFreeChart's interval bars with the median marked), bars with whiskers for their
 * intervals, and the heat map of a correlation matrix drawn cell by cell, its labels text.
 */
final class IntervalCharts {

  private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 9);

  private IntervalCharts() {}

  /** The width a chart of {@code categories} needs: 8 px a category, at least 640. */
  static int width(int categories) {
    return Math.max(640, 8 * categories + 120);
  }

  /** Rank intervals: a bar from each category's low to its high, a mark at its value. */
  static JFreeChart rankIntervals(ChartSpec spec, Font font) {
    ChartSpec.Series s = spec.series().get(0);
    int n = spec.categories().size();
    Number[][] starts = new Number[1][n];
    Number[][] ends = new Number[1][n];
    DefaultCategoryDataset marks = new DefaultCategoryDataset();
    for (int i = 0; i < n; i++) {
      // a rank interval is inclusive: draw from half a rank above to half a rank below
      starts[0][i] = s.lows().get(i) - 0.5;
      ends[0][i] = s.highs().get(i) + 0.5;
      marks.addValue(s.values().get(i), s.name(), spec.categories().get(i));
    }
    DefaultIntervalCategoryDataset intervals = new DefaultIntervalCategoryDataset(
        new String[] {s.name()}, spec.categories().toArray(new String[0]), starts, ends);
    CategoryAxis domain = new CategoryAxis();
    domain.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
    domain.setTickLabelFont(SMALL.deriveFont(n > 40 ? 7f : 9f));
    domain.setCategoryMargin(0.1);
    domain.setLowerMargin(0.01);
    domain.setUpperMargin(0.01);
    NumberAxis range = new NumberAxis(spec.valueAxis());
    range.setInverted(true);
    range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    range.setAutoRange(false);
    range.setRange(0.5, n + 0.5);
    range.setLabelFont(font);
    range.setTickLabelFont(font);
    IntervalBarRenderer bars = new IntervalBarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, s.colors().get(0));
    bars.setMaximumBarWidth(0.6);
    CategoryPlot plot = new CategoryPlot(intervals, domain, range, bars);
    LineAndShapeRenderer dots = new LineAndShapeRenderer(false, true);
    dots.setSeriesPaint(0, Color.WHITE);
    dots.setSeriesShape(0, new Rectangle2D.Double(-8, -1.5, 16, 3));
    plot.setDataset(1, marks);
    plot.setRenderer(1, dots);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // the marks over the bars
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    return new JFreeChart(spec.title(), font.deriveFont(Font.BOLD, 14f), plot, false);
  }

  /** A bar renderer that draws each value's interval as a whisker through the bar's centre. */
  static final class WhiskerRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;
    private final transient List<ChartSpec.Series> series;

    WhiskerRenderer(List<ChartSpec.Series> series) {
      this.series = series;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
        CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
        int row, int column, int pass) {
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column,
          pass);
      ChartSpec.Series s = series.get(row);
      int visible = state.getVisibleSeriesIndex(row);
      if (!s.hasIntervals() || visible < 0 || s.lows().get(column).isNaN()) {
        return;
      }
      double x = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, visible,
          column) + state.getBarWidth() / 2;
      double low = rangeAxis.valueToJava2D(s.lows().get(column), dataArea,
          plot.getRangeAxisEdge());
      double high = rangeAxis.valueToJava2D(s.highs().get(column), dataArea,
          plot.getRangeAxisEdge());
      double cap = Math.max(1.5, state.getBarWidth() / 4);
      g2.setPaint(Color.BLACK);
      g2.setStroke(new BasicStroke(1f));
      g2.draw(new Line2D.Double(x, low, x, high));
      g2.draw(new Line2D.Double(x - cap, low, x + cap, low));
      g2.draw(new Line2D.Double(x - cap, high, x + cap, high));
    }
  }

  /** The value axis of bars with whiskers: every value and interval end, and 0. */
  static Range span(List<ChartSpec.Series> series) {
    double low = 0;
    double high = 0;
    for (ChartSpec.Series s : series) {
      for (List<Double> values : List.of(s.values(), s.lows(), s.highs())) {
        for (double v : values) {
          if (!Double.isNaN(v)) {
            low = Math.min(low, v);
            high = Math.max(high, v);
          }
        }
      }
    }
    double margin = Math.max(0.02, (high - low) * 0.04);
    return new Range(low < 0 ? low - margin : 0, high + margin);
  }

  /** The cell size of a heat map. */
  static final int CELL = 30;
  private static final int LABELS = 44;
  private static final int TOP = 40;

  /** The size a heat map of {@code n} rows needs: {width, height}. */
  static int[] heatmapSize(int n) {
    return new int[] {LABELS + n * CELL + 20, TOP + LABELS + n * CELL + 40};
  }

  /** Draws a heat map: the title, the column labels, and each row with its label and cells. */
  static void heatmap(ChartSpec spec, Graphics2D g2, Font font) {
    int n = spec.categories().size();
    int[] size = heatmapSize(n);
    g2.setPaint(Color.WHITE);
    g2.fillRect(0, 0, size[0], size[1]);
    g2.setPaint(Color.BLACK);
    g2.setFont(font.deriveFont(Font.BOLD, 14f));
    g2.drawString(spec.title(), 10, 22);
    g2.setFont(SMALL);
    FontMetrics m = g2.getFontMetrics();
    int top = TOP + LABELS;
    for (int j = 0; j < n; j++) {
      String label = spec.categories().get(j);
      g2.drawString(label, LABELS + j * CELL + (CELL - m.stringWidth(label)) / 2, top - 6);
    }
    for (int i = 0; i < n; i++) {
      String label = spec.categories().get(i);
      int y = top + i * CELL;
      g2.setPaint(Color.BLACK);
      g2.drawString(label, LABELS - 6 - m.stringWidth(label), y + CELL / 2 + 4);
      List<Double> row = spec.series().get(i).values();
      for (int j = 0; j < n; j++) {
        double r = row.get(j);
        g2.setPaint(Double.isNaN(r) ? new Color(0xeeeeee) : color(r));
        g2.fillRect(LABELS + j * CELL, y, CELL, CELL);
        String text = cellLabel(r);
        g2.setPaint(Double.isNaN(r) || Math.abs(r) < 0.6 ? Color.BLACK : Color.WHITE);
        g2.drawString(text, LABELS + j * CELL + (CELL - m.stringWidth(text)) / 2,
            y + CELL / 2 + 4);
      }
    }
    g2.setPaint(new Color(0xcccccc));
    g2.drawRect(LABELS, top, n * CELL, n * CELL);
    g2.setPaint(Color.BLACK);
    g2.drawString(spec.valueAxis(), LABELS, top + n * CELL + 20);
  }

  /** A heat map cell's label: {@code .61}, {@code -.50}, {@code 1.00}; {@code —} for none. */
  static String cellLabel(double r) {
    return DoubleText.two(r).replace("0.", ".");
  }

  /** Blue for −1, white for 0, red for 1. */
  static Color color(double r) {
    double t = Math.max(-1, Math.min(1, r));
    Color end = t < 0 ? new Color(0x2166ac) : new Color(0xb2182b);
    double a = Math.abs(t);
    return new Color(mix(255, end.getRed(), a), mix(255, end.getGreen(), a),
        mix(255, end.getBlue(), a));
  }

  private static int mix(int from, int to, double a) {
    return (int) Math.round(from + (to - from) * a);
  }
}
