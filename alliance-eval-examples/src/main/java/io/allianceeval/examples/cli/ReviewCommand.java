package io.allianceeval.examples.cli;

import io.allianceeval.examples.app.CorridorText;
import io.allianceeval.examples.app.Reviews;
import io.allianceeval.examples.app.ScoringModel;
import io.allianceeval.examples.io.AtomicFiles;
import io.allianceeval.examples.report.Json;
import io.allianceeval.examples.report.ReviewOutputs;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Points;
import io.allianceeval.review.Aggregation;
import io.allianceeval.review.DiscrepancyRule;
import io.allianceeval.review.ExpertBias;
import io.allianceeval.review.PanelReview;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
      description = "Subtract each expert's bias (least squares over the connected design, "
          + "rounded to 0.01) from his or her totals before aggregation.")
  boolean correctSeverity;

  @Option(names = "--corridor", paramLabel = "POINTS|Ksd", defaultValue = "10",
      converter = CorridorConverter.class,
      description = "Flag a mark further than this from the other experts' mean on the same "
          + "alliance and round: points (10) or residual standard deviations (2.5sd) "
          + "(default: ${DEFAULT-VALUE}).")
  ExpertBias.Corridor corridor;

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

  /** Reads {@code 10} (points) or {@code 2.5sd} (residual standard deviations). */
  static final class CorridorConverter implements ITypeConverter<ExpertBias.Corridor> {
    @Override
    public ExpertBias.Corridor convert(String text) {
      try {
        return CorridorText.parse(text);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
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
    boolean synthetic = panelFiles == null;
    PanelReview review = Reviews.review(new Reviews.Request(
        synthetic ? Optional.empty() : Optional.of(panelFiles.experts),
        synthetic ? List.of() : panelFiles.scores, Optional.ofNullable(decisions),
        Optional.ofNullable(alliances), Optional.ofNullable(assignmentFile),
        systemOption.file().isPresent()
            ? Optional.of(ScoringModel.read(systemOption.file()).system()) : Optional.empty(),
        aggregation, DiscrepancyRule.standard(threshold), correctSeverity, corridor,
        xlsxSheet.name()));
    byte[] finalBytes = null;
    if (finalSheet != null) {
      try {
        finalBytes = finalSheet.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
            ? ReviewOutputs.finalWorkbook(review)
            : ReviewOutputs.finalSheet(review).getBytes(StandardCharsets.UTF_8);
      } catch (IllegalStateException e) { // documented: flags await collective review
        throw new ParameterException(spec.commandLine(), "--final: " + e.getMessage());
      }
    }
    boolean workbook = output.xlsx();
    String report = workbook ? null : output.json()
        ? Json.write(ReviewOutputs.json(review, threshold, aggregation))
        : ReviewOutputs.text(review, synthetic);
    if (finalBytes != null) {
      AtomicFiles.write(finalSheet, finalBytes);
    }
    if (auditFile != null) {
      AtomicFiles.write(auditFile, ReviewOutputs.auditCsv(review));
    }
    if (workbook) {
      output.write(ReviewOutputs.workbook(review));
    } else {
      output.write(report, spec.commandLine().getOut());
    }
    return 0;
  }
}
