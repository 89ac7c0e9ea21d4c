package io.allianceeval.examples.report;

import java.awt.Color;
import java.util.List;

/**
 * A chart as data — its kind, title, categories and series with their colours — that each format
 * draws its own way: HTML as SVG whose labels are text ({@link SvgCharts}), Word as a native chart
 * ({@link DocxRenderer}).
 *
 * @param kind pie, bars side by side (with intervals where the series have them), stacked bars,
 *     rank intervals, or a heat map
 * @param title the title, in the report's language
 * @param categories the categories: a pie's slices (labelled with their percentages), a bar
 *     chart's groups
 * @param series the series: one for a pie, one per tier for bars, one for rank intervals, one
 *     per row of a heat map
 * @param valueAxis the label of a bar chart's value axis; empty for a pie
 */
public record ChartSpec(Kind kind, String title, List<String> categories, List<Series> series,
    String valueAxis) {

  /** The kinds of chart the report draws. */
  public enum Kind {
    /** Slices of a whole: one series, one colour per category. */
    PIE,
    /** Bars side by side: one colour per series. */
    BAR,
    /** Bars stacked: one colour per series. */
    STACKED_BAR,
    /**
     * Ranks as intervals, 1 at the top: for each category a line from its series' low to its
     * high with a mark at its value.
     */
    RANK_INTERVAL,
    /**
     * A square matrix of correlations from −1 to 1: series i is row i (named as category i), each
     * cell coloured from blue (−1) through white to red (1) and labelled with its value.
     */
    HEATMAP
  }

  /**
   * One series.
   *
   * @param name its name, shown in the legend of a bar chart
   * @param values one value per category
   * @param colors one colour per category for a pie, one colour for a bar series
   * @param lows each value's interval's lower end, or empty for no intervals
   * @param highs each value's interval's upper end, or empty for no intervals
   */
  public record Series(String name, List<Double> values, List<Color> colors, List<Double> lows,
      List<Double> highs) {

    /** Copies the lists. */
    public Series {
      values = List.copyOf(values);
      colors = List.copyOf(colors);
      lows = List.copyOf(lows);
      highs = List.copyOf(highs);
      if (lows.size() != highs.size() || !lows.isEmpty() && lows.size() != values.size()) {
        throw new IllegalArgumentException("intervals need a low and a high for each value");
      }
    }

    /** A series without intervals. */
    public Series(String name, List<Double> values, List<Color> colors) {
      this(name, values, colors, List.of(), List.of());
    }

    /** Whether the values have intervals. */
    public boolean hasIntervals() {
      return !lows.isEmpty();
    }
  }

  /** Copies the lists. */
  public ChartSpec {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
  }
}
