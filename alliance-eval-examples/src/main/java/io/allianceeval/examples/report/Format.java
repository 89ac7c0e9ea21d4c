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
  HTML;

  /** The option word: {@code text}, {@code markdown}, {@code json}, {@code html}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
