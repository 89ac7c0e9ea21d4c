package io.allianceeval.examples.report;

import java.util.Locale;

/** The output formats of a report. */
public enum Format {
  /** Plain text, laid out as the published report. */
  TEXT,
  /** Markdown with pipe tables. */
  MARKDOWN,
  /** JSON with the documented keys. */
  JSON,
  /** One self-contained HTML page with embedded charts. */
  HTML,
  /** An .xlsx workbook (Excel, WPS): 附件 2 in the report's layout and a sheet per table. */
  XLSX,
  /** A Word document (.docx; Word, WPS): heading styles, tables and native charts. */
  DOCX;

  /** Whether the format is a file to save ({@code xlsx}, {@code docx}), not text to print. */
  public boolean isFile() {
    return switch (this) {
      case TEXT, MARKDOWN, JSON, HTML -> false;
      case XLSX, DOCX -> true;
    };
  }

  /** The option word: {@code text}, {@code markdown}, {@code json}, {@code html}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
