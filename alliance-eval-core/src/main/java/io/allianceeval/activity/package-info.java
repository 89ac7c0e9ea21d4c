/**
 * The dynamic information database (联盟动态信息数据库) the evaluation rests on: the dated entries an
 * alliance makes through the year, and how they become the year's activity records.
 *
 * <ul>
 *   <li>{@link io.allianceeval.activity.Activity} — one entry: an alliance, a kind, a date, a title,
 *       optional evidence and, for a state kind that carries one, a value;
 *   <li>{@link io.allianceeval.activity.ActivityKind} and {@link
 *       io.allianceeval.activity.ActivityKinds} — what an entry records and how its entries become
 *       a fact: counted within the period (an event), or measured at its end (a state);
 *   <li>{@link io.allianceeval.activity.Period} — the evaluation period ("评价内容时限为 2019 年 1 月 1
 *       日—12 月 31 日");
 *   <li>{@link io.allianceeval.activity.Eligibility} — which alliances take part, a pluggable rule;
 *   <li>{@link io.allianceeval.activity.Tally} and {@link io.allianceeval.activity.TallyResult} —
 *       a log turned into records for a period, with the entries outside it, the duplicates, the
 *       alliances not eligible, and every score traced back to the entries that earned it.
 * </ul>
 *
 * <p>Pure: nothing here reads or writes files; every type is immutable and thread-safe.
 */
package io.allianceeval.activity;
