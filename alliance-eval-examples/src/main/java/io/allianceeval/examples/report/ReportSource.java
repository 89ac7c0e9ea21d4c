package io.allianceeval.examples.report;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.EvaluationResult;
import java.util.List;
import java.util.Optional;

/**
 * Everything a year's report is composed from, read and evaluated once: the result, the notes that
 * say where it came from, what the sections beyond the figures are made of, and the diagnostics if
 * they were asked for. {@link Reports#render} turns it into any {@link Format}.
 *
 * @param result the year's result
 * @param notes paragraphs for the notes section, in the report's language (JSON leaves them out)
 * @param inputs the prose, the panel, the award and the period
 * @param diagnostics the diagnostics, if asked for
 */
public record ReportSource(EvaluationResult result, List<String> notes, ReportInputs inputs,
    Optional<DiagnosticsFigures> diagnostics) {

  /** Checks and copies the parts. */
  public ReportSource {
    requireNonNull(result, "result");
    notes = List.copyOf(notes);
    requireNonNull(inputs, "inputs");
    requireNonNull(diagnostics, "diagnostics");
  }

  /** A result with no notes, no inputs and no diagnostics. */
  public static ReportSource of(EvaluationResult result) {
    return new ReportSource(result, List.of(), ReportInputs.none(), Optional.empty());
  }
}
