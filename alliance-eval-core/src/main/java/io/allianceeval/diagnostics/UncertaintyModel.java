package io.allianceeval.diagnostics;

import io.allianceeval.activity.ActivityKind;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Fact;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.review.Aggregation;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Scorecard;
import io.allianceeval.scoring.TierScheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The subject of an {@link Uncertainty} analysis in primitive arrays, and one run of it: the
 * alliances' sheets (a scorecard, or experts' marks), the indicator maxima, the rounding and tier
 * tables, and the thinned records of the entry-reliability factor. Immutable once built, so runs
 * may share it between threads.
 */
final class UncertaintyModel {

  final Uncertainty.Builder settings;
  final List<Participant> participants;
  final int n;
  final int k;
  final long[] max;
  final long total;
  /** Per alliance: its sheets' points, flat, k per sheet. */
  final int[][] sheets;
  /** Per alliance: each sheet's total alone in hundredths, or -1 for a sheet per indicator. */
  final long[][] totals;
  /** Per alliance: whether its one sheet is its record's scorecard, which thinning rescored. */
  final boolean[] fromRecord;
  /** Per rounding level drawn: the whole-point total of each total in hundredths. */
  final int[][] whole;
  /** The same under the tier scheme's rounding. */
  final int[] nominalWhole;
  /** Per whole-point total: the index of its tier in {@link #tiers}, or -1 outside the scheme. */
  final int[] tierOfWhole;
  final List<Tier> tiers;
  final Set<Fact> counted;
  private static final long[] NONE_FIXED = {-1};

  UncertaintyModel(Uncertainty.Builder b) {
    this.settings = b;
    this.participants = b.result.participants();
    IndicatorSystem system = b.result.indicatorSystem();
    TierScheme scheme = b.result.tierScheme();
    List<Indicator> indicators = system.indicators();
    this.n = participants.size();
    this.k = indicators.size();
    this.max = indicators.stream().mapToLong(i -> i.maxPoints().toHundredths()).toArray();
    this.total = system.total().toHundredths();
    if (scheme.rounding() == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("the tier scheme rounds UNNECESSARY, which cannot tier "
          + "the fractional totals the analysis makes; give the scheme a rounding");
    }
    if (!b.aggregations.isEmpty() && b.marks.isEmpty()) {
      throw new IllegalArgumentException("the aggregation is drawn, but no experts' marks were "
          + "given to aggregate");
    }
    Map<AllianceCode, List<Uncertainty.Marks>> byAlliance = marksByAlliance(b, system);
    this.sheets = new int[n][];
    this.totals = new long[n][];
    this.fromRecord = new boolean[n];
    for (int i = 0; i < n; i++) {
      Participant p = participants.get(i);
      List<Uncertainty.Marks> marks = byAlliance.get(p.code());
      if (marks == null) {
        sheets[i] = points(p.scorecard().orElseThrow(), indicators);
        totals[i] = new long[] {-1};
        fromRecord[i] = true;
      } else {
        sheets[i] = new int[marks.size() * k];
        totals[i] = new long[marks.size()];
        for (int s = 0; s < marks.size(); s++) {
          totals[i][s] = marks.get(s).total().map(Points::toHundredths).orElse(-1L);
          for (int j = 0; j < k; j++) {
            Points v = marks.get(s).points().get(indicators.get(j).id());
            sheets[i][s * k + j] = v == null ? 0 : (int) v.toHundredths();
          }
        }
      }
    }
    this.whole = new int[b.roundings.size()][];
    for (int r = 0; r < whole.length; r++) {
      whole[r] = wholeTable(b.roundings.get(r));
    }
    this.nominalWhole = wholeTable(scheme.rounding());
    this.tiers = scheme.tiers();
    int top = (int) ((total + 99) / 100);
    this.tierOfWhole = new int[top + 1];
    for (int w = 0; w <= top; w++) {
      tierOfWhole[w] = w < scheme.minimum() || w > scheme.maximum() ? -1
          : tiers.indexOf(scheme.tierOfWhole(w));
    }
    this.counted = new HashSet<>();
    if (b.kinds != null) {
      for (ActivityKind kind : b.kinds.kinds()) {
        if (kind.measure() == ActivityKind.Measure.COUNT) {
          counted.add(kind.fact());
        }
      }
    }
  }

  private Map<AllianceCode, List<Uncertainty.Marks>> marksByAlliance(Uncertainty.Builder b,
      IndicatorSystem system) {
    Map<AllianceCode, List<Uncertainty.Marks>> out = new HashMap<>();
    for (Uncertainty.Marks m : b.marks) {
      if (b.result.participant(m.alliance()).isEmpty()) {
        throw new IllegalArgumentException("marks of " + m.expert() + " are of " + m.alliance()
            + ", which did not take part in " + b.result.year());
      }
      m.total().ifPresent(v -> {
        if (v.isNegative() || v.compareTo(system.total()) > 0) {
          throw new IllegalArgumentException("the total of " + m.expert() + " for "
              + m.alliance() + ": expected 0 to " + system.total() + ", found " + v);
        }
      });
      m.points().forEach((id, v) -> {
        if (!system.hasIndicator(id)) {
          throw new IllegalArgumentException("marks of " + m.expert() + " for " + m.alliance()
              + " name indicator " + id + ", which " + system.name() + " does not have");
        }
        Points limit = system.indicator(id).maxPoints();
        if (v.isNegative() || v.compareTo(limit) > 0) {
          throw new IllegalArgumentException("marks of " + m.expert() + " for " + m.alliance()
              + " on " + id + ": expected 0 to " + limit + ", found " + v);
        }
      });
      out.computeIfAbsent(m.alliance(), c -> new ArrayList<>()).add(m);
    }
    return out;
  }

  private int[] wholeTable(RoundingMode rounding) {
    int[] out = new int[(int) total + 1];
    for (int h = 0; h <= total; h++) {
      out[h] = BigDecimal.valueOf(h, 2).setScale(0, rounding).intValueExact();
    }
    return out;
  }

  private static int[] points(Scorecard card, List<Indicator> indicators) {
    int[] out = new int[indicators.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = (int) card.points(indicators.get(j).id()).toHundredths();
    }
    return out;
  }

  /**
   * The points of every record-scored alliance after a thinning: each counted entry kept with
   * probability p, drawn from {@code seed}; null for an alliance scored from marks.
   */
  int[][] thinned(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double p = settings.reliability;
    int[][] out = new int[n][];
    IndicatorSystem system = settings.result.indicatorSystem();
    for (int i = 0; i < n; i++) {
      if (!fromRecord[i]) {
        continue;
      }
      Scorecard card = participants.get(i).scorecard().orElseThrow();
      ActivityRecord record = card.record();
      ActivityRecord.Builder builder = ActivityRecord.builder(record.alliance(), record.year());
      for (Map.Entry<Fact, Integer> e : record.facts().entrySet()) {
        int v = e.getValue();
        if (counted.contains(e.getKey())) {
          int kept = 0;
          for (int c = 0; c < v; c++) {
            if (random.nextDouble() < p) {
              kept++;
            }
          }
          v = kept;
        }
        builder.fact(e.getKey(), v);
      }
      out[i] = points(system.score(builder.build()), system.indicators());
    }
    return out;
  }

  /**
   * One run: each alliance's whole-point total into {@code wholeOut}.
   *
   * @param weights the indicator maxima of the run, in hundredths, adding up to the total
   * @param agg the aggregation of experts' totals
   * @param table the whole-point total of each total in hundredths
   * @param thinned the thinned points of the record-scored alliances, or null for none thinned
   */
  void run(long[] weights, Aggregation agg, int[] table, int[][] thinned, int[] wholeOut) {
    for (int i = 0; i < n; i++) {
      int[] sheet = thinned != null && thinned[i] != null ? thinned[i] : sheets[i];
      long h;
      long[] fixed = thinned != null && thinned[i] != null ? NONE_FIXED : totals[i];
      int count = sheet.length / k;
      if (count == 1) {
        h = fixed[0] >= 0 ? fixed[0] : Reweighting.rescored(sheet, 0, max, weights);
      } else {
        List<Points> each = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
          each.add(Points.ofHundredths(fixed[s] >= 0 ? fixed[s]
              : Reweighting.rescored(sheet, s * k, max, weights)));
        }
        h = agg.aggregate(each).toHundredths();
      }
      wholeOut[i] = table[(int) h];
    }
  }

  /** Competition ranks of whole-point totals: 1 + the number of higher totals. */
  int[] ranks(int[] wholes) {
    int[] above = new int[tierOfWhole.length + 1];
    for (int w : wholes) {
      above[w]++;
    }
    // above[w] becomes the number of totals strictly greater than w
    int higher = 0;
    for (int w = above.length - 1; w >= 0; w--) {
      int here = above[w];
      above[w] = higher;
      higher += here;
    }
    int[] out = new int[wholes.length];
    for (int i = 0; i < wholes.length; i++) {
      out[i] = above[wholes[i]] + 1;
    }
    return out;
  }
}
