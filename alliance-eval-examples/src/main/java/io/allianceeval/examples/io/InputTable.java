package io.allianceeval.examples.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * An input table read whole — a CSV file or a sheet of an .xlsx workbook, told apart by content,
 * not by extension — with a header row and data rows, each with where it is: the line it starts on,
 * or its sheet, row and cells. Header names may be English or Chinese ({@link Headers}).
 *
 * <p>CSV:
 * <p>Accepts what spreadsheets save: UTF-8 with or without a byte-order mark, LF or CRLF line
 * ends, quoted fields. Header names are matched case-insensitively; cells are trimmed of
 * surrounding spaces. Rejects, naming the file (and line where there is one): bytes that are not
 * UTF-8, an empty file, unbalanced quotes, a repeated or blank header name, a missing required
 * column, a row with more or fewer fields than the header, and a file with no data row.
 */
public final class InputTable {

  private final String name;
  private final List<String> header;
  private final List<Row> rows;
  private final List<InputProblem> problems;

  InputTable(String name, List<String> header, List<Row> rows,
      List<InputProblem> problems) {
    this.name = name;
    this.header = header;
    this.rows = rows;
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads {@code file}, which must have every column of {@code required}: an .xlsx workbook (its
   * first sheet with such a header) or CSV, told apart by content.
   */
  public static InputTable read(Path file, Collection<String> required) throws BadInputException {
    return read(file, required, null);
  }

  /**
   * Reads {@code file}, which must have every column of {@code required}: the sheet {@code sheet}
   * of an .xlsx workbook (or, for null, its first sheet with such a header), or CSV, told apart by
   * content. Refuses, in one line naming the file, an .xls workbook, a password-protected one, a
   * damaged or oversized one, and a file named .xlsx that is not a workbook.
   */
  public static InputTable read(Path file, Collection<String> required, String sheet)
      throws BadInputException {
    String name = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > InputLimits.MAX_FILE_BYTES) {
        throw new BadInputException(InputProblem.inFile(name, "is " + size + " bytes; expected "
            + "at most " + InputLimits.MAX_FILE_BYTES + " (" + InputLimits.MAX_FILE_BYTES
            / (1024 * 1024) + " MB; split it)"));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException(InputProblem.inFile(name, "no such file"));
    } catch (IOException e) {
      throw new BadInputException(InputProblem.inFile(name, "cannot be read: " + e.getMessage()));
    }
    switch (Workbooks.kind(bytes)) {
      case XLSX:
        return XlsxTable.read(name, bytes, required, sheet);
      case OLE2:
        throw new BadInputException(InputProblem.inFile(name, Workbooks.ole2Problem(bytes)));
      default:
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
          throw new BadInputException(InputProblem.inFile(name, "is not an .xlsx workbook: it is "
              + "not a zip archive (a CSV or text file renamed to .xlsx?); save it from Excel or "
              + "WPS as .xlsx, or name it .csv"));
        }
        return parse(name, bytes, required);
    }
  }

  /**
   * The table of header and rows, for the readers of other formats in this package, with the
   * problems of the cells it left out.
   */
  static InputTable of(String name, List<String> header, List<Row> rows,
      List<InputProblem> problems) {
    return new InputTable(name, Collections.unmodifiableList(header),
        Collections.unmodifiableList(rows), problems);
  }

  /** Reads a resource that ships inside the jar. */
  public static InputTable readResource(String resource, Collection<String> required)
      throws BadInputException {
    try (InputStream in = InputTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new BadInputException(InputProblem.inFile(resource, "resource not found"));
      }
      return parse("(embedded) " + resource.substring(resource.lastIndexOf('/') + 1),
          in.readAllBytes(), required);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses {@code bytes} as the file {@code name}. */
  public static InputTable parse(String name, byte[] bytes, Collection<String> required)
      throws BadInputException {
    requireNonNull(name, "name");
    requireNonNull(bytes, "bytes");
    requireNonNull(required, "required");
    String text = decode(name, bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new BadInputException(InputProblem.inFile(name,
          "is empty; expected a header row with the columns " + String.join(", ", required)));
    }
    int[] lineStarts = lineStarts(text);
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true)
        .setTrim(true)
        .setAllowMissingColumnNames(false)
        .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
        .build();
    List<InputProblem> problems = new ArrayList<>();
    List<String> header;
    List<Row> rows = new ArrayList<>();
    int firstLineEnd = text.indexOf('\n');
    String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
    if (firstLine.chars().filter(c -> c == ',').count() >= InputLimits.MAX_COLUMNS) {
      throw new BadInputException(InputProblem.atLine(name, 1, "the header has "
          + (firstLine.chars().filter(c -> c == ',').count() + 1) + " columns; expected at most "
          + InputLimits.MAX_COLUMNS));
    }
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      header = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (String h : parser.getHeaderNames()) {
        String column = Headers.canonical(h);
        if (!seen.add(column)) {
          throw new BadInputException(InputProblem.atLine(name, 1,
              "bad header: two columns mean " + InputLimits.echo(column) + " (the second is '"
                  + InputLimits.echo(h) + "')"));
        }
        header.add(column);
      }
      List<String> missing = new ArrayList<>();
      for (String r : required) {
        if (!header.contains(r)) {
          missing.add(r);
        }
      }
      if (!missing.isEmpty()) {
        throw new BadInputException(InputProblem.atLine(name, 1, "header lacks the column"
            + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + "; found "
            + InputLimits.echo(String.join(", ", header))));
      }
      for (CSVRecord record : parser) {
        long line = lineOf(lineStarts, record.getCharacterPosition());
        if (rows.size() + problems.size() >= InputLimits.maxRows()) {
          problems.add(InputProblem.atLine(name, line, "more than " + InputLimits.maxRows()
              + " rows; expected at most that many (split the file)"));
          break;
        }
        if (record.size() != header.size()) {
          problems.add(InputProblem.atLine(name, line, "expected " + header.size()
              + " fields as in the header, found " + record.size()));
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          values.put(header.get(i), record.get(i));
        }
        Row row = new Row(name, line, values);
        InputLimits.checkLengths(row, problems);
        rows.add(row);
      }
    } catch (IllegalArgumentException e) {
      // header problems: duplicate or blank names
      throw new BadInputException(InputProblem.atLine(name, 1, "bad header: "
          + InputLimits.echo(String.valueOf(e.getMessage()))));
    } catch (UncheckedIOException | IOException e) {
      String msg = e.getCause() != null && e instanceof UncheckedIOException
          ? e.getCause().getMessage() : e.getMessage();
      throw new BadInputException(InputProblem.inFile(name, "malformed CSV: " + msg));
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    if (rows.isEmpty()) {
      throw new BadInputException(InputProblem.inFile(name, "has a header but no data rows"));
    }
    return new InputTable(name, Collections.unmodifiableList(header),
        Collections.unmodifiableList(rows), List.of());
  }

  private static String decode(String name, byte[] bytes) throws BadInputException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(buffer).toString();
    } catch (MalformedInputException e) {
      int offset = buffer.position();
      long line = 1;
      for (int i = 0; i < offset && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new BadInputException(InputProblem.atLine(name, line,
          "is not UTF-8 text: invalid byte 0x" + String.format("%02X", bytes[offset] & 0xff)
              + " at byte offset " + offset + " (save the file as CSV UTF-8)"));
    } catch (CharacterCodingException e) {
      throw new BadInputException(InputProblem.inFile(name, "is not UTF-8 text: " + e));
    }
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static long lineOf(int[] lineStarts, long position) {
    int i = Arrays.binarySearch(lineStarts, (int) position);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** The file name as given. */
  public String name() {
    return name;
  }

  /** The header names, lower-cased, in file order. */
  public List<String> header() {
    return header;
  }

  /** Whether the header has {@code column}. */
  public boolean has(String column) {
    return header.contains(column);
  }

  /** The data rows in file order; rows with a cell problem are left out (see {@link #problems}). */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Problems found while reading cells (an error cell, a date, a merged data cell, a group count
   * that does not match), which readers report together with their own; empty for CSV, whose
   * reading stops at its first malformed row.
   */
  public List<InputProblem> problems() {
    return problems;
  }

  /** One data row. */
  public static final class Row {
    private final String file;
    private final long line;
    private final Map<String, String> values;
    private final String sheet; // null for CSV
    private final Map<String, String> cells; // column -> cell reference, for a sheet

    Row(String file, long line, Map<String, String> values) {
      this(file, line, values, null, Map.of());
    }

    Row(String file, long line, Map<String, String> values, String sheet,
        Map<String, String> cells) {
      this.file = file;
      this.line = line;
      this.values = values;
      this.sheet = sheet;
      this.cells = cells;
    }

    /** The cells by column, to check them; package-private, and only the limits change them. */
    Map<String, String> values() {
      return values;
    }

    /** The line the row starts on (1 is the header); for a sheet, its row number. */
    public long line() {
      return line;
    }

    /** Where {@code column} of this row is: its cell ({@code D17}) in a sheet, else the line. */
    public String cell(String column) {
      return sheet != null ? cells.getOrDefault(column, "row " + line) : "line " + line;
    }

    /** The trimmed cell of {@code column}; empty if the header has no such column. */
    public String get(String column) {
      return values.getOrDefault(column, "");
    }

    /** A problem with {@code field} of this row. */
    public InputProblem problem(String field, String message) {
      if (sheet != null) {
        return InputProblem.atCell(file, sheet, cells.getOrDefault(field, "row " + line), field,
            message);
      }
      return InputProblem.atField(file, line, field, message);
    }

    /** A problem with this row. */
    public InputProblem problem(String message) {
      if (sheet != null) {
        return InputProblem.atCell(file, sheet, "row " + line, null, message);
      }
      return InputProblem.atLine(file, line, message);
    }
  }
}
