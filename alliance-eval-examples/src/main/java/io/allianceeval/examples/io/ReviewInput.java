package io.allianceeval.examples.io;

import io.allianceeval.model.Points;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.review.Assignment;
import io.allianceeval.review.Decision;
import io.allianceeval.review.Expert;
import io.allianceeval.review.Panel;
import io.allianceeval.review.PanelReview;
import io.allianceeval.review.Round;
import io.allianceeval.review.ScoreEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The expert review's CSV inputs: experts ({@code id,name,group,affiliations}, affiliations
 * separated by {@code ;}), scores ({@code round,expert,code,indicator,points}, indicator blank for a
 * total), decisions ({@code code,score,rationale,decidedBy}) and alliance names ({@code code,name}).
 * Every problem of every file is reported at once, with file, line and field.
 */
public final class ReviewInput {

  private ReviewInput() {}

  /** The panel from an experts table; bad cells and panel problems are added to {@code problems}. */
  public static Optional<Panel> panel(InputTable experts, List<InputProblem> problems) {
    problems.addAll(experts.problems());
    Map<String, List<Expert>> groups = new LinkedHashMap<>();
    int before = problems.size();
    for (InputTable.Row row : experts.rows()) {
      Set<AllianceCode> affiliations = new TreeSet<>();
      String aff = row.get("affiliations");
      boolean ok = true;
      if (!aff.isBlank()) {
        for (String part : aff.split(";", -1)) {
          try {
            affiliations.add(AllianceCode.parse(part.strip()));
          } catch (IllegalArgumentException e) {
            problems.add(row.problem("affiliations", e.getMessage()));
            ok = false;
          }
        }
      }
      String group = row.get("group");
      if (group.isBlank()) {
        problems.add(row.problem("group", "group must not be blank"));
        ok = false;
      }
      try {
        Expert e = Expert.of(row.get("id"), row.get("name"), affiliations);
        if (ok) {
          groups.computeIfAbsent(group, g -> new ArrayList<>()).add(e);
        }
      } catch (IllegalArgumentException e) {
        problems.add(row.problem(e.getMessage().contains("name") ? "name" : "id", e.getMessage()));
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(Panel.of(groups));
    } catch (InvalidInputException e) {
      e.messages().forEach(p -> problems.add(InputProblem.inFile(experts.name(), p)));
      return Optional.empty();
    }
  }

  /** Score entries, in file order, with the rows they came from. */
  public record Entries(List<ScoreEntry> entries, List<InputTable.Row> rows) {}

  /** The score entries of a scores table; bad cells are added to {@code problems}. */
  public static Entries entries(InputTable scores, List<InputProblem> problems) {
    problems.addAll(scores.problems());
    List<ScoreEntry> entries = new ArrayList<>();
    List<InputTable.Row> rows = new ArrayList<>();
    for (InputTable.Row row : scores.rows()) {
      int before = problems.size();
      Round round = null;
      try {
        round = Round.of(Integer.parseInt(row.get("round")));
      } catch (NumberFormatException e) {
        problems.add(row.problem("round", "round must be 1 or 2: '" + row.get("round") + "'"));
      } catch (IllegalArgumentException e) {
        problems.add(row.problem("round", e.getMessage()));
      }
      String expert = row.get("expert");
      if (expert.isBlank()) {
        problems.add(row.problem("expert", "expert id must not be blank"));
      }
      Optional<AllianceCode> code = Cells.code(row, problems);
      Optional<Points> points = Cells.requiredPoints(row, "points", problems);
      String indicator = row.get("indicator");
      if (problems.size() == before) {
        entries.add(indicator.isEmpty() ? ScoreEntry.total(round, expert, code.get(), points.get())
            : ScoreEntry.indicator(round, expert, code.get(), indicator, points.get()));
        rows.add(row);
      }
    }
    return new Entries(entries, rows);
  }

  /**
   * The assignment of a table {@code code, round1, round2} (as 'plan' writes it) on {@code panel}.
   *
   * @throws BadInputException naming every bad row, and every group the panel does not have
   */
  public static Assignment assignment(Panel panel,
      InputTable table) throws BadInputException {
    List<InputProblem> problems = new ArrayList<>(table.problems());
    Map<AllianceCode, Assignment.Groups> groups = new TreeMap<>();
    for (InputTable.Row row : table.rows()) {
      Optional<AllianceCode> code = Cells.code(row, problems);
      try {
        Assignment.Groups g =
            new Assignment.Groups(row.get("round1"), row.get("round2"));
        code.ifPresent(c -> groups.put(c, g));
      } catch (IllegalArgumentException e) {
        problems.add(row.problem("round2", e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    try {
      return Assignment.of(panel, groups);
    } catch (InvalidInputException e) {
      List<InputProblem> list = new ArrayList<>();
      e.messages().forEach(p -> list.add(InputProblem.inFile(table.name(), p)));
      throw new BadInputException(list);
    }
  }

  /** The columns of a scores table. */
  public static final List<String> SCORE_COLUMNS =
      List.of("round", "expert", "code", "indicator", "points");

  /**
   * The score entries of every file of {@code paths}: a scores table (CSV, or a sheet of a
   * workbook, with {@link #SCORE_COLUMNS}) or an expert's scoring workbook ({@link
   * ExpertWorkbooks}); a folder stands for every scoring workbook in it and below it, in name order.
   * Problems of every file are added to {@code problems}.
   */
  public static Entries scores(List<java.nio.file.Path> paths, String sheet,
      List<InputProblem> problems) throws BadInputException {
    List<ScoreEntry> entries = new ArrayList<>();
    List<InputTable.Row> rows = new ArrayList<>();
    List<java.nio.file.Path> files = new ArrayList<>();
    for (java.nio.file.Path p : paths) {
      if (java.nio.file.Files.isDirectory(p)) {
        try (var walk = java.nio.file.Files.walk(p)) {
          List<java.nio.file.Path> found = walk.filter(f -> f.toString().toLowerCase(
              Locale.ROOT).endsWith(".xlsx")).sorted().toList();
          for (java.nio.file.Path f : found) {
            if (ExpertWorkbooks.isScoringWorkbook(readAll(f))) {
              files.add(f);
            }
          }
        } catch (java.io.IOException e) {
          throw new BadInputException(InputProblem.inFile(p.toString(), "cannot be read: "
              + e.getMessage()));
        }
        if (files.isEmpty()) {
          problems.add(InputProblem.inFile(p.toString(), "has no scoring workbook (.xlsx with "
              + "'" + ExpertWorkbooks.EXPERT_LABEL + "' in A1)"));
        }
      } else {
        files.add(p);
      }
    }
    for (java.nio.file.Path f : files) {
      try {
        Entries e = ExpertWorkbooks.isScoringWorkbook(readAll(f))
            ? ExpertWorkbooks.read(f, problems)
            : entries(InputTable.read(f, SCORE_COLUMNS, sheet), problems);
        entries.addAll(e.entries());
        rows.addAll(e.rows());
      } catch (BadInputException e) {
        problems.addAll(e.problems());
      }
    }
    return new Entries(entries, rows);
  }

  private static byte[] readAll(java.nio.file.Path f) throws BadInputException {
    try {
      return java.nio.file.Files.readAllBytes(f);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new BadInputException(InputProblem.inFile(f.toString(), "no such file"));
    } catch (java.io.IOException e) {
      throw new BadInputException(InputProblem.inFile(f.toString(), "cannot be read: "
          + e.getMessage()));
    }
  }

  /** The decisions of a decisions table; bad cells are added to {@code problems}. */
  public static List<Decision> decisions(InputTable table, List<InputProblem> problems) {
    problems.addAll(table.problems());
    List<Decision> decisions = new ArrayList<>();
    for (InputTable.Row row : table.rows()) {
      int before = problems.size();
      Optional<AllianceCode> code = Cells.code(row, problems);
      Optional<Points> score = Cells.requiredPoints(row, "score", problems);
      if (row.get("rationale").isBlank()) {
        problems.add(row.problem("rationale", "a decision needs a rationale"));
      }
      if (row.get("decidedby").isBlank()) {
        problems.add(row.problem("decidedBy", "a decision needs who decided"));
      }
      if (problems.size() == before) {
        decisions.add(new Decision(code.get(), score.get(), row.get("rationale"),
            row.get("decidedby")));
      }
    }
    return decisions;
  }

  /** Alliance names ({@code code,name}); bad cells are added to {@code problems}. */
  public static Map<AllianceCode, Alliance> names(InputTable table, List<InputProblem> problems) {
    problems.addAll(table.problems());
    Map<AllianceCode, Alliance> names = new LinkedHashMap<>();
    for (InputTable.Row row : table.rows()) {
      int before = problems.size();
      Optional<AllianceCode> code = Cells.code(row, problems);
      String name = Cells.name(row, problems);
      if (problems.size() == before) {
        names.put(code.get(), Alliance.of(code.get(), name));
      }
    }
    return names;
  }

  /** Builds the review, turning the core's problems into problems with lines of the scores file. */
  public static PanelReview build(PanelReview.Builder builder, Entries entries, String scoresFile,
      List<InputProblem> problems) throws BadInputException {
    try {
      PanelReview review = builder.build();
      if (!problems.isEmpty()) {
        throw new BadInputException(problems);
      }
      return review;
    } catch (InvalidInputException e) {
      throw CoreProblems.merge(problems, CoreProblems.of(scoresFile, e, entries.rows()));
    }
  }
}
