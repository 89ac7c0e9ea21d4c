/**
 * The rules of the evaluation year as it runs on a shared system: who may do what to an alliance's
 * submission, in which state, before or after the deadline and the lock.
 *
 * <ul>
 *   <li>{@link io.allianceeval.year.Role} and {@link io.allianceeval.year.Actor} — the office
 *       (评价办公室), a secretariat (联盟秘书处) of one alliance, an expert (评价专家);
 *   <li>{@link io.allianceeval.year.SubmissionState} and {@link io.allianceeval.year.Submission} —
 *       where an alliance's entries stand: not started, entering, submitted (提交), returned
 *       (退回修改), approved (确认), and whether the office has reopened it;
 *   <li>{@link io.allianceeval.year.EvaluationYear} — the period, the deadline for entries and the
 *       lock;
 *   <li>{@link io.allianceeval.year.YearRules} — the one place that decides: a step is allowed and
 *       gives the next submission, or it is refused with a {@link io.allianceeval.year.Refusal}
 *       that says why;
 *   <li>{@link io.allianceeval.year.Phase}, {@link io.allianceeval.year.PhaseStep} and {@link
 *       io.allianceeval.year.PhaseRules} — the phases of the year after the entries (the lock, the
 *       expert rounds, the collective review, publicity, publication) and the office's steps
 *       between them.
 * </ul>
 *
 * <p>Pure: no clock (the caller passes the instant), no storage; every type is immutable and
 * thread-safe. A server or any other system is an adapter around these rules.
 */
package io.allianceeval.year;
