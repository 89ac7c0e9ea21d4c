package io.allianceeval.examples.cli;

import io.allianceeval.examples.app.DiagnosticsRequest;
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
    return Optional.of(new DiagnosticsRequest(Optional.ofNullable(previous), runs, seed,
        variation / 100));
  }
}
