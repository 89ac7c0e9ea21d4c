package io.allianceeval.examples.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.allianceeval.review.AuditEvent;
import io.allianceeval.review.ExpertBias;
import io.allianceeval.review.PanelReview;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The experts' biases of a review, for {@link ReviewOutputs}: each expert's least-squares bias
 * with its standard error and count of marks outside the corridor, the marks outside it, and the
 * audit of the corrections — as text, JSON and workbook rows.
 */
final class ReviewBias {

  private ReviewBias() {}

  /** The corrections' audit events, in order. */
  static List<AuditEvent> corrections(PanelReview review) {
    return review.audit().stream().filter(e -> e.kind() == AuditEvent.Kind.CORRECTED).toList();
  }

  /** The text section: biases, the marks outside the corridor, the corrections. */
  static void text(PanelReview review, StringBuilder sb) {
    ExpertBias bias = review.bias();
    sb.append("\nExpert bias (least squares over the connected design: score = alliance level + ")
        .append("expert bias + noise, the biases summing to 0; ± one standard error; residual ")
        .append("standard deviation ").append(DoubleText.two(bias.residualStandardDeviation()))
        .append("):\n");
    bias.estimates().forEach((id, e) -> sb.append("  ").append(String.format("%-6s", id))
        .append(e.map(x -> String.format("%7s ± %-5s  %3d marks, %d outside the corridor",
            DoubleText.signed(x.bias()), DoubleText.two(x.standardError()), x.marks(), x.flagged()))
            .orElse("— (not connected to the other experts)")).append('\n'));
    if (bias.flags().isEmpty()) {
      sb.append("\nNo mark lies outside the corridor.\n");
    } else {
      sb.append("\nMarks outside the corridor (the mark against the other experts' mean on the ")
          .append("same alliance and round):\n");
      for (ExpertBias.Flag f : bias.flags()) {
        sb.append(String.format("  round %d, %-5s on %-5s %7s vs %7s (%s)%n",
            f.mark().round().number(), f.mark().expertId(), f.mark().code(),
            f.mark().points().toString(), DoubleText.two(f.othersMean()),
            DoubleText.signed(f.deviation())));
      }
    }
    List<AuditEvent> corrections = corrections(review);
    if (!corrections.isEmpty()) {
      sb.append("\nCorrections (each total less its expert's bias, before aggregation):\n");
      for (AuditEvent e : corrections) {
        sb.append("  ").append(e.code()).append(": ").append(e.detail()).append('\n');
      }
    }
  }

  /** Adds {@code bias}, {@code standardError}, {@code marks} and {@code flagged} to an expert. */
  static void expert(PanelReview review, String id, JsonObject o) {
    Optional<ExpertBias.Estimate> e = review.bias().of(id);
    o.add("bias", e.map(x -> (com.google.gson.JsonElement) Json.points(x.rounded()))
        .orElse(JsonNull.INSTANCE));
    o.add("standardError", e.filter(x -> Double.isFinite(x.standardError()))
        .map(x -> (com.google.gson.JsonElement) new com.google.gson.JsonPrimitive(
            BigDecimal.valueOf(x.standardError()).setScale(2, RoundingMode.HALF_UP)))
        .orElse(JsonNull.INSTANCE));
    o.addProperty("marks", e.map(ExpertBias.Estimate::marks).orElse(0));
    o.addProperty("flagged", e.map(ExpertBias.Estimate::flagged).orElse(0));
  }

  /** The marks outside the corridor and the corrections, into {@code root}. */
  static void json(PanelReview review, JsonObject root) {
    JsonArray flags = new JsonArray();
    for (ExpertBias.Flag f : review.bias().flags()) {
      JsonObject o = new JsonObject();
      o.addProperty("round", f.mark().round().number());
      o.addProperty("expert", f.mark().expertId());
      o.addProperty("code", f.mark().code().toString());
      o.add("mark", Json.points(f.mark().points()));
      o.add("othersMean", new com.google.gson.JsonPrimitive(BigDecimal.valueOf(f.othersMean())
          .setScale(2, RoundingMode.HALF_UP)));
      o.add("deviation", new com.google.gson.JsonPrimitive(BigDecimal.valueOf(f.deviation())
          .setScale(2, RoundingMode.HALF_UP)));
      flags.add(o);
    }
    root.add("outsideCorridor", flags);
    JsonArray corrections = new JsonArray();
    for (AuditEvent e : corrections(review)) {
      JsonObject o = new JsonObject();
      o.addProperty("code", e.code().toString());
      o.addProperty("detail", e.detail());
      corrections.add(o);
    }
    root.add("corrections", corrections);
  }

  /** The workbook sheets' rows: the biases, then the marks outside the corridor. */
  static List<List<String>> biasRows(PanelReview review) {
    List<List<String>> rows = new ArrayList<>();
    review.bias().estimates().forEach((id, e) -> rows.add(List.of(id,
        e.map(x -> x.rounded().toString()).orElse(""),
        e.map(x -> DoubleText.two(x.standardError())).orElse(""),
        e.map(x -> String.valueOf(x.marks())).orElse("0"),
        e.map(x -> String.valueOf(x.flagged())).orElse("0"))));
    return rows;
  }

  static List<List<String>> flagRows(PanelReview review) {
    List<List<String>> rows = new ArrayList<>();
    for (ExpertBias.Flag f : review.bias().flags()) {
      rows.add(List.of(String.valueOf(f.mark().round().number()), f.mark().expertId(),
          f.mark().code().toString(), f.mark().points().toString(), DoubleText.two(f.othersMean()),
          DoubleText.signed(f.deviation())));
    }
    return rows;
  }
}
