package io.allianceeval.examples.report;

import static java.util.Objects.requireNonNull;

import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.diagnostics.Coherence;
import io.allianceeval.diagnostics.Gaps;
import io.allianceeval.diagnostics.LossAnalysis;
import io.allianceeval.diagnostics.Sensitivity;
import io.allianceeval.diagnostics.Transitions;
import io.allianceeval.diagnostics.Uncertainty;
import io.allianceeval.evaluation.EvaluationResult;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The diagnostics of a result, computed once for every format: losses, the uncertainty and
 * sensitivity analysis, the one-at-a-time removals and the framework's coherence (where the result
 * has indicator scores; the coherence needs three participants), gaps, and transitions (where a
 * previous year is given).
 */
public record DiagnosticsFigures(
    Optional<LossAnalysis> losses,
    List<Gaps.Gap> gaps,
    Optional<Uncertainty> uncertainty,
    List<Sensitivity.Removal> removals,
    Optional<Coherence> coherence,
    Optional<Transitions> transitions) {

  /** Copies the lists. */
  public DiagnosticsFigures {
    gaps = List.copyOf(gaps);
    removals = List.copyOf(removals);
  }

  /**
   * Settings of the uncertainty analysis and the coherence checks.
   *
   * @param samples the base samples N (the analysis makes N(d + 2) runs)
   * @param seed the seed
   * @param variation the largest change of an indicator's weight, from 0 (weights fixed) to
   *     below 1
   * @param rounding whether the rounding before tiering is drawn (half-up or down)
   * @param reliability the probability that a counted entry stands; 1 leaves every entry standing
   * @param bootstraps the bootstrap replicates of the intervals
   * @param redundant the |r| above which two indicators are flagged as redundant
   */
  public record Settings(int samples, long seed, double variation, boolean rounding,
      double reliability, int bootstraps, double redundant) {}

  /** The confidence of the Sobol indices' intervals. */
  static final double CONFIDENCE = 0.90;

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
        scored ? Optional.of(uncertainty(result, settings)) : Optional.empty(),
        scored ? Sensitivity.removals(result) : List.of(),
        scored && result.participants().size() >= 3
            ? Optional.of(Coherence.of(result, settings.redundant())) : Optional.empty(),
        previous.map(p -> Transitions.between(p, result)));
  }

  private static Uncertainty uncertainty(EvaluationResult result, Settings s) {
    Uncertainty.Builder b = Uncertainty.of(result).samples(s.samples()).seed(s.seed())
        .bootstrap(s.bootstraps(), CONFIDENCE).weights(s.variation());
    if (s.rounding()) {
      b.roundings(List.of(RoundingMode.HALF_UP, RoundingMode.DOWN));
    }
    if (s.reliability() < 1) {
      b.entryReliability(s.reliability(), ActivityKinds.forSystem(result.indicatorSystem()));
    }
    return b.run();
  }
}
