package io.allianceeval.examples.report;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.EvaluationResult;
import java.util.List;
import java.util.Optional;

/** Renders the year's report of a result in one of the {@link Format formats}. */
public final class Reports {

  private Reports() {}

  /**
   * The report of {@code result}.
   *
   * @param notes extra paragraphs for the notes section (ignored by JSON)
   */
  public static String render(EvaluationResult result, Format format, Lang lang,
      PercentRounding rounding, List<String> notes) {
    return render(result, format, lang, rounding, notes, Optional.empty());
  }

  /**
   * The report of {@code result} with diagnostics, where given: sections after the score table
   * in text, Markdown and HTML (with a chart of points lost), a {@code diagnostics} object in JSON.
   */
  public static String render(EvaluationResult result, Format format, Lang lang,
      PercentRounding rounding, List<String> notes,
      Optional<DiagnosticsFigures> diagnostics) {
    return render(result, format, lang, rounding, notes, diagnostics, ReportInputs.none());
  }

  /**
   * The report of {@code result} with diagnostics, where given, and the sections {@code inputs}
   * add (the office's prose, the panel, the A-level award).
   */
  public static String render(EvaluationResult result, Format format, Lang lang,
      PercentRounding rounding, List<String> notes,
      Optional<DiagnosticsFigures> diagnostics, ReportInputs inputs) {
    requireNonNull(inputs, "inputs");
    requireNonNull(diagnostics, "diagnostics");
    requireNonNull(result, "result");
    requireNonNull(format, "format");
    requireNonNull(lang, "lang");
    requireNonNull(rounding, "rounding");
    requireNonNull(notes, "notes");
    ReportFigures figures = ReportFigures.of(result, rounding);
    switch (format) {
      case JSON:
        return Json.write(ReportData.of(figures, inputs, diagnostics));
      case MARKDOWN:
        return Renderers.markdown(ReportComposer.compose(figures, lang, false, notes,
            diagnostics, inputs));
      case HTML:
        return Renderers.html(ReportComposer.compose(figures, lang, true, notes, diagnostics,
            inputs),
            lang == Lang.ZH ? "zh-CN" : "en", ReportComposer.title(figures, lang));
      default:
        return Renderers.text(ReportComposer.compose(figures, lang, false, notes, diagnostics,
            inputs));
    }
  }

  /**
   * The report of {@code result} as a Word document (see {@link DocxRenderer}): the same sections
   * as the other formats, with native charts.
   */
  public static byte[] docx(EvaluationResult result, Lang lang, PercentRounding rounding,
      List<String> notes, Optional<DiagnosticsFigures> diagnostics,
      ReportInputs inputs) {
    requireNonNull(result, "result");
    ReportFigures figures = ReportFigures.of(result, requireNonNull(rounding, "rounding"));
    return DocxRenderer.render(ReportComposer.compose(figures, requireNonNull(lang, "lang"), true,
        requireNonNull(notes, "notes"), requireNonNull(diagnostics, "diagnostics"),
        requireNonNull(inputs, "inputs")));
  }

  /**
   * The report of {@code result} as an .xlsx workbook (see {@link WorkbookRenderer}): 附件 2 in
   * the report's layout, then a sheet per table — the distribution, indicator scores and, where
   * given, the diagnostics.
   */
  public static byte[] workbook(EvaluationResult result, Lang lang, PercentRounding rounding,
      List<String> notes, Optional<DiagnosticsFigures> diagnostics) {
    requireNonNull(result, "result");
    ReportFigures figures = ReportFigures.of(result, requireNonNull(rounding, "rounding"));
    return WorkbookRenderer.render(figures, ReportComposer.compose(figures,
        requireNonNull(lang, "lang"), false, requireNonNull(notes, "notes"),
        requireNonNull(diagnostics, "diagnostics")), lang);
  }
}
