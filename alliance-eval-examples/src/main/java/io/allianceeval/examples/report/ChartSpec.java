package io.allianceeval.examples.report;

import java.awt.Color;
import java.util.List;

/**
 * A chart as data — its kind, title, categories and series with their colours — that each format
 * draws its own way: HTML as SVG whose labels are text ({@link SvgCharts}), Word as a native chart
 * ({@link DocxRenderer}).
 *
 * @param kind pie, bars side by side, or stacked bars
 * @param title the title, in the report's language
 * @param categories the categories: a pie's slices (labelled with their percentages), a bar
 *     chart's groups
 * @param series the series: one for a pie, one per tier for bars
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
    STACKED_BAR
  }

  /**
   * One series.
   *
   * @param name its name, shown in the legend of a bar chart
   * @param values one value per category
   * @param colors one colour per category for a pie, one colour for a bar series
   */
  public record Series(String name, List<Double> values, List<Color> colors) {

    /** Copies the lists. */
    public Series {
      values = List.copyOf(values);
      colors = List.copyOf(colors);
    }
  }

  /** Copies the lists. */
  public ChartSpec {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
  }
}
