/**
 * Indicator systems and the policies that score them (评价指标).
 *
 * <ul>
 *   <li>{@link io.allianceeval.scoring.IndicatorSystem} — first-level {@linkplain
 *       io.allianceeval.scoring.IndicatorGroup groups} and second-level {@linkplain
 *       io.allianceeval.scoring.Indicator indicators}, each with its maximum points and its {@link
 *       io.allianceeval.scoring.IndicatorPolicy}; {@link
 *       io.allianceeval.scoring.IndicatorSystem#standard2019()} is the library's standard model;
 *   <li>{@link io.allianceeval.scoring.IndicatorPolicy} — one pluggable rule per indicator, with stock
 *       ladders behind static factories;
 *   <li>{@link io.allianceeval.scoring.Scorecard} and {@link io.allianceeval.scoring.IndicatorScore} —
 *       what a record scored, indicator by indicator, with reasons;
 *   <li>{@link io.allianceeval.scoring.TierScheme} — which rounded totals fall into which tier.
 * </ul>
 *
 * <p>User policies are checked at the boundary: one that throws or returns points outside {@code
 * [0, maximum]} makes scoring fail with a {@link io.allianceeval.scoring.PolicyFailureException}
 * naming the alliance and the indicator. Nothing is clamped.
 */
package io.allianceeval.scoring;
