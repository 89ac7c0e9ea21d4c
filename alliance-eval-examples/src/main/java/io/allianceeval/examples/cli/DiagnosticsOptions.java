package io.allianceeval.examples.cli;

import io.allianceeval.examples.app.DiagnosticsRequest;
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
      description = "Add diagnostics: points lost per tier, the gap to the next tier, tier "
          + "probabilities and rank intervals under uncertain weights, rounding and entries, "
          + "Sobol indices, the indicator system's coherence, and (with --previous) the "
          + "transitions since the previous year.")
  boolean enabled;

  @Option(names = "--previous", paramLabel = "FILE",
      description = "The previous year's score sheet (code,name,score,tier), for the transition "
          + "matrix.")
  Path previous;

  private int samples = 1000;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "1000",
      description = "Base samples of the uncertainty analysis, at least 2; it makes N × (factors "
          + "+ 2) runs (default: ${DEFAULT-VALUE}).")
  void runs(int value) {
    require(value >= 2, "--runs", "at least 2", value);
    samples = value;
  }

  @Option(names = "--seed", paramLabel = "N", defaultValue = "2019",
      description = "Seed of the uncertainty analysis (default: ${DEFAULT-VALUE}).")
  long seed;

  private double variation = 20;

  @Option(names = "--variation", paramLabel = "PERCENT", defaultValue = "20",
      description = "Largest change of an indicator's weight, in percent from 0 (weights fixed) "
          + "to below 100 (default: ${DEFAULT-VALUE}).")
  void variation(double value) {
    require(value >= 0 && value < 100, "--variation", "a percentage from 0 to below 100", value);
    variation = value;
  }

  @Option(names = "--fixed-rounding",
      description = "Keep the tier scheme's rounding instead of drawing half-up or down.")
  boolean fixedRounding;

  private double reliability = 0.9;

  @Option(names = "--reliability", paramLabel = "P", defaultValue = "0.9",
      description = "Probability that each counted entry stands, above 0 and at most 1; 1 keeps "
          + "every entry (default: ${DEFAULT-VALUE}).")
  void reliability(double value) {
    require(value > 0 && value <= 1, "--reliability", "a probability above 0 and at most 1",
        value);
    reliability = value;
  }

  private int bootstrap = 500;

  @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "500",
      description = "Bootstrap replicates of the Sobol indices' 90%% intervals, at least 1 "
          + "(default: ${DEFAULT-VALUE}).")
  void bootstrap(int value) {
    require(value >= 1, "--bootstrap", "at least 1", value);
    bootstrap = value;
  }

  private double redundant = 0.9;

  @Option(names = "--redundant", paramLabel = "R", defaultValue = "0.9",
      description = "Flag two indicators as redundant when |r| is above R, above 0 and at most 1 "
          + "(default: ${DEFAULT-VALUE}).")
  void redundant(double value) {
    require(value > 0 && value <= 1, "--redundant", "a correlation above 0 and at most 1", value);
    redundant = value;
  }

  /** Refuses {@code option}'s {@code found} unless {@code ok}, saying what was expected. */
  private void require(boolean ok, String option, String expected, Object found) {
    if (!ok) {
      throw new ParameterException(mixee.commandLine(),
          option + ": expected " + expected + ", found " + found);
    }
  }

  /**
   * The diagnostics asked for, if any.
   *
   * @throws ParameterException for {@code --previous} without {@code --diagnostics}
   */
  Optional<DiagnosticsRequest> request() {
    if (!enabled) {
      if (previous != null) {
        throw new ParameterException(mixee.commandLine(), "--previous goes with --diagnostics");
      }
      return Optional.empty();
    }
    return Optional.of(new DiagnosticsRequest(Optional.ofNullable(previous),
        new DiagnosticsFigures.Settings(samples, seed, variation / 100, !fixedRounding,
            reliability, bootstrap, redundant)));
  }
}
