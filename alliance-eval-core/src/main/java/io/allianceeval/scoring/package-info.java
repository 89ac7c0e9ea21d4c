/**
 * Indicator systems and the policies that score them (评价指标).
 *
 * <ul>
 *   <li>{@link io.allianceeval.scoring.IndicatorSystem} — first-level {@linkplain
 *       io.allianceeval.scoring.IndicatorGroup groups} and second-level {@linkplain
 *       io.allianceeval.scoring.Indicator indicators}, each with its maximum points and its {@link
 *       io.allianceeval.scoring.IndicatorPolicy}; {@link
 *       io.allianceeval.scoring.IndicatorSystem#standard2019()} is the library's standard model,
 *       whose 20 facts are the constants of {@link io.allianceeval.scoring.Standard2019};
 *   <li>{@link io.allianceeval.scoring.IndicatorPolicy} — one pluggable rule per indicator, with stock
 *       ladders behind static factories;
 *   <li>{@link io.allianceeval.scoring.Scorecard} and {@link io.allianceeval.scoring.IndicatorScore} —
 *       what a record scored, indicator by indicator, with reasons;
 *   <li>{@link io.allianceeval.scoring.TierScheme} — which rounded totals fall into which tier.
 * </ul>
 *
 * <p><b>Points are exact at a resolution of 0.01.</b> Maxima, group points, totals and ladder
 * steps have at most two decimals; inside this package points are whole hundredths in a {@code
 * long}, so sums and checks are exact, and every double the API returns is the one nearest the
 * exact value.
 *
 * <p>User policies are checked at the boundary: one that throws or returns points outside {@code
 * [0, maximum]} or with more than two decimals makes scoring fail with a {@link
 * io.allianceeval.scoring.PolicyFailureException} naming the alliance and the indicator. Nothing is
 * clamped or rounded.
 */
package io.allianceeval.scoring;
