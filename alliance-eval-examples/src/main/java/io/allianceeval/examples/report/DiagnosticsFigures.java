package io.allianceeval.examples.report;

import static java.util.Objects.requireNonNull;

import io.allianceeval.diagnostics.Gaps;
import io.allianceeval.diagnostics.LossAnalysis;
import io.allianceeval.diagnostics.Sensitivity;
import io.allianceeval.diagnostics.Transitions;
import io.allianceeval.evaluation.EvaluationResult;
import java.util.List;
import java.util.Optional;

/**
 * The diagnostics of a result, computed once for every format: losses and sensitivity (where the
 * result has indicator scores), gaps, and transitions (where a previous year is given).
 */
public record DiagnosticsFigures(
    Optional<LossAnalysis> losses,
    List<Gaps.Gap> gaps,
    Optional<Sensitivity> sensitivity,
    Optional<Transitions> transitions) {

  /** Settings of the sensitivity analysis. */
  public record Settings(int runs, long seed, double variation) {}

  /** Computes the diagnostics of {@code result}, against {@code previous} where given. */
  public static DiagnosticsFigures of(EvaluationResult result, Optional<EvaluationResult> previous,
      Settings settings) {
    requireNonNull(result, "result");
    requireNonNull(previous, "previous");
    requireNonNull(settings, "settings");
    boolean scored = result.scoredFromRecords();
    return new DiagnosticsFigures(
        scored ? Optional.of(LossAnalysis.of(result)) : Optional.empty(),
        Gaps.of(result),
        scored ? Optional.of(Sensitivity.of(result, settings.runs(), settings.seed(),
            settings.variation())) : Optional.empty(),
        previous.map(p -> Transitions.between(p, result)));
  }
}
