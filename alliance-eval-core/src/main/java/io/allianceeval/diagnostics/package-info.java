/**
 * Findings computed from results (the report's sections 四 and 六 written by hand): where points
 * are lost ({@link io.allianceeval.diagnostics.LossAnalysis}), what it takes to reach the next tier
 * ({@link io.allianceeval.diagnostics.Gaps}), how robust the tiers are to the indicator weights
 * ({@link io.allianceeval.diagnostics.Sensitivity}), how sure each tier is and which uncertain
 * input carries the ranking ({@link io.allianceeval.diagnostics.Uncertainty}: tier probabilities,
 * rank intervals, Sobol indices), whether the indicator system hangs together ({@link
 * io.allianceeval.diagnostics.Coherence}), and what changed since last year ({@link
 * io.allianceeval.diagnostics.Transitions}).
 */
package io.allianceeval.diagnostics;
