package io.allianceeval.examples.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain tables as an .xlsx workbook, one sheet each, laid out as every workbook of the tool is:
 * bold frozen header, widths to fit, A4, numbers as numbers, text from input as text cells.
 */
public final class SheetsWriter {

  private final Map<String, Document.Table> sheets = new LinkedHashMap<>();

  /** Adds a sheet; the name is shortened and made unique as Excel requires. */
  public SheetsWriter sheet(String name, List<String> header, List<List<String>> rows) {
    sheets.put(name, new Document.Table(header.stream().map(Document.Column::text).toList(),
        rows));
    return this;
  }

  /** The workbook's bytes. */
  public byte[] bytes() {
    return WorkbookRenderer.tables(sheets);
  }
}
