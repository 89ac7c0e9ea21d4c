package io.allianceeval.examples.report;

import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.NonParticipant;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.examples.report.Document.Column;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorGroup;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays out the figures the way section 三 of the report does — overall figures, each tier with its
 * batch breakdown, the score table grouped by tier — in Chinese or English. For a scored result it
 * adds the group subtotals, the indicator points and the alliances not evaluated.
 */
final class ReportComposer {

  private final ReportFigures f;
  private final Lang lang;
  private final ReportInputs inputs;

  private ReportComposer(ReportFigures f, Lang lang, ReportInputs inputs) {
    this.f = f;
    this.lang = lang;
    this.inputs = inputs;
  }

  static String title(ReportFigures f, Lang lang) {
    return lang.text("report.title", f.year());
  }

  /**
   * The sentence that names the model the result rests on: "按 2019 标准指标体系评分（满分 100 分）。" /
   * "Scored with the standard 2019 indicator system (full marks 100)."
   */
  static String basis(EvaluationResult result, Lang lang) {
    var system = result.indicatorSystem();
    String full = system.total().toString();
    boolean standard = system == IndicatorSystem.standard2019();
    String model = standard ? lang.text("model.standard") : lang.text("model.named", system.name());
    return lang.text(result.scoredFromRecords() ? "basis.scored" : "basis.published", model, full);
  }

  static Document compose(ReportFigures f, Lang lang, boolean charts, List<String> notes,
      Optional<DiagnosticsFigures> diagnostics) {
    return compose(f, lang, charts, notes, diagnostics, ReportInputs.none());
  }

  /**
   * The report as the 2019 report numbers it: 一、前言, 二、组织, 三、分析 (with the charts),
   * 四、各项指标, 五、A 级, 六、总结, 七、未参评, 八、建议, then the diagnostics, 附件 1–3 and the notes.
   */
  static Document compose(ReportFigures f, Lang lang, boolean charts, List<String> notes,
      Optional<DiagnosticsFigures> diagnostics, ReportInputs inputs) {
    return new ReportComposer(f, lang, inputs).document(charts, notes, diagnostics);
  }

  private Document document(boolean withCharts, List<String> notes,
      Optional<DiagnosticsFigures> diagnostics) {
    Document doc = new Document();
    doc.heading(1, title(f, lang));
    doc.paragraph(basis(f.result(), lang));
    SectionComposer sections = new SectionComposer(f, lang, inputs);
    sections.prose(doc, "preface");
    sections.organisation(doc);
    doc.heading(2, lang.text("section.analysis"));
    overall(doc);
    if (withCharts) {
      charts(doc);
    }
    tiers(doc);
    doc.heading(2, lang.text("section.indicators"));
    if (f.result().scoredFromRecords()) {
      lossesByGroup(doc);
      indicatorTable(doc, f.result().indicatorSystem());
    } else {
      doc.paragraph(lang.text("indicators.need.records"));
    }
    sections.award(doc);
    sections.prose(doc, "summary");
    nonParticipants(doc);
    sections.prose(doc, "recommendations");
    diagnostics.ifPresent(d -> DiagnosticsComposer.sections(doc, d, lang, withCharts));
    sections.annex1(doc);
    scoreTable(doc);
    sections.annex3(doc);
    doc.heading(2, lang.text("section.notes"));
    doc.paragraph(lang.text(f.rounding() == PercentRounding.HALF_UP
        ? "notes.rounding.halfUp" : "notes.rounding.largestRemainder"));
    notes.forEach(doc::paragraph);
    return doc;
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

  /**
   * The points lost by indicator and tier, in the report's three groups: the mean points each
   * tier's alliances lost on each indicator.
   */
  private void lossesByGroup(Document doc) {
    Map<Indicator, Map<Tier, BigDecimal>> meanLost = f.meanLost().orElseThrow();
    List<Tier> tiers = List.copyOf(meanLost.values().iterator().next().keySet());
    for (IndicatorGroup g : f.result().indicatorSystem().groups()) {
      doc.heading(3, lang.text("indicators.group",
          "一二三四五六七八九".charAt(Math.min(8, f.result().indicatorSystem().groups().indexOf(g))),
          lang.pick(g.chineseName(), g.englishName()), g.points().toString()));
      List<Column> columns = new ArrayList<>(List.of(Column.text(lang.text("col.indicator")),
          Column.number(lang.text("col.max"))));
      tiers.forEach(t -> columns.add(Column.number(lang.text("col.meanLost", lang.tier(t)))));
      List<List<String>> rows = new ArrayList<>();
      for (Indicator i : f.result().indicatorSystem().indicators(g)) {
        List<String> row = new ArrayList<>(List.of(i.id() + " " + lang.pick(i.chineseName(),
            i.englishName()), i.maxPoints().toString()));
        for (Tier t : tiers) {
          row.add(meanLost.get(i).get(t).toPlainString());
        }
        rows.add(row);
      }
      doc.table(columns, rows);
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

  private void scoreTable(Document doc) {
    doc.heading(2, lang.text("annex2.title", f.year()));
    boolean scored = f.result().scoredFromRecords();
    IndicatorSystem system = scored ? f.result().indicatorSystem() : null;
    for (Tier t : Tier.values()) {
      List<Participant> ps = f.result().participants(t);
      if (ps.isEmpty()) {
        continue;
      }
      doc.heading(3, lang.text("annex2.tier", lang.tier(t), ps.size()));
      List<Column> columns = new ArrayList<>(List.of(Column.number(lang.text("col.rank")),
          Column.text(lang.text("col.code")), Column.text(lang.text("col.alliance")),
          Column.text(lang.text("col.batch")), Column.number(lang.text("col.score"))));
      if (scored) {
        for (IndicatorGroup g : system.groups()) {
          columns.add(Column.number(g.id() + " " + lang.pick(g.chineseName(),
              g.englishName())));
        }
      }
      List<List<String>> rows = new ArrayList<>();
      for (Participant p : ps) {
        List<String> row = new ArrayList<>(List.of(
            p.rank().isPresent() ? String.valueOf(p.rank().getAsInt()) : "—",
            p.code().toString(), p.alliance().name(), lang.batchShort(p.batch()),
            p.total().isPresent() ? p.total().get().toString() : "—"));
        if (scored) {
          Scorecard card = p.scorecard().get();
          for (IndicatorGroup g : system.groups()) {
            row.add(card.subtotal(g.id()).toString());
          }
        }
        rows.add(row);
      }
      doc.table(columns, rows);
    }
  }

  private void indicatorTable(Document doc, IndicatorSystem system) {
    doc.heading(3, lang.text("indicators.points"));
    List<Column> columns = new ArrayList<>(List.of(Column.text(lang.text("col.code"))));
    for (Indicator i : system.indicators()) {
      columns.add(Column.number(i.id()));
    }
    columns.add(Column.number(lang.text("col.total")));
    List<List<String>> rows = new ArrayList<>();
    for (Participant p : f.result().participants()) {
      Scorecard card = p.scorecard().get();
      List<String> row = new ArrayList<>(List.of(p.code().toString()));
      for (Indicator i : system.indicators()) {
        row.add(card.points(i.id()).toString());
      }
      row.add(card.total().toString());
      rows.add(row);
    }
    List<String> max = new ArrayList<>(List.of(lang.text("col.max")));
    for (Indicator i : system.indicators()) {
      max.add(i.maxPoints().toString());
    }
    max.add(system.total().toString());
    rows.add(max);
    doc.table(columns, rows);
    List<List<String>> legend = new ArrayList<>();
    for (Indicator i : system.indicators()) {
      legend.add(List.of(i.id(), lang.pick(i.chineseName(), i.englishName()),
          i.maxPoints().toString(), system.policy(i.id()).toString()));
    }
    doc.table(List.of(Column.text(lang.text("col.indicator")), Column.text(lang.text("col.name")),
        Column.number(lang.text("col.max")), Column.text(lang.text("col.rule"))), legend);
  }

  private void nonParticipants(Document doc) {
    doc.heading(2, lang.text("section.nonParticipants"));
    List<String> byBatch = new ArrayList<>();
    for (Batch b : Batch.values()) {
      byBatch.add(lang.text("nonParticipants.batch", lang.batchShort(b),
          f.batch(b).nonParticipants()));
    }
    doc.paragraph(lang.text("nonParticipants.summary", f.totals().nonParticipants(),
        String.join(lang.text("sep.item"), byBatch)));
    List<NonParticipant> named = f.result().nonParticipants();
    if (named.isEmpty()) {
      doc.paragraph(lang.text("nonParticipants.need.roster"));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (NonParticipant np : named) {
      rows.add(List.of(np.code().toString(), np.alliance().name(), lang.batchShort(
          np.alliance().batch()), np.reason() == NonParticipant.Reason.NO_RECORD
              ? lang.text("reason.noRecord") : np.reason() == NonParticipant.Reason.INELIGIBLE
              ? lang.text("reason.ineligible", np.explanation()) : np.explanation()));
    }
    doc.table(List.of(Column.text(lang.text("col.code")), Column.text(lang.text("col.alliance")),
        Column.text(lang.text("col.batch")), Column.text(lang.text("col.reason"))), rows);
  }
}
