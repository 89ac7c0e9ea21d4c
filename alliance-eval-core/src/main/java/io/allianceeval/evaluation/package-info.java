/**
 * The evaluation of one year: {@link io.allianceeval.evaluation.Evaluation}, an immutable
 * configuration whose {@code score(records)} and {@code fromPublished(results)} give an {@link
 * io.allianceeval.evaluation.EvaluationResult} — the year's {@linkplain
 * io.allianceeval.evaluation.Participant participants} (参评联盟) with total, rank and tier, and its
 * {@linkplain io.allianceeval.evaluation.NonParticipant non-participants} (未参评) with the reason —
 * against a {@link io.allianceeval.evaluation.Population} (every alliance registered for
 * evaluation, or only the counts per batch).
 */
package io.allianceeval.evaluation;
