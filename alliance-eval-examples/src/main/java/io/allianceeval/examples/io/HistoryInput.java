package io.allianceeval.examples.io;

import io.allianceeval.awards.History;
import io.allianceeval.evaluation.Evaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link History} from score sheets: each sheet gives one year (without a {@code year} column,
 * {@code defaultYear}) or several (with one). A year may come from one sheet only.
 */
public final class HistoryInput {

  private HistoryInput() {}

  /** A sheet and the year its rows have when it has no {@code year} column. */
  public record Sheet(ScoreSheet sheet, int defaultYear) {}

  /**
   * Evaluates every year of every sheet and puts them into one history.
   *
   * @throws BadInputException with every problem of every sheet, and every year given by two
   */
  public static History read(List<Sheet> sheets) throws BadInputException {
    Map<Integer, ScoreSheet> byYear = new TreeMap<>();
    List<InputProblem> problems = new ArrayList<>();
    for (Sheet s : sheets) {
      List<Integer> years = s.sheet().hasYears() ? List.copyOf(s.sheet().years())
          : List.of(s.defaultYear());
      for (int y : years) {
        ScoreSheet other = byYear.putIfAbsent(y, s.sheet());
        if (other != null) {
          problems.add(InputProblem.inFile(s.sheet().name(), "year " + y
              + " is given again; " + other.name() + " gives it already"));
        }
      }
      problems.addAll(s.sheet().rowProblems());
    }
    History.Builder history = History.builder();
    for (Map.Entry<Integer, ScoreSheet> e : byYear.entrySet()) {
      try {
        history.put(e.getKey(), e.getValue().evaluate(Evaluation.forYear(e.getKey())));
      } catch (BadInputException ex) {
        for (InputProblem p : ex.problems()) {
          if (!problems.contains(p)) {
            problems.add(p);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return history.build();
  }
}
