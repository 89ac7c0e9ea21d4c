package io.allianceeval.examples.io;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.review.Decision;
import io.allianceeval.review.Expert;
import io.allianceeval.review.Panel;
import io.allianceeval.review.PanelReview;
import io.allianceeval.review.Round;
import io.allianceeval.review.ScoreEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
      e.problems().forEach(p -> problems.add(InputProblem.inFile(experts.name(), p)));
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
      double points = 0;
      try {
        points = new BigDecimal(row.get("points")).doubleValue();
      } catch (NumberFormatException e) {
        problems.add(row.problem("points", "expected a number such as 6 or 84.5, found '"
            + row.get("points") + "'"));
      }
      String indicator = row.get("indicator");
      if (problems.size() == before) {
        entries.add(indicator.isEmpty() ? ScoreEntry.total(round, expert, code.get(), points)
            : ScoreEntry.indicator(round, expert, code.get(), indicator, points));
        rows.add(row);
      }
    }
    return new Entries(entries, rows);
  }

  /** The decisions of a decisions table; bad cells are added to {@code problems}. */
  public static List<Decision> decisions(InputTable table, List<InputProblem> problems) {
    problems.addAll(table.problems());
    List<Decision> decisions = new ArrayList<>();
    for (InputTable.Row row : table.rows()) {
      int before = problems.size();
      Optional<AllianceCode> code = Cells.code(row, problems);
      double score = 0;
      try {
        score = new BigDecimal(row.get("score")).doubleValue();
      } catch (NumberFormatException e) {
        problems.add(row.problem("score", "expected a number such as 80 or 84.5, found '"
            + row.get("score") + "'"));
      }
      if (row.get("rationale").isBlank()) {
        problems.add(row.problem("rationale", "a decision needs a rationale"));
      }
      if (row.get("decidedby").isBlank()) {
        problems.add(row.problem("decidedBy", "a decision needs who decided"));
      }
      if (problems.size() == before) {
        decisions.add(new Decision(code.get(), score, row.get("rationale"), row.get("decidedby")));
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
