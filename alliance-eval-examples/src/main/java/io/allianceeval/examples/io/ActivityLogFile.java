package io.allianceeval.examples.io;

import static java.util.Objects.requireNonNull;

import io.allianceeval.activity.Activity;
import io.allianceeval.activity.ActivityKind;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.activity.Tally;
import io.allianceeval.activity.TallyResult;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An activity log (the entries of the dynamic information database) read from CSV or .xlsx: the
 * columns {@code code, name, date, kind, title} and, optionally, {@code evidence} and {@code
 * value} (Chinese headers: 编号, 联盟名称, 日期, 类型, 标题, 佐证, 数值). Dates are ISO {@code
 * yyyy-mm-dd}, or real date cells in a workbook. Every problem names its line (or sheet and cell)
 * and field: an unknown kind, an impossible date, a negative or fractional value, a state kind
 * without its value or an event kind with one, a blank title; and, once the log is tallied, an
 * alliance missing from the roster. All are reported at once.
 */
public final class ActivityLogFile {

  /** The columns a log must have. */
  public static final List<String> REQUIRED = List.of("code", "name", "date", "kind", "title");

  /** Every column of a log, in the order the template and the export write them. */
  public static final List<String> COLUMNS =
      List.of("code", "name", "date", "kind", "title", "evidence", "value");

  private final List<Activity> activities;
  private final List<InputTable.Row> rows;
  private final List<InputProblem> problems;

  private ActivityLogFile(List<Activity> activities, List<InputTable.Row> rows,
      List<InputProblem> problems) {
    this.activities = activities;
    this.rows = rows;
    this.problems = problems;
  }

  /** Reads the log {@code file}: CSV, or the sheet {@code sheet} of a workbook (null: the first). */
  public static ActivityLogFile read(Path file, String sheet, ActivityKinds kinds)
      throws BadInputException {
    return of(InputTable.read(file, REQUIRED, sheet), kinds);
  }

  /** Reads the logs {@code files} as one log; the problems of every file are reported together. */
  public static ActivityLogFile read(List<Path> files, String sheet, ActivityKinds kinds)
      throws BadInputException {
    List<Activity> activities = new ArrayList<>();
    List<InputTable.Row> rows = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    for (Path f : files) {
      try {
        ActivityLogFile one = read(f, sheet, kinds);
        activities.addAll(one.activities);
        rows.addAll(one.rows);
        problems.addAll(one.problems);
      } catch (BadInputException e) {
        problems.addAll(e.problems());
      }
    }
    return new ActivityLogFile(activities, rows, problems);
  }

  /** The entries of {@code table}; rows with a bad cell are kept as problems. */
  public static ActivityLogFile of(InputTable table, ActivityKinds kinds) {
    requireNonNull(table, "table");
    requireNonNull(kinds, "kinds");
    List<InputProblem> problems = new ArrayList<>(table.problems());
    List<Activity> activities = new ArrayList<>();
    List<InputTable.Row> rows = new ArrayList<>();
    for (InputTable.Row row : table.rows()) {
      int before = problems.size();
      Optional<AllianceCode> code = Cells.code(row, problems);
      String name = Cells.name(row, problems);
      Optional<LocalDate> date = date(row, problems);
      Optional<ActivityKind> kind = kind(row, kinds, problems);
      String title = unescape(row.get("title"));
      if (title.isBlank()) {
        problems.add(row.problem("title", "title must not be blank: say what took place"));
      }
      OptionalInt value = kind.isPresent() ? value(row, kind.get(), problems) : OptionalInt.empty();
      if (problems.size() == before) {
        Activity a = new Activity(Alliance.of(code.get(), name), kind.get(), date.get(), title,
            Optional.of(unescape(row.get("evidence"))), value);
        activities.add(a);
        rows.add(row);
      }
    }
    return new ActivityLogFile(List.copyOf(activities), List.copyOf(rows), problems);
  }

  /**
   * One entry of {@code alliance} from the fields of a form or a JSON object ({@code kind}, {@code
   * date}, {@code title}, {@code evidence}, {@code value}; absent is blank), with the same checks
   * and messages as a row of a log; each problem names {@code source} and its field.
   *
   * @throws BadInputException every problem of the entry at once
   */
  public static Activity entry(String source, Alliance alliance, Map<String, String> fields,
      ActivityKinds kinds) throws BadInputException {
    requireNonNull(alliance, "alliance");
    Map<String, String> values = new LinkedHashMap<>();
    values.put("code", alliance.code().toString());
    values.put("name", alliance.name());
    for (String column : List.of("date", "kind", "title", "evidence", "value")) {
      String v = fields.get(column);
      values.put(column, v == null ? "" : v.strip());
    }
    List<InputProblem> problems = new ArrayList<>();
    InputTable.Row row = new InputTable.Row(source, 0, values);
    InputLimits.checkLengths(row, problems);
    ActivityLogFile one = of(new InputTable(source, List.of(), List.of(row), problems), kinds);
    if (!one.problems().isEmpty()) {
      throw new BadInputException(one.problems());
    }
    return one.activities().get(0);
  }

  /**
   * A text cell as it was before {@link CsvOutput#safe} kept a spreadsheet from taking it for a
   * formula: {@code '=x} is {@code =x}, so that an exported log imports as the same entries.
   */
  static String unescape(String text) {
    return text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0
        ? text.substring(1) : text;
  }

  private static Optional<LocalDate> date(InputTable.Row row, List<InputProblem> problems) {
    String text = row.get("date");
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      String why = text.isEmpty() ? "blank" : text.matches("\\d{4}-\\d{2}-\\d{2}")
          ? "'" + text + "', which is not a day of the calendar" : "'" + text + "'";
      problems.add(row.problem("date", "expected a date yyyy-mm-dd (or a date cell), found "
          + why));
      return Optional.empty();
    }
  }

  private static Optional<ActivityKind> kind(InputTable.Row row, ActivityKinds kinds,
      List<InputProblem> problems) {
    String text = row.get("kind");
    Optional<ActivityKind> kind = kinds.kind(text);
    if (kind.isEmpty()) {
      problems.add(row.problem("kind", "unknown kind '" + text + "'; expected one of "
          + String.join(", ", kinds.names())));
    }
    return kind;
  }

  private static OptionalInt value(InputTable.Row row, ActivityKind kind,
      List<InputProblem> problems) {
    String text = row.get("value");
    if (!kind.carriesValue()) {
      if (!text.isEmpty()) {
        problems.add(row.problem("value", kind.name() + (kind.isState()
            ? " records its date and takes no value" : " counts entries and takes no value")
            + ", found '" + text + "'; leave the cell blank"));
      }
      return OptionalInt.empty();
    }
    if (text.isEmpty()) {
      problems.add(row.problem("value", kind.name() + " needs a value: a whole number of at "
          + "least 0"));
      return OptionalInt.empty();
    }
    if (text.chars().allMatch(c -> c >= '0' && c <= '9') && text.length() <= 9) {
      return OptionalInt.of(Integer.parseInt(text));
    }
    String what = text.startsWith("-") ? "a negative number" : text.matches("-?\\d*\\.\\d+")
        ? "a fraction" : "text";
    problems.add(row.problem("value", "expected a whole number of at least 0, found " + what
        + " '" + text + "'"));
    return OptionalInt.empty();
  }

  /** The well-formed entries, in file order. */
  public List<Activity> activities() {
    return activities;
  }

  /** The problems of single cells, in file order. */
  public List<InputProblem> problems() {
    return problems;
  }

  /**
   * The tally of the log.
   *
   * @throws BadInputException every problem of the log, each with its file and line or cell
   */
  public TallyResult tally(Tally tally) throws BadInputException {
    return tally(tally, List.of(), "");
  }

  /**
   * The tally of {@code before} (the entries a database holds already, named {@code beforeName})
   * and this log together: every problem of the log at once, or the result. A problem the tally
   * finds in an entry of {@code before} names {@code beforeName}.
   *
   * @throws BadInputException every problem, each with its file and line or cell
   */
  public TallyResult tally(Tally tally, List<Activity> before, String beforeName)
      throws BadInputException {
    List<Activity> all = before.isEmpty() ? activities : new ArrayList<>(before);
    if (!before.isEmpty()) {
      all.addAll(activities);
    }
    try {
      TallyResult result = tally.tally(all);
      if (!problems.isEmpty()) {
        throw new BadInputException(problems);
      }
      return result;
    } catch (InvalidInputException e) {
      List<InputProblem> found = new ArrayList<>(problems);
      for (InvalidInputException.Problem p : e.problems()) {
        List<Integer> inLog = p.positions().stream().filter(i -> i >= before.size())
            .map(i -> i - before.size()).toList();
        if (inLog.size() < p.positions().size()) {
          found.add(InputProblem.inFile(beforeName, p.message()));
        }
        for (int i : inLog) {
          InputTable.Row row = rows.get(i);
          found.add(p.field().isPresent() ? row.problem(p.field().get(), p.message())
              : row.problem(p.message()));
        }
      }
      throw new BadInputException(found);
    }
  }
}
