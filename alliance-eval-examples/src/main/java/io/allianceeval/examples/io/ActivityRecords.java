package io.allianceeval.examples.io;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Fact;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.scoring.IndicatorSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Activity records read from CSV: columns {@code code}, {@code name} and one column for every fact
 * the indicator system reads, named as the fact ({@code council_meetings}, …); a blank cell is a
 * missing fact (for {@code website_months_since_update}: no website). An optional {@code year}
 * column gives each record's year; without it, every record is of the evaluation's year.
 */
public final class ActivityRecords {

  private final String name;
  private final List<ActivityRecord> records;
  private final List<InputTable.Row> rows;
  private final List<InputProblem> rowProblems;

  private ActivityRecords(String name, List<ActivityRecord> records, List<InputTable.Row> rows,
      List<InputProblem> rowProblems) {
    this.name = name;
    this.records = List.copyOf(records);
    this.rows = List.copyOf(rows);
    this.rowProblems = List.copyOf(rowProblems);
  }

  /** The columns a records file needs for {@code system}. */
  public static List<String> requiredColumns(IndicatorSystem system) {
    List<String> columns = new ArrayList<>(List.of("code", "name"));
    system.facts().forEach(f -> columns.add(f.name()));
    return columns;
  }

  /** Reads the records file {@code file} for {@code system}; records default to {@code year}. */
  public static ActivityRecords read(Path file, IndicatorSystem system, int year)
      throws BadInputException {
    return read(file, null, system, year);
  }

  /**
   * Reads the records file {@code file} — CSV, or the sheet {@code sheet} of an .xlsx workbook
   * (null: the first with a header) — for {@code system}; records default to {@code year}.
   */
  public static ActivityRecords read(Path file, String sheet, IndicatorSystem system, int year)
      throws BadInputException {
    return of(InputTable.read(file, requiredColumns(system), sheet), system, year);
  }

  /** Reads a records file shipped inside the jar. */
  public static ActivityRecords readResource(String resource, IndicatorSystem system, int year)
      throws BadInputException {
    return of(InputTable.readResource(resource, requiredColumns(system)), system, year);
  }

  /**
   * Reads the rows of {@code table}. A bad header fails at once; bad cells are kept and reported by
   * {@link #evaluate} together with what the evaluation finds in the other rows.
   */
  public static ActivityRecords of(InputTable table, IndicatorSystem system, int year)
      throws BadInputException {
    requireNonNull(table, "table");
    requireNonNull(system, "system");
    List<InputProblem> problems = new ArrayList<>(table.problems());
    List<ActivityRecord> records = new ArrayList<>();
    List<InputTable.Row> rows = new ArrayList<>();
    for (InputTable.Row row : table.rows()) {
      int before = problems.size();
      Optional<AllianceCode> code = Cells.code(row, problems);
      String allianceName = Cells.name(row, problems);
      OptionalInt rowYear = table.has("year") ? Cells.year(row, problems) : OptionalInt.of(year);
      List<Fact> facts = system.facts();
      int[] values = new int[facts.size()];
      boolean[] present = new boolean[facts.size()];
      for (int i = 0; i < facts.size(); i++) {
        OptionalInt v = Cells.count(row, facts.get(i).name(), problems);
        present[i] = v.isPresent();
        values[i] = v.orElse(0);
      }
      if (problems.size() == before) {
        ActivityRecord.Builder b =
            ActivityRecord.builder(Alliance.of(code.get(), allianceName), rowYear.getAsInt());
        for (int i = 0; i < facts.size(); i++) {
          if (present[i]) {
            b.fact(facts.get(i), values[i]);
          }
        }
        records.add(b.build());
        rows.add(row);
      }
    }
    return new ActivityRecords(table.name(), records, rows, problems);
  }

  /** The problems of single cells found while reading, in line order. */
  public List<InputProblem> rowProblems() {
    return rowProblems;
  }

  /** The well-formed records in file order. */
  public List<ActivityRecord> records() {
    return records;
  }

  /**
   * Scores the records.
   *
   * @throws BadInputException every row the evaluation rejects, with its line and field
   */
  public EvaluationResult evaluate(Evaluation evaluation) throws BadInputException {
    try {
      EvaluationResult result = evaluation.score(records);
      if (!rowProblems.isEmpty()) {
        throw new BadInputException(rowProblems);
      }
      return result;
    } catch (InvalidInputException e) {
      throw CoreProblems.merge(rowProblems, CoreProblems.of(name, e, rows));
    }
  }
}
