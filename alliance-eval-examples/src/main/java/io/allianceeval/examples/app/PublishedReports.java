package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Population;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.ScoreSheet;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.examples.report.DiagnosticsFigures;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.examples.report.ReportSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report of a published score sheet ({@code report}): the sheet — or the embedded 2019 table
 * (附件 2) — read once and evaluated once, and the report's other sections read beside it.
 */
public final class PublishedReports {

  /**
   * What to report.
   *
   * @param scores the score sheet; empty for the embedded 2019 table
   * @param year the evaluation year
   * @param population the population; for the embedded table the 2019 counts unless given
   * @param prose the folder with the office's prose, if any
   * @param panel the panel table, if any
   * @param diagnostics the diagnostics asked for, if any
   * @param sheet the sheet of .xlsx inputs to read; null for the first with a header
   * @param lang the language of the notes
   */
  public record Request(Optional<Path> scores, int year, PopulationSource population,
      Optional<Path> prose, Optional<Path> panel, Optional<DiagnosticsRequest> diagnostics,
      String sheet, Lang lang) {

    /** Checks the parts. */
    public Request {
      requireNonNull(scores, "scores");
      requireNonNull(population, "population");
      requireNonNull(prose, "prose");
      requireNonNull(panel, "panel");
      requireNonNull(diagnostics, "diagnostics");
      requireNonNull(lang, "lang");
    }
  }

  private PublishedReports() {}

  /**
   * Reads and evaluates what {@code request} names.
   *
   * @throws BadInputException every problem of the inputs
   * @throws StorageException if a file cannot be read for a reason other than its content
   */
  public static ReportSource read(Request request) throws BadInputException, StorageException {
    List<String> notes = new ArrayList<>();
    Optional<Population> given = request.population().read(request.sheet());
    ScoreSheet sheet;
    Population population;
    boolean embedded = request.scores().isEmpty();
    if (embedded) {
      sheet = EmbeddedData.scores2019();
      population = given.orElse(EmbeddedData.population2019());
      notes.add(request.lang().text("report.note.embedded"));
    } else {
      sheet = ScoreSheet.read(request.scores().get(), request.sheet());
      population = given.orElse(Population.evaluated());
    }
    EvaluationResult result = sheet.evaluate(
        Evaluation.forYear(request.year()).withPopulation(population));
    Optional<DiagnosticsFigures> diagnostics = request.diagnostics().isPresent()
        ? Optional.of(request.diagnostics().get().compute(result, request.sheet()))
        : Optional.empty();
    return new ReportSource(result, notes, ReportSections.read(result, request.prose(),
        request.panel(), request.sheet(), embedded && request.year() == 2019), diagnostics);
  }
}
