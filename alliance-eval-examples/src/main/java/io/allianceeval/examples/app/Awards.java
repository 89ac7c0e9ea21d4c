package io.allianceeval.examples.app;

import io.allianceeval.awards.AwardResult;
import io.allianceeval.awards.ConsecutiveYearAward;
import io.allianceeval.awards.History;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.HistoryInput;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.ScoreSheet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The consecutive-year award ({@code awards}): a history read from score sheets with a {@code
 * year} column — or the embedded 2016–2019 data — and the award of a year under a rule.
 */
public final class Awards {

  private Awards() {}

  /**
   * The history the files give, every year evaluated once.
   *
   * @param files score sheets with a {@code year} column; empty for the embedded 2016–2019 data
   *     (2016–2018 reconstructed from the report's statements, 2019 the published table)
   * @param sheet the sheet of .xlsx files to read; null for the first with a header
   * @throws BadInputException every problem of every file: a missing {@code year} column, a year
   *     given by two files, a row that cannot be read
   */
  public static History history(List<Path> files, String sheet) throws BadInputException {
    List<HistoryInput.Sheet> sheets = new ArrayList<>();
    if (files.isEmpty()) {
      sheets.add(new HistoryInput.Sheet(EmbeddedData.history2016To2018(), 0));
      sheets.add(new HistoryInput.Sheet(EmbeddedData.scores2019(), 2019));
      return HistoryInput.read(sheets);
    }
    List<InputProblem> problems = new ArrayList<>();
    for (Path p : files) {
      try {
        ScoreSheet read = ScoreSheet.read(p, sheet);
        if (!read.hasYears()) {
          problems.add(InputProblem.atLine(p.toString(), 1,
              "header lacks the column year, which a history file needs"));
        }
        sheets.add(new HistoryInput.Sheet(read, 0));
      } catch (BadInputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return HistoryInput.read(sheets);
  }

  /**
   * The award of {@code year} — the history's last year if empty — under {@code rule}.
   *
   * @param files the files the history came from, to name in a problem
   * @throws BadInputException if the history lacks a year of the rule's window
   */
  public static AwardResult award(History history, ConsecutiveYearAward rule, OptionalInt year,
      List<Path> files) throws BadInputException {
    int awardYear = year.orElse(history.years().last());
    try {
      return rule.award(history, awardYear);
    } catch (IllegalArgumentException e) { // documented: the history lacks a year of the window
      throw new BadInputException(InputProblem.inFile(files.isEmpty() ? "(embedded history)"
          : files.stream().map(Path::toString).collect(Collectors.joining(", ")),
          e.getMessage()));
    }
  }
}
