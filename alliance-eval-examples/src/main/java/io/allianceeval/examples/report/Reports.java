package io.allianceeval.examples.report;

import static java.util.Objects.requireNonNull;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.NonParticipant;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Fact;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorGroup;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Scorecard;
import java.util.List;

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
    return render(result, format, lang, rounding, notes, java.util.Optional.empty());
  }

  /**
   * The report of {@code result} with diagnostics, where given: sections after the score table
   * in text, Markdown and HTML (with a chart of points lost), a {@code diagnostics} object in JSON.
   */
  public static String render(EvaluationResult result, Format format, Lang lang,
      PercentRounding rounding, List<String> notes,
      java.util.Optional<DiagnosticsFigures> diagnostics) {
    return render(result, format, lang, rounding, notes, diagnostics, ReportInputs.none());
  }

  /**
   * The report of {@code result} with diagnostics, where given, and the sections {@code inputs}
   * add (the office's prose, the panel, the A-level award).
   */
  public static String render(EvaluationResult result, Format format, Lang lang,
      PercentRounding rounding, List<String> notes,
      java.util.Optional<DiagnosticsFigures> diagnostics, ReportInputs inputs) {
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
        JsonObject json = json(figures);
        diagnostics.ifPresent(d -> json.add("diagnostics", DiagnosticsComposer.json(d)));
        return Json.write(json);
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
      List<String> notes, java.util.Optional<DiagnosticsFigures> diagnostics,
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
      List<String> notes, java.util.Optional<DiagnosticsFigures> diagnostics) {
    requireNonNull(result, "result");
    ReportFigures figures = ReportFigures.of(result, requireNonNull(rounding, "rounding"));
    return WorkbookRenderer.render(figures, ReportComposer.compose(figures,
        requireNonNull(lang, "lang"), false, requireNonNull(notes, "notes"),
        requireNonNull(diagnostics, "diagnostics")), lang);
  }

  /**
   * The JSON tree: {@code year, population, participants, nonParticipants, batches[], tiers[],
   * alliances[]}; for a scored result each alliance also has {@code groups} and {@code indicators},
   * and {@code notEvaluated[]} lists the named non-participants.
   */
  static JsonObject json(ReportFigures f) {
    var d = f.distribution();
    JsonObject root = new JsonObject();
    root.addProperty("year", f.year());
    root.addProperty("indicatorSystem", f.result().indicatorSystem().name());
    root.add("fullMarks", Json.points(f.result().indicatorSystem().total()));
    root.addProperty("scoredFromRecords", f.result().scoredFromRecords());
    root.addProperty("population", d.population());
    root.addProperty("participants", d.participants());
    root.addProperty("nonParticipants", d.nonParticipants());
    JsonArray batches = new JsonArray();
    for (Batch b : Batch.values()) {
      JsonObject o = new JsonObject();
      o.addProperty("batch", b.name());
      o.addProperty("population", d.population(b));
      o.addProperty("participants", d.participants(b));
      o.addProperty("nonParticipants", d.nonParticipants(b));
      batches.add(o);
    }
    root.add("batches", batches);
    JsonArray tiers = new JsonArray();
    for (Tier t : Tier.values()) {
      var tf = f.tier(t);
      JsonObject o = new JsonObject();
      o.addProperty("tier", t.name());
      o.addProperty("count", tf.count());
      o.add("ofParticipants", Json.percent(tf.ofParticipants()));
      o.add("ofPopulation", Json.percent(tf.ofPopulation()));
      JsonObject byBatch = new JsonObject();
      for (Batch b : Batch.values()) {
        byBatch.addProperty(b.name(), tf.byBatch().get(b));
      }
      o.add("byBatch", byBatch);
      tiers.add(o);
    }
    root.add("tiers", tiers);
    IndicatorSystem system = f.result().scoredFromRecords() ? f.result().indicatorSystem() : null;
    JsonArray alliances = new JsonArray();
    for (Participant p : f.result().participants()) {
      JsonObject o = new JsonObject();
      if (p.rank().isPresent()) {
        o.addProperty("rank", p.rank().getAsInt());
      } else {
        o.add("rank", JsonNull.INSTANCE);
      }
      o.addProperty("code", p.code().toString());
      o.addProperty("name", p.alliance().name());
      o.addProperty("batch", p.batch().name());
      o.add("score", p.total().isPresent() ? Json.points(p.total().getAsDouble())
          : JsonNull.INSTANCE);
      o.addProperty("tier", p.tier().name());
      if (system != null) {
        Scorecard card = p.scorecard().get();
        JsonObject groups = new JsonObject();
        for (IndicatorGroup g : system.groups()) {
          groups.add(g.id(), Json.points(card.subtotal(g.id())));
        }
        o.add("groups", groups);
        JsonObject indicators = new JsonObject();
        for (Indicator i : system.indicators()) {
          indicators.add(i.id(), Json.points(card.points(i.id())));
        }
        o.add("indicators", indicators);
      }
      alliances.add(o);
    }
    root.add("alliances", alliances);
    if (system != null) {
      JsonArray notEvaluated = new JsonArray();
      for (NonParticipant np : f.result().nonParticipants()) {
        JsonObject o = new JsonObject();
        o.addProperty("code", np.code().toString());
        o.addProperty("name", np.alliance().name());
        o.addProperty("batch", np.alliance().batch().name());
        o.addProperty("reason", np.reason().name());
        JsonArray missing = new JsonArray();
        np.missingFacts().stream().map(Fact::name).forEach(missing::add);
        o.add("missingFacts", missing);
        notEvaluated.add(o);
      }
      root.add("notEvaluated", notEvaluated);
    }
    return root;
  }
}
