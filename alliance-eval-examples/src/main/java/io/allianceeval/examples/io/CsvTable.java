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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A CSV file read whole: a header row and data rows, each with the line it starts on.
 *
 * <p>Accepts what spreadsheets save: UTF-8 with or without a byte-order mark, LF or CRLF line
 * ends, quoted fields. Header names are matched case-insensitively; cells are trimmed of
 * surrounding spaces. Rejects, naming the file (and line where there is one): bytes that are not
 * UTF-8, an empty file, unbalanced quotes, a repeated or blank header name, a missing required
 * column, a row with more or fewer fields than the header, and a file with no data row.
 */
public final class CsvTable {

  private final String name;
  private final List<String> header;
  private final List<Row> rows;

  private CsvTable(String name, List<String> header, List<Row> rows) {
    this.name = name;
    this.header = header;
    this.rows = rows;
  }

  /** Reads {@code file}, which must have every column of {@code required}. */
  public static CsvTable read(Path file, Collection<String> required) throws BadInputException {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException(InputProblem.inFile(name, "no such file"));
    } catch (IOException e) {
      throw new BadInputException(InputProblem.inFile(name, "cannot be read: " + e.getMessage()));
    }
    return parse(name, bytes, required);
  }

  /** Reads a resource that ships inside the jar. */
  public static CsvTable readResource(String resource, Collection<String> required)
      throws BadInputException {
    try (InputStream in = CsvTable.class.getResourceAsStream(resource)) {
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
  public static CsvTable parse(String name, byte[] bytes, Collection<String> required)
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
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      header = new ArrayList<>();
      for (String h : parser.getHeaderNames()) {
        header.add(h.trim().toLowerCase(Locale.ROOT));
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
            + String.join(", ", header)));
      }
      for (CSVRecord record : parser) {
        long line = lineOf(lineStarts, record.getCharacterPosition());
        if (record.size() != header.size()) {
          problems.add(InputProblem.atLine(name, line, "expected " + header.size()
              + " fields as in the header, found " + record.size()));
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          values.put(header.get(i), record.get(i));
        }
        rows.add(new Row(name, line, values));
      }
    } catch (IllegalArgumentException e) {
      // header problems: duplicate or blank names
      throw new BadInputException(InputProblem.atLine(name, 1, "bad header: " + e.getMessage()));
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
    return new CsvTable(name, Collections.unmodifiableList(header),
        Collections.unmodifiableList(rows));
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

  /** The data rows in file order. */
  public List<Row> rows() {
    return rows;
  }

  /** One data row. */
  public static final class Row {
    private final String file;
    private final long line;
    private final Map<String, String> values;

    Row(String file, long line, Map<String, String> values) {
      this.file = file;
      this.line = line;
      this.values = values;
    }

    /** The line the row starts on (1 is the header). */
    public long line() {
      return line;
    }

    /** The trimmed cell of {@code column}; empty if the header has no such column. */
    public String get(String column) {
      return values.getOrDefault(column, "");
    }

    /** A problem with {@code field} of this row. */
    public InputProblem problem(String field, String message) {
      return InputProblem.atField(file, line, field, message);
    }

    /** A problem with this row. */
    public InputProblem problem(String message) {
      return InputProblem.atLine(file, line, message);
    }
  }
}
