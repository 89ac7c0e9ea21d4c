/**
 * Distribution statistics of an evaluation result (联盟活跃度情况分析): counts by tier and batch,
 * participants and non-participants, and {@linkplain io.allianceeval.statistics.Share shares} —
 * exact fractions that become percentages by half-up rounding or by an {@linkplain
 * io.allianceeval.statistics.Apportionment apportionment} that makes a set of shares sum to exactly
 * 100.00%.
 */
package io.allianceeval.statistics;
