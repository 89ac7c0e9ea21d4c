package io.allianceeval.examples.report;

import io.allianceeval.diagnostics.Sensitivity;
import io.allianceeval.diagnostics.Uncertainty;
import io.allianceeval.diagnostics.Uncertainty.AllianceUncertainty;
import io.allianceeval.diagnostics.Uncertainty.Factor;
import io.allianceeval.diagnostics.Uncertainty.FactorIndices;
import io.allianceeval.diagnostics.Uncertainty.Index;
import io.allianceeval.examples.report.Document.Column;
import io.allianceeval.model.Tier;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the uncertainty and sensitivity analysis as report sections: the tier probabilities and
 * rank intervals with their chart, the Sobol indices with theirs, and the one-at-a-time removals.
 */
final class UncertaintyComposer {

  private static final Color FIRST_ORDER = new Color(0x67a9cf);
  private static final Color TOTAL = new Color(0x2166ac);

  private UncertaintyComposer() {}

  static void sections(Document doc, DiagnosticsFigures d, Lang lang, boolean charts) {
    doc.heading(2, lang.text("diag.uncertainty.heading"));
    if (d.uncertainty().isEmpty()) {
      doc.paragraph(lang.text("diag.uncertainty.need.scores"));
      return;
    }
    Uncertainty u = d.uncertainty().get();
    Uncertainty.Settings s = u.settings();
    doc.paragraph(lang.text("diag.uncertainty.method", u.runs(), s.samples(), s.seed(),
        inputs(u, lang), 2 * s.samples()));
    tiers(doc, u, lang, charts);
    doc.heading(2, lang.text("diag.sobol.heading"));
    doc.paragraph(lang.text("diag.sobol.method", percent(s.confidence()), s.bootstraps()));
    indices(doc, u, lang, charts);
    doc.heading(3, lang.text("diag.removal.heading"));
    List<List<String>> removal = new ArrayList<>();
    for (Sensitivity.Removal r : d.removals()) {
      removal.add(List.of(r.indicator().id(), lang.pick(r.indicator().chineseName(),
          r.indicator().englishName()), String.valueOf(r.tierChanges())));
    }
    doc.paragraph(lang.text("diag.removal.intro"));
    doc.table(List.of(Column.text(lang.text("col.indicator")), Column.text(lang.text("col.name")),
        Column.number(lang.text("diag.col.tierChanges"))), removal);
  }

  /** The inputs switched on, in words: "weights ±20%; rounding half-up or down; …". */
  private static String inputs(Uncertainty u, Lang lang) {
    Uncertainty.Settings s = u.settings();
    List<String> parts = new ArrayList<>();
    for (Factor.Kind kind : Factor.Kind.values()) {
      if (u.factors().stream().noneMatch(f -> f.kind() == kind)) {
        continue;
      }
      parts.add(switch (kind) {
        case WEIGHT -> lang.text("diag.input.weights", DoubleText.shortest(s.variation() * 100));
        case AGGREGATION -> lang.text("diag.input.aggregation", String.join(", ",
            s.aggregations()));
        case ROUNDING -> lang.text("diag.input.rounding");
        case RELIABILITY -> lang.text("diag.input.reliability",
            DoubleText.shortest(s.reliability()));
      });
    }
    return parts.isEmpty() ? lang.text("diag.input.none") : String.join(lang.text("list.sep"),
        parts);
  }

  private static void tiers(Document doc, Uncertainty u, Lang lang, boolean charts) {
    List<Tier> tiers = u.alliances().isEmpty() ? List.of()
        : List.copyOf(u.alliances().get(0).tiers().keySet());
    List<Column> columns = new ArrayList<>(List.of(Column.text(lang.text("col.code")),
        Column.number(lang.text("col.score")), Column.text(lang.text("diag.col.tier"))));
    for (Tier t : tiers) {
      columns.add(Column.number("P(" + lang.tier(t) + ")"));
    }
    columns.add(Column.number(lang.text("diag.col.rank")));
    columns.add(Column.number(lang.text("diag.col.rankInterval")));
    List<List<String>> rows = new ArrayList<>();
    for (AllianceUncertainty a : u.alliances()) {
      List<String> row = new ArrayList<>(List.of(a.alliance().code().toString(),
          String.valueOf(a.total()), lang.tier(a.tier())));
      for (Tier t : tiers) {
        row.add(a.probability(t).percent(1, RoundingMode.HALF_UP).toPlainString() + "%");
      }
      row.add(String.valueOf(a.rank()));
      row.add(a.rankLow() + "–" + a.rankHigh() + " (" + a.rankMedian() + ")");
      rows.add(row);
    }
    doc.table(columns, rows);
    if (charts && !u.alliances().isEmpty()) {
      List<String> codes = new ArrayList<>();
      List<Double> medians = new ArrayList<>();
      List<Double> lows = new ArrayList<>();
      List<Double> highs = new ArrayList<>();
      for (AllianceUncertainty a : u.alliances()) {
        codes.add(a.alliance().code().toString());
        medians.add((double) a.rankMedian());
        lows.add((double) a.rankLow());
        highs.add((double) a.rankHigh());
      }
      doc.chart(lang.text("diag.chart.rankIntervals.caption"), new ChartSpec(
          ChartSpec.Kind.RANK_INTERVAL, lang.text("diag.chart.rankIntervals"), codes,
          List.of(new ChartSpec.Series(lang.text("diag.col.rankInterval"), medians,
              List.of(TOTAL), lows, highs)), lang.text("diag.col.rank")));
    }
  }

  private static void indices(Document doc, Uncertainty u, Lang lang, boolean charts) {
    if (u.indices().isEmpty()) {
      doc.paragraph(lang.text("diag.sobol.none"));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (FactorIndices f : u.indices()) {
      rows.add(List.of(f.factor().id(), name(f.factor(), lang), index(f.rankFirstOrder()),
          index(f.rankTotal()), index(f.totalFirstOrder()), index(f.totalTotal())));
    }
    doc.table(List.of(Column.text(lang.text("diag.col.factor")),
        Column.text(lang.text("col.name")), Column.number(lang.text("diag.col.rankFirst")),
        Column.number(lang.text("diag.col.rankTotal")),
        Column.number(lang.text("diag.col.totalFirst")),
        Column.number(lang.text("diag.col.totalTotal"))), rows);
    boolean ranks = u.indices().get(0).rankTotal().isDefined();
    boolean totals = u.indices().get(0).totalTotal().isDefined();
    if (!ranks && !totals) {
      doc.paragraph(lang.text("diag.sobol.nothingMoved"));
      return;
    }
    if (charts) {
      List<String> ids = u.indices().stream().map(f -> shortId(f.factor(), lang)).toList();
      List<Index> first = u.indices().stream().map(f -> ranks ? f.rankFirstOrder()
          : f.totalFirstOrder()).toList();
      List<Index> total = u.indices().stream().map(f -> ranks ? f.rankTotal() : f.totalTotal())
          .toList();
      String output = lang.text(ranks ? "diag.output.rank" : "diag.output.total");
      doc.chart(lang.text("diag.chart.sobol.caption", output), new ChartSpec(ChartSpec.Kind.BAR,
          lang.text("diag.chart.sobol", output), ids, List.of(
              series(lang.text("diag.series.firstOrder"), first, FIRST_ORDER),
              series(lang.text("diag.series.total"), total, TOTAL)),
          lang.text("diag.axis.index")));
    }
  }

  private static ChartSpec.Series series(String name, List<Index> indices, Color color) {
    return new ChartSpec.Series(name, indices.stream().map(i -> zeroIfNaN(i.estimate())).toList(),
        List.of(color), indices.stream().map(Index::low).toList(),
        indices.stream().map(Index::high).toList());
  }

  private static double zeroIfNaN(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  /** A factor's name in the report's language: the indicator's, or the input's. */
  static String name(Factor f, Lang lang) {
    return f.indicator().map(i -> lang.pick(i.chineseName(), i.englishName()))
        .orElseGet(() -> lang.text("diag.factor." + f.id()));
  }

  /** A chart's label: the indicator's id, or the input's short name. */
  private static String shortId(Factor f, Lang lang) {
    return f.indicator().map(i -> i.id()).orElseGet(() -> lang.text("diag.factor." + f.id()));
  }

  /** {@code 0.12 (0.08–0.15)}; {@code —} when not defined. */
  static String index(Index i) {
    if (!i.isDefined()) {
      return "—";
    }
    return DoubleText.two(i.estimate()) + " (" + DoubleText.two(i.low()) + "–"
        + DoubleText.two(i.high()) + ")";
  }

  private static String percent(double share) {
    return BigDecimal.valueOf(share * 100).stripTrailingZeros().toPlainString();
  }
}
