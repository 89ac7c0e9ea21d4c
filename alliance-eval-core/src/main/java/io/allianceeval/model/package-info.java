/**
 * The domain model of the activity evaluation (活跃度评价): who is evaluated and what is recorded.
 *
 * <ul>
 *   <li>{@link io.allianceeval.model.AllianceCode} — the identity of an alliance, from the admission
 *       documents ({@code 1NN}, {@code 2NN}, {@code 3NN}, {@code DNNN});
 *   <li>{@link io.allianceeval.model.Batch} — the pilot batch or network membership the code implies;
 *   <li>{@link io.allianceeval.model.Alliance} — code plus display name;
 *   <li>{@link io.allianceeval.model.Tier} — the four activity tiers;
 *   <li>{@link io.allianceeval.model.Fact} and {@link io.allianceeval.model.ActivityRecord} — one
 *       alliance's year of entries in the dynamic information database (联盟动态信息数据库), where a
 *       missing fact is distinct from zero.
 * </ul>
 *
 * <p>Every type here is immutable, validated on construction and compared by value.
 */
package io.allianceeval.model;
