package io.allianceeval.examples.report;

import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/**
 * The report's charts, drawn with XChart as PNG: the four tiers' shares of the participants, the
 * tiers and non-participants of all alliances, and the tiers per batch.
 *
 * <p>Chart text is drawn with a font of this machine. Where no installed font has Chinese glyphs,
 * Chinese charts are labelled in English and {@link #fallbackNote} says so, rather than drawing
 * empty boxes.
 */
final class Charts {

  private static final Color[] TIER_COLORS = {
    new Color(0x1b7837), new Color(0x7fbf7b), new Color(0xf1a340), new Color(0xd7301f),
    new Color(0xaaaaaa)
  };
  private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC",
      "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Source Han Sans SC", "Microsoft YaHei",
      "PingFang SC", "SimHei", "AR PL UMing CN");

  private final Lang labels;
  private final Font font;
  private final boolean fellBack;

  private Charts(Lang requested) {
    String sample = "活跃度高较一般不参评第一二三批试点协发网网员联盟数";
    Optional<String> family = requested == Lang.ZH ? chineseFamily(sample) : Optional.empty();
    if (requested == Lang.ZH && family.isEmpty()) {
      this.labels = Lang.EN;
      this.fellBack = true;
    } else {
      this.labels = requested;
      this.fellBack = false;
    }
    this.font = new Font(family.orElse(Font.SANS_SERIF), Font.PLAIN, 12);
  }

  static Charts forLang(Lang lang) {
    return new Charts(lang);
  }

  /** A note for the page when Chinese chart labels could not be drawn; empty otherwise. */
  Optional<String> fallbackNote() {
    return fellBack
        ? Optional.of("图中文字为英文：本机没有可显示中文的字体。")
        : Optional.empty();
  }

  private static Optional<String> chineseFamily(String sample) {
    List<String> families =
        Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    List<String> candidates = new ArrayList<>(PREFERRED);
    candidates.addAll(families);
    for (String f : candidates) {
      if (families.contains(f) && new Font(f, Font.PLAIN, 12).canDisplayUpTo(sample) == -1) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  byte[] tiersOfParticipants(ReportFigures f) {
    PieChart chart = pie(labels.pick("参评联盟中四档各占比例", "Tiers among participants"));
    for (Tier t : Tier.values()) {
      chart.addSeries(label(labels.tier(t), f.tier(t).ofParticipants()), f.tier(t).count());
    }
    return png(chart);
  }

  byte[] tiersOfPopulation(ReportFigures f) {
    PieChart chart = pie(labels.pick("联盟总体情况分布比例", "All alliances"));
    for (Tier t : Tier.values()) {
      chart.addSeries(label(labels.tier(t), f.tier(t).ofPopulation()), f.tier(t).count());
    }
    chart.addSeries(label(labels.pick("未参评", "Not evaluated"), f.nonParticipantsOfPopulation()),
        f.distribution().nonParticipants());
    return png(chart);
  }

  byte[] tiersByBatch(ReportFigures f) {
    CategoryChart chart = new CategoryChartBuilder().width(720).height(400)
        .title(labels.pick("各批次联盟活跃度分布", "Tiers by batch"))
        .yAxisTitle(labels.pick("联盟数", "Alliances")).build();
    style(chart.getStyler());
    chart.getStyler().setStacked(true);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setAxisTickLabelsFont(font);
    chart.getStyler().setAxisTitleFont(font);
    List<String> batches = Arrays.stream(Batch.values()).map(labels::batchShort).toList();
    for (Tier t : Tier.values()) {
      chart.addSeries(labels.tier(t), batches,
          Arrays.stream(Batch.values()).map(b -> (Number) f.tier(t).byBatch().get(b)).toList());
    }
    chart.addSeries(labels.pick("未参评", "Not evaluated"), batches,
        Arrays.stream(Batch.values()).map(b -> (Number) f.batch(b).nonParticipants()).toList());
    return png(chart);
  }

  private PieChart pie(String title) {
    PieChart chart = new PieChartBuilder().width(480).height(360).title(title).build();
    style(chart.getStyler());
    // slices are labelled by the legend, whose percentages are the report's own (same rounding)
    chart.getStyler().setLabelsVisible(false);
    return chart;
  }

  private static String label(String name, java.math.BigDecimal percent) {
    return name + " " + (percent == null ? "—" : percent.toPlainString() + "%");
  }

  private void style(Styler s) {
    s.setChartTitleFont(font.deriveFont(Font.BOLD, 14f));
    s.setLegendFont(font);
    s.setSeriesColors(TIER_COLORS);
    s.setChartBackgroundColor(Color.WHITE);
    s.setAntiAlias(true);
  }

  private static byte[] png(Chart<?, ?> chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
