package io.allianceeval.examples.report;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;

/** Renders the year's report of a result in one of the {@link Format formats}. */
public final class Reports {

  private Reports() {}

  /**
   * The report composed from {@code source} in {@code format}: text, Markdown, JSON and HTML as
   * UTF-8 text, Word and Excel as their files. The figures are computed once ({@link
   * ReportFigures}) and every format lays out the same ones.
   */
  public static byte[] render(ReportSource source, Format format, Lang lang,
      PercentRounding rounding) {
    requireNonNull(source, "source");
    requireNonNull(format, "format");
    requireNonNull(lang, "lang");
    ReportFigures figures = ReportFigures.of(source.result(), requireNonNull(rounding, "rounding"),
        source.diagnostics().flatMap(DiagnosticsFigures::losses));
    return switch (format) {
      case TEXT -> utf8(Renderers.text(compose(figures, source, lang, false)));
      case MARKDOWN -> utf8(Renderers.markdown(compose(figures, source, lang, false)));
      case JSON -> utf8(Json.write(ReportData.of(figures, source.inputs(),
          source.diagnostics())));
      case HTML -> utf8(Renderers.html(compose(figures, source, lang, true),
          lang == Lang.ZH ? "zh-CN" : "en", ReportComposer.title(figures, lang)));
      case DOCX -> DocxRenderer.render(compose(figures, source, lang, true));
      case XLSX -> WorkbookRenderer.render(figures, ReportComposer.compose(figures, lang, false,
          source.notes(), source.diagnostics()), lang);
    };
  }

  private static Document compose(ReportFigures figures, ReportSource source, Lang lang,
      boolean charts) {
    return ReportComposer.compose(figures, lang, charts, source.notes(), source.diagnostics(),
        source.inputs());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
