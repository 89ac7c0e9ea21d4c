package io.allianceeval.examples.io;

import java.util.List;
import java.util.Map;

/**
 * The limits every input is read within, so that a hostile or broken file gets a clear answer
 * quickly instead of a hang or a flood: each one, when exceeded, is a problem naming the file, the
 * line or cell, the field and the limit, reported with the rest. Documented in docs/command-line.md, "Input limits".
 */
public final class InputLimits {

  /** Columns in a header row. */
  public static final int MAX_COLUMNS = 1_000;

  /** Data rows in one file or sheet. */
  public static final int MAX_ROWS = 2_000_000;

  /**
   * {@link #MAX_ROWS}, unless the system property {@code allianceeval.input.maxRows} says
   * otherwise (for tests of the limit without a file of two million rows).
   */
  static int maxRows() {
    return Integer.getInteger("allianceeval.input.maxRows", MAX_ROWS);
  }

  /** Bytes of one input file: CSV or .xlsx (POI's own zip-bomb limits stay on besides). */
  public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

  /** Characters of a cell by field; a field not listed is free text. */
  static final Map<String, Integer> MAX_LENGTH = Map.of(
      "code", 16, "name", 200, "title", 500, "evidence", 2_000, "kind", 100, "date", 40);

  /** Characters of a free-text cell. */
  public static final int MAX_TEXT = 2_000;

  /** Characters of an input echoed in a message; longer ones are cut with "…". */
  public static final int MAX_ECHO = 200;

  /** Problems listed in one message; the rest are counted. */
  public static final int MAX_LISTED = 100;

  private InputLimits() {}

  /** The most characters a cell of {@code field} may hold. */
  public static int maxLength(String field) {
    return MAX_LENGTH.getOrDefault(field, MAX_TEXT);
  }

  /** {@code text} as a message may quote it: at most {@link #MAX_ECHO} characters, then "…". */
  public static String echo(String text) {
    return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "…";
  }

  /**
   * Checks the length of every cell of {@code row}: each cell over its field's limit is a problem
   * naming the line or cell and the field, and is cut to the limit so that no later message echoes
   * it whole.
   */
  static void checkLengths(InputTable.Row row, List<InputProblem> problems) {
    for (Map.Entry<String, String> cell : row.values().entrySet()) {
      int max = maxLength(cell.getKey());
      String v = cell.getValue();
      if (v != null && v.length() > max) {
        problems.add(row.problem(cell.getKey(), "expected at most " + max + " characters, found "
            + v.length()));
        cell.setValue(v.substring(0, max));
      }
    }
  }
}
