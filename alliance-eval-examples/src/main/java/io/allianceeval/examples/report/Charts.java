package io.allianceeval.examples.report;

import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The report's charts, drawn with JFreeChart into SVG by JFreeSVG, so that every label stays text
 * ({@code <text>} elements) that a browser or Word renders with the reader's own fonts: no Chinese
 * font is needed where the report is generated. Colours are fixed per tier; percentages on the
 * charts are the report's own, rounded as {@code --rounding} says.
 */
final class Charts {

  /** Colours of HIGH, FAIRLY_HIGH, AVERAGE, INACTIVE, and of non-participants. */
  private static final Color[] TIER_COLORS = {
    new Color(0x1b7837), new Color(0x7fbf7b), new Color(0xf1a340), new Color(0xd7301f),
    new Color(0xaaaaaa)
  };
  /** CSS font families, unquoted (valid CSS) so that they sit inside JFreeSVG's quoted style. */
  private static final String FONTS = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, "
      + "PingFang SC, WenQuanYi Micro Hei, SimHei, sans-serif";
  private static final AtomicInteger IDS = new AtomicInteger();

  private final Lang lang;
  private final Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  private Charts(Lang lang) {
    this.lang = lang;
  }

  static Charts forLang(Lang lang) {
    return new Charts(lang);
  }

  private static String label(String name, BigDecimal percent) {
    return name + " " + (percent == null ? "—" : percent.toPlainString() + "%");
  }

  /** The four tiers' shares of the participants. */
  String tiersOfParticipants(ReportFigures f) {
    DefaultPieDataset<String> d = new DefaultPieDataset<>();
    int i = 0;
    Color[] colors = new Color[Tier.values().length];
    for (Tier t : Tier.values()) {
      d.setValue(label(lang.tier(t), f.tier(t).ofParticipants()), f.tier(t).count());
      colors[i++] = TIER_COLORS[t.ordinal()];
    }
    return pie(lang.pick("参评联盟中四档各占比例", "Tiers among participants"), d, colors);
  }

  /** The tiers and the non-participants of all alliances. */
  String tiersOfPopulation(ReportFigures f) {
    DefaultPieDataset<String> d = new DefaultPieDataset<>();
    for (Tier t : Tier.values()) {
      d.setValue(label(lang.tier(t), f.tier(t).ofPopulation()), f.tier(t).count());
    }
    d.setValue(label(lang.pick("未参评", "Not evaluated"), f.nonParticipantsOfPopulation()),
        f.distribution().nonParticipants());
    return pie(lang.pick("联盟总体情况分布比例", "All alliances"), d, TIER_COLORS);
  }

  /** The tiers of every batch, stacked, with the non-participants. */
  String tiersByBatch(ReportFigures f) {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    for (Tier t : Tier.values()) {
      for (Batch b : Batch.values()) {
        d.addValue(f.tier(t).byBatch().get(b), lang.tier(t), lang.batchShort(b));
      }
    }
    for (Batch b : Batch.values()) {
      d.addValue(f.batch(b).nonParticipants(), lang.pick("未参评", "Not evaluated"),
          lang.batchShort(b));
    }
    JFreeChart chart = ChartFactory.createStackedBarChart(
        lang.pick("各批次联盟活跃度分布", "Tiers by batch"), null, lang.pick("联盟数", "Alliances"), d,
        PlotOrientation.VERTICAL, true, false, false);
    return bar(chart, TIER_COLORS, 720, 400);
  }

  /** One batch's participants by tier, as counts. */
  String batchDistribution(ReportFigures f, Batch batch) {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    for (Tier t : Tier.values()) {
      d.addValue(f.tier(t).byBatch().get(batch), lang.tier(t), lang.tier(t));
    }
    JFreeChart chart = ChartFactory.createStackedBarChart(
        lang.batch(batch) + lang.pick("活跃度分布", ": tiers"), null,
        lang.pick("联盟数", "Alliances"), d, PlotOrientation.VERTICAL, false, false, false);
    return bar(chart, TIER_COLORS, 480, 320);
  }

  /** One batch's tiers as shares of its participants. */
  String batchShares(ReportFigures f, Batch batch, List<BigDecimal> percents) {
    DefaultPieDataset<String> d = new DefaultPieDataset<>();
    for (Tier t : Tier.values()) {
      d.setValue(label(lang.tier(t), percents.get(t.ordinal())), f.tier(t).byBatch().get(batch));
    }
    return pie(lang.batch(batch) + lang.pick("各档占比", ": shares of tiers"), d, TIER_COLORS);
  }

  /** One tier's pilots by batch ("活跃度高的试点联盟共33个，三批各占比"). */
  String tierPilotsByBatch(ReportFigures f, Tier tier, List<BigDecimal> percents, int pilots) {
    DefaultPieDataset<String> d = new DefaultPieDataset<>();
    List<Batch> pilotBatches = List.of(Batch.FIRST, Batch.SECOND, Batch.THIRD);
    Color[] colors = {new Color(0x2166ac), new Color(0x67a9cf), new Color(0xd1e5f0)};
    for (Batch b : pilotBatches) {
      d.setValue(label(lang.batchShort(b), percents.get(b.ordinal())),
          f.tier(tier).byBatch().get(b));
    }
    return pie(lang.pick(lang.tier(tier) + "的试点联盟共 " + pilots + " 家，三批各占比",
        lang.tier(tier) + " pilots (" + pilots + ") by batch"), d, colors);
  }

  /** Mean points lost per indicator, by tier. */
  String losses(List<String> indicators, List<Tier> tiers, List<List<Double>> values,
      String title) {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    for (int t = 0; t < tiers.size(); t++) {
      for (int i = 0; i < indicators.size(); i++) {
        d.addValue(values.get(t).get(i), lang.tier(tiers.get(t)), indicators.get(i));
      }
    }
    JFreeChart chart = ChartFactory.createBarChart(title, null, lang.pick("分", "points"), d,
        PlotOrientation.VERTICAL, true, false, false);
    Color[] colors = tiers.stream().map(t -> TIER_COLORS[t.ordinal()]).toArray(Color[]::new);
    return bar(chart, colors, 900, 400);
  }

  private String pie(String title, DefaultPieDataset<String> d, Color[] colors) {
    JFreeChart chart = ChartFactory.createPieChart(title, d, true, false, false);
    @SuppressWarnings("unchecked")
    PiePlot<String> plot = (PiePlot<String>) chart.getPlot();
    List<String> keys = d.getKeys();
    for (int i = 0; i < keys.size(); i++) {
      plot.setSectionPaint(keys.get(i), colors[i % colors.length]);
    }
    plot.setLabelGenerator(null); // the legend carries the names and the report's percentages
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setShadowPaint(null);
    style(chart);
    return svg(chart, 480, 360);
  }

  private String bar(JFreeChart chart, Color[] colors, int width, int height) {
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    for (int i = 0; i < colors.length; i++) {
      renderer.setSeriesPaint(i, colors[i]);
    }
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    CategoryAxis domain = plot.getDomainAxis();
    domain.setTickLabelFont(font);
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    range.setTickLabelFont(font);
    range.setLabelFont(font);
    style(chart);
    return svg(chart, width, height);
  }

  private void style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(font.deriveFont(Font.BOLD, 14f));
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(font);
      legend.setFrame(BlockBorder.NONE);
    }
    if (chart.getPlot() instanceof PiePlot<?> pie) {
      pie.setLegendLabelGenerator(new StandardPieSectionLabelGenerator("{0}"));
    }
  }

  /** The chart as an {@code <svg>} element; ids are unique, so many can share one page. */
  private static String svg(JFreeChart chart, int width, int height) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix("c" + IDS.incrementAndGet() + "_");
    g2.setFontFunction(family -> FONTS);
    chart.draw(g2, new Rectangle(0, 0, width, height));
    return g2.getSVGElement();
  }

}
