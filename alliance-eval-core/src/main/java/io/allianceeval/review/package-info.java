/**
 * The expert review (评价程序): a {@link io.allianceeval.review.Panel} of experts in groups, an
 * {@link io.allianceeval.review.Assignment} of each alliance to one group for group initial scoring
 * (分组初评) and another for centralised cross-group re-scoring (集中交叉分组复评), score entry
 * checked against conflicts of interest and the assignment, pluggable {@linkplain
 * io.allianceeval.review.Aggregation aggregation} and {@linkplain
 * io.allianceeval.review.DiscrepancyRule discrepancy rules}, collective review of significant
 * differences (重要差异集体讨论复核会评) by recorded {@linkplain io.allianceeval.review.Decision
 * decisions}, rater severity, leave-one-out robustness, and an {@linkplain
 * io.allianceeval.review.AuditEvent audit trail}. {@link io.allianceeval.review.PanelReview} ties
 * them together; its final scores feed {@link io.allianceeval.evaluation.Evaluation#fromPublished}.
 */
package io.allianceeval.review;
