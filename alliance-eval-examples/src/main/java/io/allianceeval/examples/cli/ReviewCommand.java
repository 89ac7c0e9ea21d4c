package io.allianceeval.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.allianceeval.examples.io.AtomicFiles;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.CsvOutput;
import io.allianceeval.examples.io.InputTable;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.ReviewInput;
import io.allianceeval.examples.io.ScoreSheet;
import io.allianceeval.examples.report.Json;
import io.allianceeval.examples.report.PointsFormat;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.review.Aggregation;
import io.allianceeval.review.AllianceReview;
import io.allianceeval.review.AuditEvent;
import io.allianceeval.review.Decision;
import io.allianceeval.review.DiscrepancyRule;
import io.allianceeval.review.Panel;
import io.allianceeval.review.PanelReview;
import io.allianceeval.review.ScoreEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code review}: the three-round expert review from CSV inputs. */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = {
      "The expert review: round scores, flags for collective review, decisions, final scores, "
          + "expert severity and leave-one-out robustness.",
      "With no --experts/--scores: the shipped SYNTHETIC example panel, which raises two flags "
          + "and resolves them."
    })
final class ReviewCommand implements Callable<Integer> {

  static final String SYNTHETIC = "/io/allianceeval/examples/data/synthetic-panel/";

  @Spec CommandSpec spec;

  @Option(names = "--experts", paramLabel = "FILE",
      description = "Experts CSV: id,name,group,affiliations (alliance codes separated by ;).")
  Path experts;

  @Option(names = "--scores", paramLabel = "FILE", arity = "1..*",
      description = "Scores: CSV or .xlsx tables round,expert,code,indicator,points (indicator "
          + "blank for a total), or the experts' scoring workbooks that 'plan' writes; a folder "
          + "stands for every scoring workbook in it.")
  List<Path> scores;

  @Option(names = "--assignment", paramLabel = "FILE",
      description = "The assignment 'plan' wrote (code,round1,round2); without it, the "
          + "assignment is inferred from who scored what.")
  Path assignmentFile;

  @Option(names = "--system", paramLabel = "FILE",
      description = "The indicator system per-indicator scores are checked against, as 'template "
          + "system' writes it (default: the standard 2019 model).")
  Path systemFile;

  @Option(names = "--decisions", paramLabel = "FILE",
      description = "Decisions of the collective review CSV: code,score,rationale,decidedBy.")
  Path decisions;

  @Option(names = "--alliances", paramLabel = "FILE",
      description = "Alliance names CSV: code,name. Default: the names of the embedded 2019 table.")
  Path alliances;

  @Option(names = "--sheet", paramLabel = "NAME",
      description = "The sheet of .xlsx inputs to read (default: the first with a header).")
  String sheet;

  @Option(names = "--threshold", paramLabel = "N", defaultValue = "10",
      description = "Rounds that differ by N points or more are flagged (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--aggregate", paramLabel = "mean|median|trimmed:K", defaultValue = "mean",
      description = "How a round's expert totals are combined (default: ${DEFAULT-VALUE}).")
  String aggregate;

  @Option(names = "--correct-severity",
      description = "Subtract each expert's severity from his or her totals before aggregation.")
  boolean correctSeverity;

  @picocli.CommandLine.Mixin TextOrJsonOutput output;

  @Option(names = "--final", paramLabel = "FILE",
      description = "Write the final score sheet (code,name,score,tier), which 'report --scores' "
          + "reads; fails while any flag is unresolved.")
  Path finalSheet;

  @Option(names = "--audit", paramLabel = "FILE",
      description = "Write the audit trail as CSV (sequence,kind,code,detail).")
  Path auditFile;

  static Aggregation parseAggregate(String text) {
    String t = text.toLowerCase(Locale.ROOT).strip();
    if (t.equals("mean")) {
      return Aggregation.mean();
    }
    if (t.equals("median")) {
      return Aggregation.median();
    }
    if (t.startsWith("trimmed:")) {
      try {
        return Aggregation.trimmedMean(Integer.parseInt(t.substring("trimmed:".length())));
      } catch (NumberFormatException e) {
        // fall through to the message below
      }
    }
    throw new IllegalArgumentException(
        "--aggregate: expected mean, median or trimmed:K with K >= 1, found '" + text + "'");
  }

  @Override
  public Integer call() throws Exception {
    boolean asJson = output.json();
    Aggregation aggregation = parseAggregate(aggregate);
    DiscrepancyRule rule = DiscrepancyRule.standard(threshold);
    boolean synthetic = experts == null && scores == null;
    if (!synthetic && (experts == null || scores == null)) {
      throw new IllegalArgumentException("--experts and --scores go together");
    }
    List<InputProblem> problems = new ArrayList<>();
    InputTable expertsTable = synthetic
        ? InputTable.readResource(SYNTHETIC + "experts.csv", List.of("id", "name", "group", "affiliations"))
        : InputTable.read(experts, List.of("id", "name", "group", "affiliations"), sheet);
    boolean workbook = output.xlsx();
    Optional<InputTable> decisionsTable = synthetic
        ? Optional.of(InputTable.readResource(SYNTHETIC + "decisions.csv",
            List.of("code", "score", "rationale", "decidedby")))
        : decisions == null ? Optional.empty()
            : Optional.of(InputTable.read(decisions, List.of("code", "score", "rationale", "decidedby"), sheet));
    Optional<Panel> panel = ReviewInput.panel(expertsTable, problems);
    ReviewInput.Entries entries = synthetic
        ? ReviewInput.entries(InputTable.readResource(SYNTHETIC + "scores.csv",
            ReviewInput.SCORE_COLUMNS), problems)
        : ReviewInput.scores(scores, sheet, problems);
    String scoresName = synthetic ? "(embedded) scores.csv"
        : String.join(", ", scores.stream().map(Path::toString).toList());
    List<Decision> decisionList = decisionsTable.map(t -> ReviewInput.decisions(t, problems))
        .orElse(List.of());
    Map<AllianceCode, Alliance> names = synthetic
        ? ReviewInput.names(InputTable.readResource(SYNTHETIC + "alliances.csv",
            List.of("code", "name")), problems)
        : alliances != null ? ReviewInput.names(InputTable.read(alliances, List.of("code", "name"), sheet),
            problems) : embeddedNames();
    List<Alliance> underReview = new ArrayList<>();
    for (AllianceCode code : new TreeSet<>(entries.entries().stream().map(ScoreEntry::code)
        .toList())) {
      Alliance a = names.get(code);
      if (a == null) {
        problems.add(InputProblem.inFile(scoresName, "alliance " + code
            + ": no name for it" + (alliances != null ? " in " + alliances
                : "; give its name with --alliances FILE (code,name)")));
      } else {
        underReview.add(a);
      }
    }
    if (panel.isEmpty()) {
      throw new BadInputException(problems);
    }
    PanelReview.Builder builder = PanelReview.builder(panel.get()).alliances(underReview)
        .entries(entries.entries()).aggregation(aggregation).discrepancyRule(rule)
        .correctSeverity(correctSeverity);
    if (systemFile != null) {
      builder.indicatorSystem(io.allianceeval.examples.io.SystemTable.read(systemFile).system());
    }
    if (assignmentFile != null) {
      builder.assignment(ReviewInput.assignment(panel.get(),
          InputTable.read(assignmentFile, List.of("code", "round1", "round2"), sheet)));
    }
    PanelReview review = ReviewInput.build(builder, entries, scoresName, problems);
    if (!decisionList.isEmpty()) {
      try {
        review = review.withDecisions(decisionList);
      } catch (InvalidInputException e) {
        List<InputProblem> list = new ArrayList<>();
        e.problems().forEach(p -> list.add(InputProblem.inFile(decisionsTable.get().name(), p)));
        throw new BadInputException(list);
      }
    }
    byte[] finalBytes = null;
    if (finalSheet != null) {
      try {
        finalBytes = finalSheet.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
            ? new io.allianceeval.examples.report.SheetsWriter().sheet("终评 final",
                FINAL_COLUMNS, finalRows(review)).bytes()
            : finalSheet(review).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      } catch (IllegalStateException e) {
        throw new IllegalArgumentException("--final: " + e.getMessage());
      }
    }
    String report = workbook ? null : asJson ? Json.write(json(review, threshold, aggregation))
        : text(review, synthetic);
    String auditCsv = auditFile == null ? null : auditCsv(review);
    if (finalBytes != null) {
      AtomicFiles.write(finalSheet, finalBytes);
    }
    if (auditCsv != null) {
      AtomicFiles.write(auditFile, auditCsv);
    }
    if (workbook) {
      output.write(workbook(review));
    } else {
      output.write(report, spec.commandLine().getOut());
    }
    return 0;
  }

  private static final List<String> FINAL_COLUMNS = List.of("code", "name", "score", "tier");

  private static List<List<String>> finalRows(PanelReview review) {
    List<List<String>> rows = new ArrayList<>();
    for (var r : review.finalScores()) {
      AllianceReview ar = review.alliance(r.alliance().code()).get();
      rows.add(List.of(r.alliance().code().toString(), r.alliance().name(),
          PointsFormat.format(r.score().getAsDouble()), ar.tier().get().name()));
    }
    return rows;
  }

  /** The review as a workbook: rounds and flags, the final sheet once final, the audit trail. */
  private static byte[] workbook(PanelReview review) {
    var w = new io.allianceeval.examples.report.SheetsWriter();
    List<List<String>> rounds = new ArrayList<>();
    for (AllianceReview r : review.alliances()) {
      rounds.add(List.of(r.code().toString(), r.alliance().name(),
          PointsFormat.format(r.round1()), PointsFormat.format(r.round2()),
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
    return w.bytes();
  }

  private static Map<AllianceCode, Alliance> embeddedNames() throws BadInputException {
    Map<AllianceCode, Alliance> names = new TreeMap<>();
    ScoreSheet.readResource(ReportCommand.EMBEDDED_SCORES).results()
        .forEach(r -> names.put(r.alliance().code(), r.alliance()));
    return names;
  }

  static String finalSheet(PanelReview review) {
    List<List<Object>> rows = new ArrayList<>();
    for (var r : review.finalScores()) {
      AllianceReview ar = review.alliance(r.alliance().code()).get();
      rows.add(List.of(r.alliance().code().toString(), r.alliance().name(),
          PointsFormat.format(r.score().getAsDouble()), ar.tier().get().name()));
    }
    return CsvOutput.write(List.of("code", "name", "score", "tier"), rows);
  }

  static String auditCsv(PanelReview review) {
    List<List<Object>> rows = new ArrayList<>();
    for (AuditEvent e : review.audit()) {
      rows.add(List.of(e.sequence(), e.kind().name(), e.code().toString(), e.detail()));
    }
    return CsvOutput.write(List.of("sequence", "kind", "code", "detail"), rows);
  }

  static JsonObject json(PanelReview review, double threshold, Aggregation aggregation) {
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
      o.add("final", r.finalScore().isPresent() ? Json.points(r.finalScore().getAsDouble())
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
      o.add("severity", s.isPresent() ? Json.points(s.getAsDouble()) : JsonNull.INSTANCE);
      experts.add(o);
    });
    root.add("experts", experts);
    return root;
  }

  private static String f(OptionalDouble d) {
    return d.isPresent() ? PointsFormat.format(d.getAsDouble()) : "—";
  }

  static String text(PanelReview review, boolean synthetic) {
    StringBuilder sb = new StringBuilder();
    sb.append("Expert review (").append(review.aggregation().name()).append("; flag: ")
        .append(review.discrepancyRule()).append(")\n\n");
    sb.append(String.format("%-5s %8s %8s  %-10s  %-15s %7s  %-11s  %s%n", "code", "round 1",
        "round 2", "flag", "status", "final", "tier", "tier changes without"));
    for (AllianceReview r : review.alliances()) {
      sb.append(String.format("%-5s %8s %8s  %-10s  %-15s %7s  %-11s  %s%n", r.code(),
          PointsFormat.format(r.round1()), PointsFormat.format(r.round2()),
          r.cause().map(Enum::name).orElse("-"), r.status(), f(r.finalScore()),
          r.tier().map(Enum::name).orElse("-"), String.join(" ", r.unstableWithout())));
    }
    sb.append("\nExpert severity (mean deviation from the other experts on the same alliances):\n");
    review.severity().forEach((id, s) -> sb.append("  ").append(id).append(' ')
        .append(s.isPresent() ? String.format("%+.2f", s.getAsDouble()) : "—").append('\n'));
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
