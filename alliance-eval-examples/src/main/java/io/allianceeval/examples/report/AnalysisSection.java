package io.allianceeval.examples.report;

import io.allianceeval.examples.report.Document.Column;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 三、联盟活跃度情况分析: the overall figures, the charts (for formats that draw them) and each tier
 * with its batch breakdown, laid out from {@link ReportModel}.
 */
final class AnalysisSection implements Section {

  private final ReportModel f;
  private final Lang lang;
  private final boolean withCharts;

  AnalysisSection(ReportModel f, Lang lang, boolean withCharts) {
    this.f = f;
    this.lang = lang;
    this.withCharts = withCharts;
  }

  @Override
  public void compose(Document doc) {
    doc.heading(2, lang.text("section.analysis"));
    overall(doc);
    if (withCharts) {
      charts(doc);
    }
    tiers(doc);
  }

  /**
   * The report's charts: participants by tier, all alliances by tier, tiers by batch, for each
   * pilot batch its distribution and the shares of its tiers, and for each tier its pilots by
   * batch — 13 for 2019 (the report's 12 and the overview by batch).
   */
  private void charts(Document doc) {
    Charts charts = Charts.forLang(lang);
    doc.chart(lang.text("chart.tiersOfParticipants"),
        charts.tiersOfParticipants(f));
    doc.chart(lang.text("chart.population.caption"),
        charts.tiersOfPopulation(f));
    doc.chart(lang.text("chart.tiersByBatch"), charts.tiersByBatch(f));
    for (Batch b : List.of(Batch.FIRST, Batch.SECOND, Batch.THIRD)) {
      if (f.batch(b).participants() == 0) {
        continue;
      }
      doc.chart(lang.text("chart.batchDistribution", lang.batch(b)), charts.batchDistribution(f, b));
      doc.chart(lang.text("chart.batchShares", lang.batch(b)),
          charts.batchShares(f, b, List.copyOf(f.batch(b).tierShares().values())));
    }
    for (Tier t : Tier.values()) {
      int pilots = f.tier(t).pilots();
      if (pilots == 0) {
        continue;
      }
      List<BigDecimal> percents = List.copyOf(f.tier(t).ofTierPilots().values());
      doc.chart(lang.text("chart.tierPilots.caption", lang.tier(t)),
          charts.tierPilotsByBatch(f, t, percents, pilots));
    }
  }

  private String pct(BigDecimal p) {
    return p == null ? "—" : p.toPlainString() + "%";
  }

  private void overall(Document doc) {
    var totals = f.totals();
    doc.heading(3, lang.text("overall.heading"));
    List<String> byBatch = new ArrayList<>();
    for (Batch b : Batch.values()) {
      byBatch.add(lang.text("overall.batch", lang.batch(b), lang.batchShort(b),
          f.batch(b).participants(), f.batch(b).nonParticipants()));
    }
    doc.paragraph(lang.text("overall.participation", totals.participants(),
        totals.nonParticipants(), pct(f.nonParticipantsOfPopulation()),
        String.join(lang.text("sep.clause"), byBatch), totals.population()));

    int active = totals.active();
    List<String> byTier = new ArrayList<>();
    for (Tier t : Tier.values()) {
      var tf = f.tier(t);
      byTier.add(lang.text("overall.tier", lang.tier(t), tf.count(), pct(tf.ofParticipants()),
          pct(tf.ofPopulation())));
    }
    doc.paragraph(lang.text("overall.active", active, pct(f.activeOfParticipants()),
        pct(f.activeOfPopulation()), String.join(lang.text("sep.clause"), byTier)));

    List<Column> columns = new ArrayList<>(List.of(Column.text(lang.text("col.batch")),
        Column.number(lang.text("col.alliances")), Column.number(lang.text("col.tookPart")),
        Column.number(lang.text("col.didNot"))));
    for (Tier t : Tier.values()) {
      columns.add(Column.number(lang.tier(t)));
    }
    List<List<String>> rows = new ArrayList<>();
    for (Batch b : Batch.values()) {
      var bf = f.batch(b);
      List<String> row = new ArrayList<>(List.of(lang.batchShort(b),
          String.valueOf(bf.population()), String.valueOf(bf.participants()),
          String.valueOf(bf.nonParticipants())));
      for (Tier t : Tier.values()) {
        row.add(String.valueOf(f.tier(t).byBatch().get(b)));
      }
      rows.add(row);
    }
    List<String> total = new ArrayList<>(List.of(lang.text("col.total"),
        String.valueOf(totals.population()), String.valueOf(totals.participants()),
        String.valueOf(totals.nonParticipants())));
    for (Tier t : Tier.values()) {
      total.add(String.valueOf(f.tier(t).count()));
    }
    rows.add(total);
    doc.table(columns, rows);
  }

  private void tiers(Document doc) {
    doc.heading(3, lang.text("tiers.heading"));
    for (Tier t : Tier.values()) {
      var tf = f.tier(t);
      String band = tf.band().map(b -> lang.text("tier.band", b.min(), b.max())).orElse("");
      doc.heading(4, lang.tier(t) + band);
      List<String> sentences = new ArrayList<>();
      sentences.add(lang.text("tier.summary", lang.tier(t), tf.count(), pct(tf.ofParticipants()),
          pct(tf.ofPopulation())));
      for (Batch b : Batch.values()) {
        if (b.isPilot()) {
          sentences.add(lang.text("tier.batch", lang.tier(t), lang.batchShort(b),
              tf.byBatch().get(b), pct(tf.ofTierPilots().get(b)),
              b.chineseLabel().replace("试点", ""), f.batch(b).population(),
              pct(tf.ofBatchPopulation().get(b)), capital(lang.batchShort(b)), tf.pilots()));
        }
      }
      sentences.add(lang.text("tier.network", lang.tier(t), tf.byBatch().get(Batch.NETWORK),
          pct(tf.networkOfTier()), pct(tf.networkOfParticipants()),
          pct(tf.networkOfPopulation())));
      doc.paragraph(String.join(lang.text("sep.sentence"), sentences));
      if (t == Tier.HIGH) {
        Map<Batch, Integer> full = f.fullMarksByBatch();
        int total = full.values().stream().mapToInt(Integer::intValue).sum();
        List<String> byBatch = new ArrayList<>();
        for (Batch b : Batch.values()) {
          byBatch.add(lang.text("fullMarks.batch", lang.batchShort(b), full.get(b)));
        }
        doc.paragraph(lang.text("fullMarks",
            f.result().indicatorSystem().total().toString(), total,
            String.join(lang.text("sep.item"), byBatch)));
      }
    }
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
