/**
 * The year's report built from an {@link io.allianceeval.evaluation.EvaluationResult}: {@link
 * io.allianceeval.examples.report.ReportModel} computes every figure once, and the renderers lay
 * them out as text, Markdown, JSON or one self-contained HTML page with charts, in Chinese or
 * English.
 */
package io.allianceeval.examples.report;
