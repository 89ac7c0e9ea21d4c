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
 * The diagnostics a report asks for: the sensitivity settings and, for the transitions, the
 * previous year's score sheet.
 *
 * @param previous the previous year's score sheet, if the transitions are wanted
 * @param runs sensitivity runs, at least 1
 * @param seed the sensitivity seed
 * @param variation the largest change of an indicator's maximum, from 0 to below 1 (0.2 for 20%)
 */
public record DiagnosticsRequest(Optional<Path> previous, int runs, long seed, double variation) {

  /** Checks the settings. */
  public DiagnosticsRequest {
    requireNonNull(previous, "previous");
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be at least 1: " + runs);
    }
    if (!(variation >= 0 && variation < 1)) {
      throw new IllegalArgumentException("variation must be from 0 to below 1: " + variation);
    }
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
    return DiagnosticsFigures.of(result, before,
        new DiagnosticsFigures.Settings(runs, seed, variation));
  }
}
