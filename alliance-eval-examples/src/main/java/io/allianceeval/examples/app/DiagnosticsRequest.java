package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.ScoreSheet;
import io.allianceeval.examples.report.DiagnosticsFigures;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The diagnostics a report asks for: the settings of the uncertainty analysis and, for the
 * transitions, the previous year's score sheet.
 *
 * @param previous the previous year's score sheet, if the transitions are wanted
 * @param settings the uncertainty analysis's and the coherence checks' settings
 */
public record DiagnosticsRequest(Optional<Path> previous, DiagnosticsFigures.Settings settings) {

  /** Checks the parts. */
  public DiagnosticsRequest {
    requireNonNull(previous, "previous");
    requireNonNull(settings, "settings");
  }

  /**
   * The diagnostics of {@code result}.
   *
   * @param sheet the sheet of an .xlsx previous-year file to read; null for the first
   * @throws BadInputException every problem of the previous year's sheet, or a sheet that is not
   *     of a year before {@code result}'s
   */
  public DiagnosticsFigures compute(EvaluationResult result, String sheet)
      throws BadInputException {
    Optional<EvaluationResult> before = Optional.empty();
    if (previous.isPresent()) {
      ScoreSheet read = ScoreSheet.read(previous.get(), sheet);
      int year = read.hasYears() && !read.years().isEmpty() ? read.years().last()
          : result.year() - 1;
      if (year >= result.year()) {
        throw new BadInputException(InputProblem.inFile(previous.get().toString(),
            "is of " + year + ", not a year before " + result.year()));
      }
      before = Optional.of(read.evaluate(Evaluation.forYear(year)));
    }
    return DiagnosticsFigures.of(result, before, settings);
  }
}
