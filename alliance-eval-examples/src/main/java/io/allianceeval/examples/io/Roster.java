package io.allianceeval.examples.io;

import io.allianceeval.evaluation.Population;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A roster of the alliances registered for evaluation, read from CSV with columns code, name. */
public final class Roster {

  private Roster() {}

  /** Reads {@code file} as a population. */
  public static Population read(Path file) throws BadInputException {
    return read(file, null);
  }

  /**
   * Reads {@code file} — CSV, or the sheet {@code sheet} of an .xlsx workbook (null: the first with
   * a header) — as a population.
   */
  public static Population read(Path file, String sheet) throws BadInputException {
    InputTable table = InputTable.read(file, List.of("code", "name"), sheet);
    List<InputProblem> problems = new ArrayList<>(table.problems());
    List<Alliance> alliances = new ArrayList<>();
    List<InputTable.Row> rows = new ArrayList<>();
    for (InputTable.Row row : table.rows()) {
      int before = problems.size();
      Optional<AllianceCode> code = Cells.code(row, problems);
      String name = Cells.name(row, problems);
      if (problems.size() == before) {
        alliances.add(Alliance.of(code.get(), name));
        rows.add(row);
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    try {
      return Population.ofRoster(alliances);
    } catch (InvalidInputException e) {
      throw CoreProblems.of(table.name(), e, rows);
    }
  }
}
