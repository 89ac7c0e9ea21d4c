package io.allianceeval.examples.cli;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.ScoreSheet;
import io.allianceeval.examples.report.DiagnosticsFigures;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --diagnostics} and its settings, shared by {@code report} and {@code score}. */
final class DiagnosticsOptions {

  @Option(names = "--diagnostics",
      description = "Add diagnostics: points lost per tier, the gap to the next tier, sensitivity "
          + "to the weights, and (with --previous) the transitions since the previous year.")
  boolean enabled;

  @Option(names = "--previous", paramLabel = "FILE",
      description = "The previous year's score sheet (code,name,score,tier), for the transition "
          + "matrix.")
  Path previous;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "1000",
      description = "Sensitivity runs (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "2019",
      description = "Sensitivity seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--variation", paramLabel = "PERCENT", defaultValue = "20",
      description = "Largest change of an indicator's maximum, in percent (default: "
          + "${DEFAULT-VALUE}).")
  double variation;

  /** The diagnostics of {@code result}, if asked for. */
  Optional<DiagnosticsFigures> compute(EvaluationResult result, String sheet)
      throws BadInputException {
    if (!enabled) {
      if (previous != null) {
        throw new IllegalArgumentException("--previous goes with --diagnostics");
      }
      return Optional.empty();
    }
    if (runs < 1) {
      throw new IllegalArgumentException("--runs: expected at least 1, found " + runs);
    }
    if (!(variation >= 0 && variation < 100)) {
      throw new IllegalArgumentException("--variation: expected a percentage from 0 to below 100,"
          + " found " + variation);
    }
    Optional<EvaluationResult> before = Optional.empty();
    if (previous != null) {
      ScoreSheet before0 = ScoreSheet.read(previous, sheet);
      int year = before0.hasYears() && !before0.years().isEmpty() ? before0.years().last()
          : result.year() - 1;
      if (year >= result.year()) {
        throw new IllegalArgumentException("--previous: " + previous + " is of " + year
            + ", not a year before " + result.year());
      }
      before = Optional.of(before0.evaluate(Evaluation.forYear(year)));
    }
    return Optional.of(DiagnosticsFigures.of(result, before,
        new DiagnosticsFigures.Settings(runs, seed, variation / 100)));
  }
}
