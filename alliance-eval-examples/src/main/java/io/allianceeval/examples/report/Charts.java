package io.allianceeval.examples.report;

import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's charts as data ({@link ChartSpec}): the tiers of the participants and of all
 * alliances, the tiers by batch, each pilot batch's distribution and shares, each tier's pilots by
 * batch, and the points lost per indicator. Colours are fixed per tier; percentages in the labels
 * are the report's own, rounded as {@code --rounding} says.
 */
final class Charts {

  /** Colours of HIGH, FAIRLY_HIGH, AVERAGE, INACTIVE, and of non-participants. */
  static final Color[] TIER_COLORS = {
    new Color(0x1b7837), new Color(0x7fbf7b), new Color(0xf1a340), new Color(0xd7301f),
    new Color(0xaaaaaa)
  };
  private static final Color[] BATCH_COLORS = {
    new Color(0x2166ac), new Color(0x67a9cf), new Color(0xd1e5f0)
  };

  private final Lang lang;

  private Charts(Lang lang) {
    this.lang = lang;
  }

  static Charts forLang(Lang lang) {
    return new Charts(lang);
  }

  private static String label(String name, BigDecimal percent) {
    return name + " " + (percent == null ? "—" : percent.toPlainString() + "%");
  }

  private static ChartSpec pie(String title, List<String> labels, List<Double> values,
      List<Color> colors) {
    return new ChartSpec(ChartSpec.Kind.PIE, title, labels,
        List.of(new ChartSpec.Series(title, values, colors)), "");
  }

  /** The four tiers' shares of the participants. */
  ChartSpec tiersOfParticipants(ReportModel f) {
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<Color> colors = new ArrayList<>();
    for (Tier t : Tier.values()) {
      labels.add(label(lang.tier(t), f.tier(t).ofParticipants()));
      values.add((double) f.tier(t).count());
      colors.add(TIER_COLORS[t.ordinal()]);
    }
    return pie(lang.text("chart.tiersOfParticipants"), labels, values, colors);
  }

  /** The tiers and the non-participants of all alliances. */
  ChartSpec tiersOfPopulation(ReportModel f) {
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Tier t : Tier.values()) {
      labels.add(label(lang.tier(t), f.tier(t).ofPopulation()));
      values.add((double) f.tier(t).count());
    }
    labels.add(label(lang.text("chart.notEvaluated"), f.nonParticipantsOfPopulation()));
    values.add((double) f.totals().nonParticipants());
    return pie(lang.text("chart.population"), labels, values,
        List.of(TIER_COLORS));
  }

  /** The tiers of every batch, stacked, with the non-participants. */
  ChartSpec tiersByBatch(ReportModel f) {
    List<String> batches = new ArrayList<>();
    for (Batch b : Batch.values()) {
      batches.add(lang.batchShort(b));
    }
    List<ChartSpec.Series> series = new ArrayList<>();
    for (Tier t : Tier.values()) {
      List<Double> v = new ArrayList<>();
      for (Batch b : Batch.values()) {
        v.add((double) f.tier(t).byBatch().get(b));
      }
      series.add(new ChartSpec.Series(lang.tier(t), v, List.of(TIER_COLORS[t.ordinal()])));
    }
    List<Double> not = new ArrayList<>();
    for (Batch b : Batch.values()) {
      not.add((double) f.batch(b).nonParticipants());
    }
    series.add(new ChartSpec.Series(lang.text("chart.notEvaluated"), not,
        List.of(TIER_COLORS[4])));
    return new ChartSpec(ChartSpec.Kind.STACKED_BAR, lang.text("chart.tiersByBatch"), batches, series, lang.text("chart.axis.alliances"));
  }

  /** One batch's participants by tier, as counts. */
  ChartSpec batchDistribution(ReportModel f, Batch batch) {
    List<String> tiers = new ArrayList<>();
    List<ChartSpec.Series> series = new ArrayList<>();
    for (Tier t : Tier.values()) {
      tiers.add(lang.tier(t));
    }
    for (Tier t : Tier.values()) {
      List<Double> v = new ArrayList<>();
      for (Tier u : Tier.values()) {
        v.add(u == t ? (double) f.tier(t).byBatch().get(batch) : 0d);
      }
      series.add(new ChartSpec.Series(lang.tier(t), v, List.of(TIER_COLORS[t.ordinal()])));
    }
    return new ChartSpec(ChartSpec.Kind.STACKED_BAR, lang.text("chart.batchDistribution",
        lang.batch(batch)), tiers, series, lang.text("chart.axis.alliances"));
  }

  /** One batch's tiers as shares of its participants. */
  ChartSpec batchShares(ReportModel f, Batch batch, List<BigDecimal> percents) {
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Tier t : Tier.values()) {
      labels.add(label(lang.tier(t), percents.get(t.ordinal())));
      values.add((double) f.tier(t).byBatch().get(batch));
    }
    return pie(lang.text("chart.batchShares", lang.batch(batch)), labels, values,
        List.of(TIER_COLORS).subList(0, 4));
  }

  /** One tier's pilots by batch ("活跃度高的试点联盟共33个，三批各占比"). */
  ChartSpec tierPilotsByBatch(ReportModel f, Tier tier, List<BigDecimal> percents, int pilots) {
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Batch b : List.of(Batch.FIRST, Batch.SECOND, Batch.THIRD)) {
      labels.add(label(lang.batchShort(b), percents.get(b.ordinal())));
      values.add((double) f.tier(tier).byBatch().get(b));
    }
    return pie(lang.text("chart.tierPilots", lang.tier(tier), pilots), labels, values,
        List.of(BATCH_COLORS));
  }

  /** Mean points lost per indicator, by tier. */
  ChartSpec losses(List<String> indicators, List<Tier> tiers, List<List<Double>> values,
      String title) {
    List<ChartSpec.Series> series = new ArrayList<>();
    for (int t = 0; t < tiers.size(); t++) {
      series.add(new ChartSpec.Series(lang.tier(tiers.get(t)), values.get(t),
          List.of(TIER_COLORS[tiers.get(t).ordinal()])));
    }
    return new ChartSpec(ChartSpec.Kind.BAR, title, indicators, series, lang.text("chart.axis.points"));
  }
}
