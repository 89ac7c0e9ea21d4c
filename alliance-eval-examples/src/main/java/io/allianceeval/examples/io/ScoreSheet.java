package io.allianceeval.examples.io;

import io.allianceeval.model.Points;
import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Tier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A published score sheet (附件 2) read from CSV: columns {@code code} and {@code name}, and
 * {@code score} and/or {@code tier}, in any order; other columns (such as {@code rank}) are ignored.
 * An optional {@code year} column makes it a multi-year history.
 *
 * <p>A score is a decimal number; a tier is {@code HIGH|FAIRLY_HIGH|AVERAGE|INACTIVE} or {@code
 * 活跃度高|活跃度较高|活跃度一般|不活跃}; either may be blank, not both.
 */
public final class ScoreSheet {

  /** The columns every score sheet has. */
  public static final List<String> REQUIRED = List.of("code", "name");

  private final InputTable table;
  private final List<PublishedResult> results;
  private final List<InputTable.Row> rows;
  private final List<OptionalInt> years;
  private final List<InputProblem> rowProblems;

  private ScoreSheet(InputTable table, List<PublishedResult> results, List<InputTable.Row> rows,
      List<OptionalInt> years, List<InputProblem> rowProblems) {
    this.table = table;
    this.results = List.copyOf(results);
    this.rows = List.copyOf(rows);
    this.years = List.copyOf(years);
    this.rowProblems = List.copyOf(rowProblems);
  }

  /** Reads a score sheet file: CSV, or the first sheet of an .xlsx workbook with a header. */
  public static ScoreSheet read(Path file) throws BadInputException {
    return read(file, null);
  }

  /**
   * Reads a score sheet file: CSV, or the sheet {@code sheet} of an .xlsx workbook (null: the first
   * with a header), including the report's own layout of 附件 2.
   */
  public static ScoreSheet read(Path file, String sheet) throws BadInputException {
    return of(InputTable.read(file, REQUIRED, sheet));
  }

  /** Reads a score sheet shipped inside the jar. */
  public static ScoreSheet readResource(String resource) throws BadInputException {
    return of(InputTable.readResource(resource, REQUIRED));
  }

  /**
   * Reads the rows of {@code table}. A bad header fails at once; bad cells are kept and reported by
   * {@link #evaluate} together with what the evaluation finds in the other rows.
   */
  public static ScoreSheet of(InputTable table) throws BadInputException {
    requireNonNull(table, "table");
    List<InputProblem> problems = new ArrayList<>(table.problems());
    if (!table.has("score") && !table.has("tier")) {
      throw new BadInputException(InputProblem.atLine(table.name(), 1,
          "header needs a score column, a tier column or both; found "
              + String.join(", ", table.header())));
    }
    List<PublishedResult> results = new ArrayList<>();
    List<InputTable.Row> rows = new ArrayList<>();
    List<OptionalInt> years = new ArrayList<>();
    for (InputTable.Row row : table.rows()) {
      int before = problems.size();
      Optional<AllianceCode> code = Cells.code(row, problems);
      String name = Cells.name(row, problems);
      String scoreText = row.get("score");
      Optional<Points> score = Cells.points(row, "score", problems);
      Optional<Tier> tier = Optional.empty();
      String tierText = row.get("tier");
      if (!tierText.isEmpty()) {
        try {
          tier = Optional.of(Tier.parse(tierText));
        } catch (IllegalArgumentException e) {
          problems.add(row.problem("tier", e.getMessage()));
        }
      }
      if (scoreText.isEmpty() && tierText.isEmpty()) {
        problems.add(row.problem("a row needs a score, a tier or both; both are blank"));
      }
      OptionalInt year = table.has("year") ? Cells.year(row, problems) : OptionalInt.empty();
      if (problems.size() == before) {
        Alliance alliance = Alliance.of(code.get(), name);
        results.add(score.isEmpty() ? PublishedResult.tierOnly(alliance, tier.get())
            : tier.isEmpty() ? PublishedResult.scored(alliance, score.get())
            : PublishedResult.of(alliance, score.get(), tier.get()));
        rows.add(row);
        years.add(year);
      }
    }
    return new ScoreSheet(table, results, rows, years, problems);
  }

  /** The file name. */
  public String name() {
    return table.name();
  }

  /** The problems of single cells found while reading, in line order. */
  public List<InputProblem> rowProblems() {
    return rowProblems;
  }

  /** The well-formed results in file order. */
  public List<PublishedResult> results() {
    return results;
  }

  /**
   * The well-formed results of {@code year} in file order: the rows of that year, or every row of
   * a sheet without a {@code year} column.
   */
  public List<PublishedResult> results(int year) {
    List<PublishedResult> selected = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      if (years.get(i).isEmpty() || years.get(i).getAsInt() == year) {
        selected.add(results.get(i));
      }
    }
    return selected;
  }

  /** Whether the sheet has a {@code year} column. */
  public boolean hasYears() {
    return table.has("year");
  }

  /** The years of a multi-year sheet, ascending; empty without a {@code year} column. */
  public SortedSet<Integer> years() {
    SortedSet<Integer> set = new TreeSet<>();
    years.forEach(y -> y.ifPresent(set::add));
    return set;
  }

  /**
   * Evaluates the sheet's rows (of {@code evaluation}'s year, if the sheet has a year column) as
   * published results.
   *
   * @throws BadInputException every row the evaluation rejects, with its line and field
   */
  public EvaluationResult evaluate(Evaluation evaluation) throws BadInputException {
    List<PublishedResult> selected = new ArrayList<>();
    List<InputTable.Row> selectedRows = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      if (years.get(i).isEmpty() || years.get(i).getAsInt() == evaluation.year()) {
        selected.add(results.get(i));
        selectedRows.add(rows.get(i));
      }
    }
    if (selected.isEmpty() && rowProblems.isEmpty()) {
      throw new BadInputException(InputProblem.inFile(name(),
          "has no rows for " + evaluation.year() + "; it has " + years()));
    }
    try {
      EvaluationResult result = evaluation.fromPublished(selected);
      if (!rowProblems.isEmpty()) {
        throw new BadInputException(rowProblems);
      }
      return result;
    } catch (InvalidInputException e) {
      throw CoreProblems.merge(rowProblems, CoreProblems.of(name(), e, selectedRows));
    }
  }
}
