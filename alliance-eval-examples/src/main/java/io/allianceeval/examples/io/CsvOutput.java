package io.allianceeval.examples.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV written by the tool, with Apache Commons CSV: UTF-8, LF, quoted where needed, and every cell
 * that a spreadsheet would take for a formula — one that begins with {@code =}, {@code +}, {@code
 * -} or {@code @} — prefixed with an apostrophe (spreadsheet formula injection). Numbers the tool
 * writes itself are passed as numbers and never escaped.
 */
public final class CsvOutput {

  private CsvOutput() {}

  /** The table as CSV text: header first. Cells are Strings (escaped) or Numbers (as they are). */
  public static String write(List<String> header, List<List<Object>> rows) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      printer.printRecord(header.stream().map(CsvOutput::safe).toList());
      for (List<Object> row : rows) {
        printer.printRecord(row.stream()
            .map(c -> c instanceof Number ? c : safe(String.valueOf(c))).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** {@code "=1+1"} becomes {@code "'=1+1"}; other text is unchanged. */
  public static String safe(String cell) {
    if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }
}
