package io.allianceeval.examples.report;

import java.util.List;

/**
 * Column widths in proportion to what the columns hold, so that a long name gets the room and a
 * rank or a score does not. A Chinese character counts as two Latin ones, as it is printed twice
 * as wide; a column's weight is its longest text, at least {@value #MIN} and at most
 * {@value #MAX} so that one very long text wraps instead of squeezing the other columns, plus the
 * cell's margins.
 */
final class ColumnWidths {

  static final int MIN = 4;
  static final int MAX = 40;
  /** A cell's margins, about one Chinese character, in the same units. */
  static final int PADDING = 2;

  private ColumnWidths() {}

  /**
   * Splits {@code total} (in any unit) among the table's columns; the parts sum to {@code total}.
   */
  static int[] split(Document.Table table, int total) {
    int columns = table.header().size();
    int[] weight = new int[columns];
    for (int i = 0; i < columns; i++) {
      weight[i] = width(table.header().get(i));
    }
    for (List<String> row : table.rows()) {
      for (int i = 0; i < columns && i < row.size(); i++) {
        weight[i] = Math.max(weight[i], width(row.get(i)));
      }
    }
    long sum = 0;
    for (int i = 0; i < columns; i++) {
      weight[i] = Math.min(MAX, Math.max(MIN, weight[i])) + PADDING;
      sum += weight[i];
    }
    int[] parts = new int[columns];
    int given = 0;
    for (int i = 0; i < columns; i++) {
      parts[i] = (int) (total * (long) weight[i] / sum);
      given += parts[i];
    }
    parts[columns - 1] += total - given;
    return parts;
  }

  /** The printed width of a text, a wide (CJK or full-width) character counting two. */
  static int width(String text) {
    return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
  }

  private static boolean isWide(int c) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
    return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
        || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
        || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS;
  }
}
