package io.allianceeval.examples.io;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One problem with an input file: where (file, line, field, alliance code) and what.
 * {@link #toString()} reads {@code scores.csv line 17, field tier: alliance 342: tier HIGH …}.
 */
public final class InputProblem {

  private final String file;
  private final long line;
  private final String field;
  private final String message;

  private InputProblem(String file, long line, String field, String message) {
    this.file = requireNonNull(file, "file");
    this.line = line;
    this.field = field;
    this.message = requireNonNull(message, "message");
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

  @Override
  public String toString() {
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
