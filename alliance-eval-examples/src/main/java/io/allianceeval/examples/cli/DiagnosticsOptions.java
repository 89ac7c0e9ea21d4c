package io.allianceeval.examples.cli;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.ScoreSheet;
import io.allianceeval.examples.report.DiagnosticsFigures;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --diagnostics} and its settings, shared by {@code report} and {@code score}. */
final class DiagnosticsOptions {

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--diagnostics",
      description = "Add diagnostics: points lost per tier, the gap to the next tier, sensitivity "
          + "to the weights, and (with --previous) the transitions since the previous year.")
  boolean enabled;

  @Option(names = "--previous", paramLabel = "FILE",
      description = "The previous year's score sheet (code,name,score,tier), for the transition "
          + "matrix.")
  Path previous;

  private int runs = 1000;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "1000",
      description = "Sensitivity runs, at least 1 (default: ${DEFAULT-VALUE}).")
  void runs(int value) {
    if (value < 1) {
      throw new ParameterException(mixee.commandLine(),
          "--runs: expected at least 1, found " + value);
    }
    runs = value;
  }

  @Option(names = "--seed", paramLabel = "N", defaultValue = "2019",
      description = "Sensitivity seed (default: ${DEFAULT-VALUE}).")
  long seed;

  private double variation = 20;

  @Option(names = "--variation", paramLabel = "PERCENT", defaultValue = "20",
      description = "Largest change of an indicator's maximum, in percent from 0 to below 100 "
          + "(default: ${DEFAULT-VALUE}).")
  void variation(double value) {
    if (!(value >= 0 && value < 100)) {
      throw new ParameterException(mixee.commandLine(),
          "--variation: expected a percentage from 0 to below 100, found " + value);
    }
    variation = value;
  }

  /** The diagnostics of {@code result}, if asked for. */
  Optional<DiagnosticsFigures> compute(EvaluationResult result, String sheet)
      throws BadInputException {
    if (!enabled) {
      if (previous != null) {
        throw new ParameterException(mixee.commandLine(), "--previous goes with --diagnostics");
      }
      return Optional.empty();
    }
    Optional<EvaluationResult> before = Optional.empty();
    if (previous != null) {
      ScoreSheet before0 = ScoreSheet.read(previous, sheet);
      int year = before0.hasYears() && !before0.years().isEmpty() ? before0.years().last()
          : result.year() - 1;
      if (year >= result.year()) {
        throw new ParameterException(mixee.commandLine(), "--previous: " + previous + " is of " + year
            + ", not a year before " + result.year());
      }
      before = Optional.of(before0.evaluate(Evaluation.forYear(year)));
    }
    return Optional.of(DiagnosticsFigures.of(result, before,
        new DiagnosticsFigures.Settings(runs, seed, variation / 100)));
  }
}
