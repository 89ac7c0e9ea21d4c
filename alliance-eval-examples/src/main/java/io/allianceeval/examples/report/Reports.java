package io.allianceeval.examples.report;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;

/** Renders the year's report of a result in one of the {@link Format formats}. */
public final class Reports {

  private Reports() {}

  /**
   * The report composed from {@code source} in {@code format}: text, Markdown, JSON and HTML as
   * UTF-8 text, Word and Excel as their files: each a walk over one {@link ReportModel}, whose
   * figures are computed once.
   */
  public static byte[] render(ReportSource source, Format format, Lang lang,
      PercentRounding rounding) {
    requireNonNull(source, "source");
    requireNonNull(format, "format");
    requireNonNull(lang, "lang");
    ReportModel model = ReportModel.of(source, requireNonNull(rounding, "rounding"));
    return switch (format) {
      case TEXT -> utf8(Renderers.text(ReportComposer.compose(model, lang, false)));
      case MARKDOWN -> utf8(Renderers.markdown(ReportComposer.compose(model, lang, false)));
      case JSON -> utf8(Json.write(ReportData.of(model)));
      case HTML -> utf8(Renderers.html(ReportComposer.compose(model, lang, true),
          lang == Lang.ZH ? "zh-CN" : "en", ReportComposer.title(model, lang)));
      case DOCX -> DocxRenderer.render(ReportComposer.compose(model, lang, true));
      // the workbook: 附件 2 and a sheet per table of the figures, without the office's sections
      case XLSX -> WorkbookRenderer.render(model,
          ReportComposer.compose(model, lang, false, ReportInputs.none()), lang);
    };
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
