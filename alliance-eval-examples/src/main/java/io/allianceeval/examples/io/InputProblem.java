package io.allianceeval.examples.io;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One problem with an input file: where (file, line — or sheet and cell of a workbook —, field,
 * alliance code) and what. {@link #toString()} reads {@code scores.csv line 17, field tier:
 * alliance 342: tier HIGH …} or {@code scores.xlsx, sheet 附件2, cell D17 (score): alliance 342:
 * …}.
 */
public final class InputProblem {

  private final String file;
  private final long line;
  private final String field;
  private final String message;
  private final String sheet; // null: not in a workbook
  private final String cell; // null: the sheet as a whole

  private InputProblem(String file, long line, String field, String message, String sheet,
      String cell) {
    this.file = requireNonNull(file, "file");
    this.line = line;
    this.field = field;
    this.message = requireNonNull(message, "message");
    this.sheet = sheet;
    this.cell = cell;
  }

  private InputProblem(String file, long line, String field, String message) {
    this(file, line, field, message, null, null);
  }

  /** A problem with a sheet of a workbook as a whole. */
  public static InputProblem inSheet(String file, String sheet, String message) {
    return new InputProblem(file, 0, null, message, requireNonNull(sheet, "sheet"), null);
  }

  /**
   * A problem with a cell of a workbook ({@code D17}), or with a row ({@code row 17}), and the
   * field it holds, if known (null otherwise).
   */
  public static InputProblem atCell(String file, String sheet, String cell, String field,
      String message) {
    return new InputProblem(file, 0, field, message, requireNonNull(sheet, "sheet"),
        requireNonNull(cell, "cell"));
  }

  /**
   * This problem said of the file {@code name} instead: for a file read under another name (an
   * upload kept in a temporary file is reported under the name it was uploaded as).
   */
  public InputProblem withFile(String name) {
    return new InputProblem(requireNonNull(name, "name"), line, field, message, sheet, cell);
  }

  /** A problem with the file as a whole. */
  public static InputProblem inFile(String file, String message) {
    return new InputProblem(file, 0, null, message);
  }

  /** A problem with a line. */
  public static InputProblem atLine(String file, long line, String message) {
    return new InputProblem(file, line, null, message);
  }

  /** A problem with one field of a line. */
  public static InputProblem atField(String file, long line, String field, String message) {
    return new InputProblem(file, line, requireNonNull(field, "field"), message);
  }

  /** The file name as the user gave it. */
  public String file() {
    return file;
  }

  /** The 1-based line, if the problem is with a line. */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /** The column, if the problem is with one field. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** What is wrong. */
  public String message() {
    return message;
  }

  /** The sheet, if the problem is in a workbook. */
  public Optional<String> sheet() {
    return Optional.ofNullable(sheet);
  }

  /** The cell ({@code D17}) or row ({@code row 17}), if the problem is with one. */
  public Optional<String> cell() {
    return Optional.ofNullable(cell);
  }

  @Override
  public String toString() {
    if (sheet != null) {
      StringBuilder sb = new StringBuilder(file).append(", sheet ").append(sheet);
      if (cell != null) {
        sb.append(cell.startsWith("row ") ? ", " : ", cell ").append(cell);
      }
      if (field != null) {
        sb.append(" (").append(field).append(')');
      }
      return sb.append(": ").append(message).toString();
    }
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(" line ").append(line);
    }
    if (field != null) {
      sb.append(line > 0 ? ", " : " ").append("field ").append(field);
    }
    return sb.append(": ").append(message).toString();
  }
}
