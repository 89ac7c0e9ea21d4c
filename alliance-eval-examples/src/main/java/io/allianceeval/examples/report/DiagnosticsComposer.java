package io.allianceeval.examples.report;

import io.allianceeval.diagnostics.Gaps;
import io.allianceeval.diagnostics.LossAnalysis;
import io.allianceeval.diagnostics.Transitions;
import io.allianceeval.examples.report.Document.Column;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorSystem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Lays out {@link DiagnosticsFigures} as report sections and as JSON. */
final class DiagnosticsComposer {

  private static final int TOP = 5;

  private DiagnosticsComposer() {}

  static void sections(Document doc, DiagnosticsFigures d, IndicatorSystem system, Lang lang,
      boolean charts) {
    losses(doc, d, lang, charts);
    gaps(doc, d, lang);
    UncertaintyComposer.sections(doc, d, lang, charts);
    CoherenceComposer.section(doc, d, system, lang, charts);
    transitions(doc, d, lang);
  }

  private static void losses(Document doc, DiagnosticsFigures d, Lang lang, boolean charts) {
    doc.heading(2, lang.text("diag.losses.heading"));
    if (d.losses().isEmpty()) {
      doc.paragraph(lang.text("diag.losses.need.scores"));
      return;
    }
    LossAnalysis loss = d.losses().get();
    for (Tier t : Tier.values()) {
      if (loss.alliances(t) == 0) {
        continue;
      }
      doc.heading(3, lang.text("diag.losses.tier", lang.tier(t), loss.alliances(t)));
      List<List<String>> rows = new ArrayList<>();
      for (LossAnalysis.IndicatorLoss l : loss.losses(t).stream().limit(TOP).toList()) {
        rows.add(List.of(l.indicator().id(), lang.pick(l.indicator().chineseName(),
            l.indicator().englishName()), l.indicator().maxPoints().toString(),
            DoubleText.shortest(l.meanLost()), l.zeroShare().percent().toPlainString() + "%"));
      }
      doc.table(List.of(Column.text(lang.text("col.indicator")),
          Column.text(lang.text("col.name")), Column.number(lang.text("col.max")),
          Column.number(lang.text("diag.col.meanLost")),
          Column.number(lang.text("diag.col.scoredZero"))), rows);
    }
    if (charts) {
      doc.chart(lang.text("diag.chart.meanLost"),
          lossChart(loss, lang));
    }
  }

  private static ChartSpec lossChart(LossAnalysis loss, Lang lang) {
    List<String> ids = loss.system().indicators().stream().map(Indicator::id).toList();
    List<Tier> tiers = new ArrayList<>();
    List<List<Double>> values = new ArrayList<>();
    for (Tier t : Tier.values()) {
      if (loss.alliances(t) == 0) {
        continue;
      }
      List<Double> v = new ArrayList<>();
      for (Indicator ind : loss.system().indicators()) {
        v.add(loss.losses(t).stream().filter(l -> l.indicator().equals(ind)).findFirst()
            .orElseThrow().meanLost());
      }
      tiers.add(t);
      values.add(v);
    }
    return Charts.forLang(lang).losses(ids, tiers, values,
        lang.text("diag.chart.meanLost"));
  }

  private static String sources(Gaps.Gap g) {
    return g.sources().stream().limit(3)
        .map(s -> s.indicator().id() + " (+" + s.available().toString() + ")")
        .collect(Collectors.joining(", "));
  }

  private static void gaps(Document doc, DiagnosticsFigures d, Lang lang) {
    doc.heading(2, lang.text("diag.gaps.heading"));
    List<List<String>> rows = new ArrayList<>();
    for (Gaps.Gap g : d.gaps()) {
      if (g.next().isEmpty()) {
        continue;
      }
      rows.add(List.of(g.participant().code().toString(), g.participant().alliance().name(),
          lang.tier(g.participant().tier()), lang.tier(g.next().get()),
          g.pointsNeeded().toString(), sources(g)));
    }
    if (rows.isEmpty()) {
      doc.paragraph(lang.text("diag.gaps.allTop"));
      return;
    }
    doc.table(List.of(Column.text(lang.text("col.code")), Column.text(lang.text("col.alliance")),
        Column.text(lang.text("diag.col.current")), Column.text(lang.text("diag.col.next")),
        Column.number(lang.text("diag.col.needs")), Column.text(lang.text("diag.col.sources"))),
        rows);
  }

  private static void transitions(Document doc, DiagnosticsFigures d, Lang lang) {
    if (d.transitions().isEmpty()) {
      return;
    }
    Transitions t = d.transitions().get();
    doc.heading(2, lang.text("diag.transitions.heading", t.previousYear()));
    List<Column> columns = new ArrayList<>(List.of(
        Column.text(t.previousYear() + " \\ " + t.currentYear())));
    Arrays.stream(Tier.values()).forEach(x -> columns.add(Column.number(lang.tier(x))));
    List<List<String>> rows = new ArrayList<>();
    for (Tier from : Tier.values()) {
      List<String> row = new ArrayList<>(List.of(lang.tier(from)));
      for (Tier to : Tier.values()) {
        row.add(String.valueOf(t.count(from, to)));
      }
      rows.add(row);
    }
    doc.table(columns, rows);
    doc.paragraph(lang.text("diag.transitions.summary", t.inBoth(),
        moves(t.movedUp()), moves(t.movedDown()), codes(t.joined()), codes(t.left())));
  }

  private static String moves(List<Transitions.Move> moves) {
    return moves.isEmpty() ? "—" : moves.stream().map(m -> m.alliance().code() + " (" + m.from()
        + " → " + m.to() + ")").collect(Collectors.joining(", "));
  }

  private static String codes(List<Alliance> alliances) {
    return alliances.isEmpty() ? "—"
        : alliances.stream().map(a -> a.code().toString()).collect(Collectors.joining(", "));
  }
}
