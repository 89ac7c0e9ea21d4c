package io.allianceeval.examples.cli;

import io.allianceeval.examples.app.EmbeddedData;
import io.allianceeval.examples.io.AtomicFiles;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.InputTable;
import io.allianceeval.examples.io.ReviewInput;
import io.allianceeval.examples.report.Json;
import io.allianceeval.examples.report.ReviewOutputs;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Points;
import io.allianceeval.review.Aggregation;
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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code review}: the three-round expert review from CSV inputs. */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = {
      "The expert review: round scores, flags for collective review, decisions, final scores, "
          + "expert severity and leave-one-out robustness.",
      "With no --experts/--scores: the shipped SYNTHETIC example panel, which raises two flags "
          + "and resolves them."
    })
final class ReviewCommand implements Callable<Integer> {

  static final String SYNTHETIC = EmbeddedData.SYNTHETIC_PANEL;

  @Spec CommandSpec spec;

  /** The panel's files, both or neither (then the synthetic panel); picocli checks that. */
  @ArgGroup(exclusive = false, multiplicity = "0..1")
  PanelFiles panelFiles;

  /** {@code --experts} and {@code --scores}, which go together. */
  static final class PanelFiles {
    @Option(names = "--experts", paramLabel = "FILE", required = true,
        description = "Experts CSV: id,name,group,affiliations (alliance codes separated by ;).")
    Path experts;

    @Option(names = "--scores", paramLabel = "FILE", arity = "1..*", required = true,
        description = "Scores: CSV or .xlsx tables round,expert,code,indicator,points (indicator "
            + "blank for a total), or the experts' scoring workbooks that 'plan' writes; a folder "
            + "stands for every scoring workbook in it.")
    List<Path> scores;
  }

  @Option(names = "--assignment", paramLabel = "FILE",
      description = "The assignment 'plan' wrote (code,round1,round2); without it, the "
          + "assignment is inferred from who scored what.")
  Path assignmentFile;

  @Mixin SystemOption systemOption;

  @Option(names = "--decisions", paramLabel = "FILE",
      description = "Decisions of the collective review CSV: code,score,rationale,decidedBy.")
  Path decisions;

  @Option(names = "--alliances", paramLabel = "FILE",
      description = "Alliance names CSV: code,name. Default: the names of the embedded 2019 table.")
  Path alliances;

  @Mixin SheetOption xlsxSheet;

  @Option(names = "--threshold", paramLabel = "N", defaultValue = "10",
      description = "Rounds that differ by N points or more are flagged (default: ${DEFAULT-VALUE}).")
  Points threshold;

  @Option(names = "--aggregate", paramLabel = "mean|median|trimmed:K", defaultValue = "mean",
      converter = AggregateConverter.class,
      description = "How a round's expert totals are combined (default: ${DEFAULT-VALUE}).")
  Aggregation aggregation;

  @Option(names = "--correct-severity",
      description = "Subtract each expert's severity from his or her totals before aggregation.")
  boolean correctSeverity;

  @Mixin TextOrJsonOutput output;

  @Option(names = "--final", paramLabel = "FILE",
      description = "Write the final score sheet (code,name,score,tier), which 'report --scores' "
          + "reads; fails while any flag is unresolved.")
  Path finalSheet;

  @Option(names = "--audit", paramLabel = "FILE",
      description = "Write the audit trail as CSV (sequence,kind,code,detail).")
  Path auditFile;

  /** Reads {@code mean}, {@code median} or {@code trimmed:K}. */
  static final class AggregateConverter implements ITypeConverter<Aggregation> {
    @Override
    public Aggregation convert(String text) {
      return parseAggregate(text);
    }
  }

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
    throw new TypeConversionException(
        "expected mean, median or trimmed:K with K >= 1, found '" + text + "'");
  }

  @Override
  public Integer call() throws Exception {
    boolean asJson = output.json();
    DiscrepancyRule rule = DiscrepancyRule.standard(threshold);
    boolean synthetic = panelFiles == null;
    List<InputProblem> problems = new ArrayList<>();
    InputTable expertsTable = synthetic
        ? InputTable.readResource(SYNTHETIC + "experts.csv", List.of("id", "name", "group", "affiliations"))
        : InputTable.read(panelFiles.experts, List.of("id", "name", "group", "affiliations"), xlsxSheet.name());
    boolean workbook = output.xlsx();
    Optional<InputTable> decisionsTable = synthetic
        ? Optional.of(InputTable.readResource(SYNTHETIC + "decisions.csv",
            List.of("code", "score", "rationale", "decidedby")))
        : decisions == null ? Optional.empty()
            : Optional.of(InputTable.read(decisions, List.of("code", "score", "rationale", "decidedby"), xlsxSheet.name()));
    Optional<Panel> panel = ReviewInput.panel(expertsTable, problems);
    ReviewInput.Entries entries = synthetic
        ? ReviewInput.entries(InputTable.readResource(SYNTHETIC + "scores.csv",
            ReviewInput.SCORE_COLUMNS), problems)
        : ReviewInput.scores(panelFiles.scores, xlsxSheet.name(), problems);
    String scoresName = synthetic ? "(embedded) scores.csv"
        : String.join(", ", panelFiles.scores.stream().map(Path::toString).toList());
    List<Decision> decisionList = decisionsTable.map(t -> ReviewInput.decisions(t, problems))
        .orElse(List.of());
    Map<AllianceCode, Alliance> names = synthetic
        ? ReviewInput.names(InputTable.readResource(SYNTHETIC + "alliances.csv",
            List.of("code", "name")), problems)
        : alliances != null ? ReviewInput.names(InputTable.read(alliances, List.of("code", "name"), xlsxSheet.name()),
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
    if (systemOption.given()) {
      builder.indicatorSystem(systemOption.indicatorSystem());
    }
    if (assignmentFile != null) {
      builder.assignment(ReviewInput.assignment(panel.get(),
          InputTable.read(assignmentFile, List.of("code", "round1", "round2"), xlsxSheet.name())));
    }
    PanelReview review = ReviewInput.build(builder, entries, scoresName, problems);
    if (!decisionList.isEmpty()) {
      try {
        review = review.withDecisions(decisionList);
      } catch (InvalidInputException e) {
        List<InputProblem> list = new ArrayList<>();
        e.messages().forEach(p -> list.add(InputProblem.inFile(decisionsTable.get().name(), p)));
        throw new BadInputException(list);
      }
    }
    byte[] finalBytes = null;
    if (finalSheet != null) {
      try {
        finalBytes = finalSheet.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
            ? ReviewOutputs.finalWorkbook(review)
            : ReviewOutputs.finalSheet(review).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      } catch (IllegalStateException e) {
        throw new ParameterException(spec.commandLine(), "--final: " + e.getMessage());
      }
    }
    String report = workbook ? null : asJson ? Json.write(ReviewOutputs.json(review, threshold, aggregation))
        : ReviewOutputs.text(review, synthetic);
    String auditCsv = auditFile == null ? null : ReviewOutputs.auditCsv(review);
    if (finalBytes != null) {
      AtomicFiles.write(finalSheet, finalBytes);
    }
    if (auditCsv != null) {
      AtomicFiles.write(auditFile, auditCsv);
    }
    if (workbook) {
      output.write(ReviewOutputs.workbook(review));
    } else {
      output.write(report, spec.commandLine().getOut());
    }
    return 0;
  }

  private static Map<AllianceCode, Alliance> embeddedNames() throws BadInputException {
    Map<AllianceCode, Alliance> names = new TreeMap<>();
    EmbeddedData.scores2019().results()
        .forEach(r -> names.put(r.alliance().code(), r.alliance()));
    return names;
  }
}
