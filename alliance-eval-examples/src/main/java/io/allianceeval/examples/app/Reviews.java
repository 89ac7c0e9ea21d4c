package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.InputTable;
import io.allianceeval.examples.io.ReviewInput;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.review.Aggregation;
import io.allianceeval.review.Decision;
import io.allianceeval.review.DiscrepancyRule;
import io.allianceeval.review.ExpertBias;
import io.allianceeval.review.Panel;
import io.allianceeval.review.PanelReview;
import io.allianceeval.review.ScoreEntry;
import io.allianceeval.scoring.IndicatorSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The expert review ({@code review}): the panel, the experts' scores (tables or the scoring
 * workbooks {@code plan} wrote), the assignment, the alliances' names and the collective review's
 * decisions, read once, checked together, and reviewed.
 */
public final class Reviews {

  private static final List<String> EXPERT_COLUMNS = List.of("id", "name", "group",
      "affiliations");
  private static final List<String> DECISION_COLUMNS = List.of("code", "score", "rationale",
      "decidedby");
  private static final List<String> NAME_COLUMNS = List.of("code", "name");

  /**
   * What to review.
   *
   * @param experts the panel ({@code id,name,group,affiliations}); empty, with no scores, for the
   *     shipped synthetic panel
   * @param scores score tables, scoring workbooks or folders of them; empty for the synthetic panel
   * @param decisions the collective review's decisions, if any
   * @param alliances the alliances' names ({@code code,name}); empty for the embedded 2019 names
   * @param assignment the assignment {@code plan} wrote; empty to infer it from the scores
   * @param system the indicator system of indicator scores; empty for the standard model
   * @param aggregation how a round's expert totals become its score
   * @param rule when two rounds differ enough for collective review
   * @param correctSeverity whether each expert's least-squares bias is subtracted before
   *     aggregation
   * @param corridor the corridor around the other experts' mean outside which a mark is flagged
   * @param sheet the sheet of .xlsx inputs to read; null for the first with a header
   */
  public record Request(Optional<Path> experts, List<Path> scores, Optional<Path> decisions,
      Optional<Path> alliances, Optional<Path> assignment, Optional<IndicatorSystem> system,
      Aggregation aggregation, DiscrepancyRule rule, boolean correctSeverity,
      ExpertBias.Corridor corridor, String sheet) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if only one of experts and scores is given
     */
    public Request {
      requireNonNull(experts, "experts");
      scores = List.copyOf(scores);
      requireNonNull(decisions, "decisions");
      requireNonNull(alliances, "alliances");
      requireNonNull(assignment, "assignment");
      requireNonNull(system, "system");
      requireNonNull(aggregation, "aggregation");
      requireNonNull(rule, "rule");
      requireNonNull(corridor, "corridor");
      if (experts.isPresent() == scores.isEmpty()) {
        throw new IllegalArgumentException("experts and scores go together");
      }
    }

    /** Whether this is the shipped synthetic panel. */
    public boolean synthetic() {
      return experts.isEmpty();
    }
  }

  private Reviews() {}

  /**
   * Reads, checks and reviews what {@code request} names.
   *
   * @throws BadInputException every problem of every input, all at once
   */
  public static PanelReview review(Request request) throws BadInputException {
    String synthetic = EmbeddedData.SYNTHETIC_PANEL;
    String sheet = request.sheet();
    List<InputProblem> problems = new ArrayList<>();
    InputTable expertsTable = request.synthetic()
        ? InputTable.readResource(synthetic + "experts.csv", EXPERT_COLUMNS)
        : InputTable.read(request.experts().get(), EXPERT_COLUMNS, sheet);
    Optional<InputTable> decisionsTable = request.synthetic()
        ? Optional.of(InputTable.readResource(synthetic + "decisions.csv", DECISION_COLUMNS))
        : request.decisions().isEmpty() ? Optional.empty()
            : Optional.of(InputTable.read(request.decisions().get(), DECISION_COLUMNS, sheet));
    Optional<Panel> panel = ReviewInput.panel(expertsTable, problems);
    ReviewInput.Entries entries = request.synthetic()
        ? ReviewInput.entries(InputTable.readResource(synthetic + "scores.csv",
            ReviewInput.SCORE_COLUMNS), problems)
        : ReviewInput.scores(request.scores(), sheet, problems);
    String scoresName = request.synthetic() ? "(embedded) scores.csv"
        : String.join(", ", request.scores().stream().map(Path::toString).toList());
    List<Decision> decisions = decisionsTable.map(t -> ReviewInput.decisions(t, problems))
        .orElse(List.of());
    Map<AllianceCode, Alliance> names = request.synthetic()
        ? ReviewInput.names(InputTable.readResource(synthetic + "alliances.csv", NAME_COLUMNS),
            problems)
        : request.alliances().isPresent()
            ? ReviewInput.names(InputTable.read(request.alliances().get(), NAME_COLUMNS, sheet),
                problems)
            : embeddedNames();
    List<Alliance> underReview = new ArrayList<>();
    for (AllianceCode code : new TreeSet<>(entries.entries().stream().map(ScoreEntry::code)
        .toList())) {
      Alliance a = names.get(code);
      if (a == null) {
        problems.add(InputProblem.inFile(scoresName, "alliance " + code + ": no name for it"
            + request.alliances().map(p -> " in " + p)
                .orElse("; give its name with --alliances FILE (code,name)")));
      } else {
        underReview.add(a);
      }
    }
    if (panel.isEmpty()) {
      throw new BadInputException(problems);
    }
    PanelReview.Builder builder = PanelReview.builder(panel.get()).alliances(underReview)
        .entries(entries.entries()).aggregation(request.aggregation())
        .discrepancyRule(request.rule()).correctSeverity(request.correctSeverity())
        .biasCorridor(request.corridor());
    request.system().ifPresent(builder::indicatorSystem);
    if (request.assignment().isPresent()) {
      builder.assignment(ReviewInput.assignment(panel.get(), InputTable.read(
          request.assignment().get(), List.of("code", "round1", "round2"), sheet)));
    }
    PanelReview review = ReviewInput.build(builder, entries, scoresName, problems);
    if (decisions.isEmpty()) {
      return review;
    }
    try {
      return review.withDecisions(decisions);
    } catch (InvalidInputException e) {
      List<InputProblem> list = new ArrayList<>();
      e.messages().forEach(p -> list.add(InputProblem.inFile(decisionsTable.get().name(), p)));
      throw new BadInputException(list);
    }
  }

  private static Map<AllianceCode, Alliance> embeddedNames() throws BadInputException {
    Map<AllianceCode, Alliance> names = new TreeMap<>();
    EmbeddedData.scores2019().results()
        .forEach(r -> names.put(r.alliance().code(), r.alliance()));
    return names;
  }
}
