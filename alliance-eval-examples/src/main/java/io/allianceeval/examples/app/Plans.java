package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import io.allianceeval.examples.io.AtomicFiles;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.ExpertWorkbooks;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.InputTable;
import io.allianceeval.examples.io.ReviewInput;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.review.Assignment;
import io.allianceeval.review.Expert;
import io.allianceeval.review.Panel;
import io.allianceeval.review.Round;
import io.allianceeval.scoring.IndicatorSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review's plan ({@code plan}): the assignment of groups to alliances for both rounds, never
 * an affiliated expert, and one scoring workbook per expert and round that {@code review} reads
 * back.
 */
public final class Plans {

  /**
   * What was planned and written.
   *
   * @param panel the panel
   * @param alliances the alliances planned, by code
   * @param plan the assignment
   * @param assignmentFile the assignment workbook written
   * @param workbooks the scoring workbooks written
   */
  public record Planned(Panel panel, Map<AllianceCode, Alliance> alliances, Assignment plan,
      Path assignmentFile, List<Path> workbooks) {}

  private Plans() {}

  /**
   * Plans the review and writes the workbooks into {@code out}, created if need be.
   *
   * @param experts the panel ({@code id,name,group,affiliations})
   * @param alliances the alliances under review ({@code code,name})
   * @param seed the planner's tie-breaking seed
   * @param minExperts experts not affiliated with an alliance that each of its groups needs, at
   *     least 1
   * @param sheet the sheet of .xlsx inputs; null for the first with a header
   * @throws BadInputException every problem of the inputs, or a panel that cannot cover them
   * @throws StorageException if a workbook cannot be written
   */
  public static Planned plan(Path experts, Path alliances, long seed, int minExperts,
      IndicatorSystem system, String sheet, Path out) throws BadInputException, StorageException {
    requireNonNull(system, "system");
    List<InputProblem> problems = new ArrayList<>();
    Optional<Panel> panel = ReviewInput.panel(InputTable.read(experts,
        List.of("id", "name", "group", "affiliations"), sheet), problems);
    Map<AllianceCode, Alliance> names = ReviewInput.names(InputTable.read(alliances,
        List.of("code", "name"), sheet), problems);
    if (!problems.isEmpty() || panel.isEmpty()) {
      throw new BadInputException(problems);
    }
    Assignment plan;
    try {
      plan = Assignment.plan(panel.get(), names.keySet(), seed, minExperts);
    } catch (InvalidInputException e) {
      List<InputProblem> list = new ArrayList<>();
      e.messages().forEach(p -> list.add(InputProblem.inFile(experts.toString(), p)));
      throw new BadInputException(list);
    }
    Path assignment = out.resolve("assignment.xlsx");
    createDirectories(out);
    AtomicFiles.write(assignment, ExpertWorkbooks.assignment(plan, names));
    List<Path> written = new ArrayList<>();
    for (Round round : Round.values()) {
      Path dir = out.resolve("round-" + round.number());
      createDirectories(dir);
      for (Expert expert : panel.get().experts()) {
        String group = panel.get().groupOf(expert.id()).orElseThrow();
        List<Alliance> mine = new ArrayList<>();
        for (AllianceCode code : plan.groups().keySet()) {
          if (plan.isAssigned(expert, code, round)) {
            mine.add(names.get(code));
          }
        }
        if (!mine.isEmpty()) {
          Path file = dir.resolve(expert.id() + ".xlsx");
          AtomicFiles.write(file, ExpertWorkbooks.scoring(expert, round, group, mine, system));
          written.add(file);
        }
      }
    }
    return new Planned(panel.get(), names, plan, assignment, written);
  }

  private static void createDirectories(Path dir) throws StorageException {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw StorageException.of(dir.toString(), StorageException.Action.CREATE_FOLDER, e);
    }
  }
}
