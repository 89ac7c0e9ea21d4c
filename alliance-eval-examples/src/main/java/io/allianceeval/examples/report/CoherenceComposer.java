package io.allianceeval.examples.report;

import io.allianceeval.diagnostics.Coherence;
import io.allianceeval.examples.report.Document.Column;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorSystem;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Lays out the coherence of the indicator system as a report section: each indicator's weights and
 * flags, each group's Cronbach's α, and the heat map of the Pearson correlations.
 */
final class CoherenceComposer {

  private CoherenceComposer() {}

  static void section(Document doc, DiagnosticsFigures d, IndicatorSystem system, Lang lang,
      boolean charts) {
    if (d.coherence().isEmpty() && d.uncertainty().isEmpty()) {
      return; // no indicator scores: the uncertainty section has said so
    }
    doc.heading(2, lang.text("diag.coherence.heading"));
    if (d.coherence().isEmpty()) {
      doc.paragraph(lang.text("diag.coherence.need.scores"));
      return;
    }
    Coherence c = d.coherence().get();
    doc.paragraph(lang.text("diag.coherence.method", DoubleText.shortest(c.threshold())));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < c.indicators().size(); i++) {
      Indicator ind = system.indicators().get(i);
      Coherence.Weight w = c.weights().get(i);
      rows.add(List.of(ind.id(), lang.pick(ind.chineseName(), ind.englishName()),
          percent(w.nominal()), percent(w.effective()), flags(c, ind.id(), lang)));
    }
    doc.table(List.of(Column.text(lang.text("col.indicator")), Column.text(lang.text("col.name")),
        Column.number(lang.text("diag.col.nominalWeight")),
        Column.number(lang.text("diag.col.effectiveWeight")),
        Column.text(lang.text("diag.col.flags"))), rows);
    List<List<String>> alphas = new ArrayList<>();
    for (Coherence.GroupAlpha a : c.alphas()) {
      String name = system.groups().stream().filter(g -> g.id().equals(a.group())).findFirst()
          .map(g -> lang.pick(g.chineseName(), g.englishName())).orElse(a.group());
      alphas.add(List.of(a.group(), name, String.valueOf(a.indicators()),
          DoubleText.two(a.alpha())));
    }
    doc.table(List.of(Column.text(lang.text("diag.col.group")), Column.text(lang.text("col.name")),
        Column.number(lang.text("diag.col.indicators")), Column.number("Cronbach α")), alphas);
    if (charts) {
      List<ChartSpec.Series> matrix = new ArrayList<>();
      for (int i = 0; i < c.indicators().size(); i++) {
        List<Double> row = new ArrayList<>();
        for (int j = 0; j < c.indicators().size(); j++) {
          row.add(c.pearson(i, j));
        }
        matrix.add(new ChartSpec.Series(c.indicators().get(i), row, List.of(Color.WHITE)));
      }
      doc.chart(lang.text("diag.chart.heatmap.caption"), new ChartSpec(ChartSpec.Kind.HEATMAP,
          lang.text("diag.chart.heatmap"), c.indicators(), matrix,
          lang.text("diag.chart.heatmap.scale")));
    }
  }

  /** "redundant with 2.3; against its group (r = −0.12)", or "—". */
  private static String flags(Coherence c, String id, Lang lang) {
    List<String> out = new ArrayList<>();
    String with = c.redundant().stream()
        .filter(p -> p.first().equals(id) || p.second().equals(id))
        .map(p -> (p.first().equals(id) ? p.second() : p.first()) + " (r = "
            + DoubleText.two(p.r()) + ")")
        .collect(Collectors.joining(", "));
    if (!with.isEmpty()) {
      out.add(lang.text("diag.flag.redundant", with));
    }
    c.againstGroup().stream().filter(a -> a.indicator().equals(id)).findFirst().ifPresent(a ->
        out.add(lang.text("diag.flag.againstGroup", DoubleText.two(a.r()))));
    return out.isEmpty() ? "—" : String.join(lang.text("list.sep"), out);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
