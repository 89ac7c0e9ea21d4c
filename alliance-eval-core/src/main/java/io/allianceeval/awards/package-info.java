/**
 * Several years of results and what they award: a {@link io.allianceeval.awards.History} keyed by
 * alliance code, the {@link io.allianceeval.awards.ConsecutiveYearAward} (the A-level, A级活跃度联盟:
 * HIGH three years running), {@linkplain io.allianceeval.awards.Streaks streaks} of any yearly
 * condition, and the {@link io.allianceeval.awards.ExitRule} that lists alliances below the bar
 * several years running.
 */
package io.allianceeval.awards;
