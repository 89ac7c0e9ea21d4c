package io.allianceeval.examples.report;

import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.scoring.IndicatorSystem;
import java.util.List;
import java.util.Optional;

/**
 * Lays out the report as the 2019 report numbers it, in Chinese or English: the title, then its
 * sections in order — each a {@link Section} that lays out figures {@link ReportModel} computed
 * once — the diagnostics where asked for, the annexes and the notes.
 */
final class ReportComposer {

  private final ReportModel f;
  private final Lang lang;
  private final ReportInputs inputs;

  private ReportComposer(ReportModel f, Lang lang, ReportInputs inputs) {
    this.f = f;
    this.lang = lang;
    this.inputs = inputs;
  }

  static String title(ReportModel f, Lang lang) {
    return lang.text("report.title", f.year());
  }

  /**
   * The sentence that names the model the result rests on: "按 2019 标准指标体系评分（满分 100 分）。" /
   * "Scored with the standard 2019 indicator system (full marks 100)."
   */
  static String basis(EvaluationResult result, Lang lang) {
    var system = result.indicatorSystem();
    String full = system.total().toString();
    boolean standard = system == IndicatorSystem.standard2019();
    String model = standard ? lang.text("model.standard") : lang.text("model.named", system.name());
    return lang.text(result.scoredFromRecords() ? "basis.scored" : "basis.published", model, full);
  }

  /**
   * The report as the 2019 report numbers it: 一、前言, 二、组织, 三、分析 (with the charts),
   * 四、各项指标, 五、A 级, 六、总结, 七、未参评, 八、建议, then the diagnostics, 附件 1–3 and the notes.
   */
  static Document compose(ReportModel model, Lang lang, boolean charts) {
    return compose(model, lang, charts, model.source().inputs());
  }

  /** {@link #compose(ReportModel, Lang, boolean)} with the sections {@code inputs} give. */
  static Document compose(ReportModel model, Lang lang, boolean charts, ReportInputs inputs) {
    return new ReportComposer(model, lang, inputs).document(charts,
        model.source().notes(), model.source().diagnostics());
  }

  /** The sections in the report's order: the table of contents, and nothing else. */
  private Document document(boolean withCharts, List<String> notes,
      Optional<DiagnosticsFigures> diagnostics) {
    InputSections office = new InputSections(f, lang, inputs);
    ParticipationSections alliances = new ParticipationSections(f, lang);
    List<Section> sections = List.of(
        doc -> doc.heading(1, title(f, lang)).paragraph(basis(f.result(), lang)),
        doc -> office.prose(doc, "preface"),                    // 一
        office::organisation,                                    // 二
        new AnalysisSection(f, lang, withCharts),                // 三
        new IndicatorSection(f, lang),                           // 四
        office::award,                                           // 五
        doc -> office.prose(doc, "summary"),                    // 六
        alliances::nonParticipants,                              // 七
        doc -> office.prose(doc, "recommendations"),            // 八
        doc -> diagnostics.ifPresent(d -> DiagnosticsComposer.sections(doc, d,
            f.result().indicatorSystem(), lang, withCharts)),
        office::annex1,                                          // 附件 1
        alliances::scoreTable,                                   // 附件 2
        office::annex3,                                          // 附件 3
        doc -> notes(doc, notes));
    Document doc = new Document();
    sections.forEach(s -> s.compose(doc));
    return doc;
  }

  private void notes(Document doc, List<String> notes) {
    doc.heading(2, lang.text("section.notes"));
    doc.paragraph(lang.text(f.rounding() == PercentRounding.HALF_UP
        ? "notes.rounding.halfUp" : "notes.rounding.largestRemainder"));
    notes.forEach(doc::paragraph);
  }

}
