package io.allianceeval.examples.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.allianceeval.examples.io.CsvOutput;
import io.allianceeval.model.Points;
import io.allianceeval.review.Aggregation;
import io.allianceeval.review.AllianceReview;
import io.allianceeval.review.AuditEvent;
import io.allianceeval.review.PanelReview;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What {@code review} writes: text, JSON, the final sheet (CSV or workbook), the audit, a workbook. */
public final class ReviewOutputs {

  private ReviewOutputs() {}

  /** The final score sheet as a workbook, with the columns of {@link #finalSheet}. */
  public static byte[] finalWorkbook(PanelReview review) {
    return new SheetsWriter().sheet("终评 final", FINAL_COLUMNS, finalRows(review)).bytes();
  }

  private static final List<String> FINAL_COLUMNS = List.of("code", "name", "score", "tier");

  private static List<List<String>> finalRows(PanelReview review) {
    List<List<String>> rows = new ArrayList<>();
    for (var r : review.finalScores()) {
      AllianceReview ar = review.alliance(r.alliance().code()).get();
      rows.add(List.of(r.alliance().code().toString(), r.alliance().name(),
          r.score().get().toString(), ar.tier().get().name()));
    }
    return rows;
  }

  /** The review as a workbook: rounds and flags, the final sheet once final, the audit trail. */
  public static byte[] workbook(PanelReview review) {
    var w = new SheetsWriter();
    List<List<String>> rounds = new ArrayList<>();
    for (AllianceReview r : review.alliances()) {
      rounds.add(List.of(r.code().toString(), r.alliance().name(),
          r.round1().toString(), r.round2().toString(),
          r.cause().map(Enum::name).orElse(""), r.status().name(), f(r.finalScore()),
          r.tier().map(Enum::name).orElse(""), String.join(" ", r.unstableWithout())));
    }
    w.sheet("评审 review", List.of("code", "name", "round1", "round2", "flag", "status", "final",
        "tier", "unstable_without"), rounds);
    if (review.awaitingReview().isEmpty()) {
      w.sheet("终评 final", FINAL_COLUMNS, finalRows(review));
    }
    List<List<String>> audit = new ArrayList<>();
    for (AuditEvent e : review.audit()) {
      audit.add(List.of(String.valueOf(e.sequence()), e.kind().name(), e.code().toString(),
          e.detail()));
    }
    w.sheet("审计 audit", List.of("sequence", "kind", "code", "detail"), audit);
    w.sheet("偏差 bias", List.of("expert", "bias", "standard_error", "marks",
        "outside_corridor"), ReviewBias.biasRows(review));
    w.sheet("走廊 corridor", List.of("round", "expert", "code", "mark", "others_mean",
        "deviation"), ReviewBias.flagRows(review));
    return w.bytes();
  }

  /** The final score sheet as CSV: {@code code,name,score,tier}, which {@code report --scores} reads. */
  public static String finalSheet(PanelReview review) {
    List<List<Object>> rows = new ArrayList<>();
    for (var r : review.finalScores()) {
      AllianceReview ar = review.alliance(r.alliance().code()).get();
      rows.add(List.of(r.alliance().code().toString(), r.alliance().name(),
          r.score().get().toString(), ar.tier().get().name()));
    }
    return CsvOutput.write(List.of("code", "name", "score", "tier"), rows);
  }

  /** The audit trail as CSV: {@code sequence,kind,code,detail}. */
  public static String auditCsv(PanelReview review) {
    List<List<Object>> rows = new ArrayList<>();
    for (AuditEvent e : review.audit()) {
      rows.add(List.of(e.sequence(), e.kind().name(), e.code().toString(), e.detail()));
    }
    return CsvOutput.write(List.of("sequence", "kind", "code", "detail"), rows);
  }

  /** The review as JSON (see docs/command-line.md). */
  public static JsonObject json(PanelReview review, Points threshold, Aggregation aggregation) {
    JsonObject root = new JsonObject();
    root.add("threshold", Json.points(threshold));
    root.addProperty("aggregate", aggregation.name());
    JsonArray alliances = new JsonArray();
    for (AllianceReview r : review.alliances()) {
      JsonObject o = new JsonObject();
      o.addProperty("code", r.code().toString());
      o.add("round1", Json.points(r.round1()));
      o.add("round2", Json.points(r.round2()));
      o.addProperty("flagged", r.flagged());
      if (r.cause().isPresent()) {
        o.addProperty("cause", r.cause().get().name());
      } else {
        o.add("cause", JsonNull.INSTANCE);
      }
      o.addProperty("status", r.status().name());
      o.add("final", r.finalScore().isPresent() ? Json.points(r.finalScore().get())
          : JsonNull.INSTANCE);
      if (r.tier().isPresent()) {
        o.addProperty("tier", r.tier().get().name());
      } else {
        o.add("tier", JsonNull.INSTANCE);
      }
      JsonArray unstable = new JsonArray();
      r.unstableWithout().forEach(unstable::add);
      o.add("unstableWithout", unstable);
      alliances.add(o);
    }
    root.add("alliances", alliances);
    JsonArray experts = new JsonArray();
    review.severity().forEach((id, s) -> {
      JsonObject o = new JsonObject();
      o.addProperty("id", id);
      o.add("severity", s.isPresent() ? Json.points(s.get()) : JsonNull.INSTANCE);
      ReviewBias.expert(review, id, o);
      experts.add(o);
    });
    root.add("experts", experts);
    ReviewBias.json(review, root);
    return root;
  }

  private static String f(Optional<Points> d) {
    return d.map(Points::toString).orElse("—");
  }

  /** A severity with its sign and two decimals: {@code +1.42}, {@code -2.50}, {@code +0.00}. */
  private static String signed(Points s) {
    return (s.isNegative() ? "" : "+") + BigDecimal.valueOf(s.toHundredths(), 2).toPlainString();
  }

  /** The review as text. */
  public static String text(PanelReview review, boolean synthetic) {
    StringBuilder sb = new StringBuilder();
    sb.append("Expert review (").append(review.aggregation().name()).append("; flag: ")
        .append(review.discrepancyRule()).append(")\n\n");
    sb.append(String.format("%-5s %8s %8s  %-10s  %-15s %7s  %-11s  %s%n", "code", "round 1",
        "round 2", "flag", "status", "final", "tier", "tier changes without"));
    for (AllianceReview r : review.alliances()) {
      sb.append(String.format("%-5s %8s %8s  %-10s  %-15s %7s  %-11s  %s%n", r.code(),
          r.round1().toString(), r.round2().toString(),
          r.cause().map(Enum::name).orElse("-"), r.status(), f(r.finalScore()),
          r.tier().map(Enum::name).orElse("-"), String.join(" ", r.unstableWithout())));
    }
    sb.append("\nExpert severity (mean deviation from the other experts on the same alliances):\n");
    review.severity().forEach((id, s) -> sb.append("  ").append(id).append(' ')
        .append(s.map(ReviewOutputs::signed).orElse("—")).append('\n'));
    ReviewBias.text(review, sb);
    List<AllianceReview> waiting = review.awaitingReview();
    if (!waiting.isEmpty()) {
      sb.append("\nAwaiting collective review: ").append(String.join(", ",
          waiting.stream().map(r -> r.code().toString()).toList())).append('\n');
    }
    for (AllianceReview r : review.alliances()) {
      r.decision().ifPresent(d -> sb.append("\nDecided: ").append(d));
    }
    if (review.alliances().stream().anyMatch(r -> r.decision().isPresent())) {
      sb.append('\n');
    }
    if (synthetic) {
      sb.append("\nData: the SYNTHETIC example panel shipped with the tool, not a real review.\n");
    }
    return sb.toString();
  }
}
