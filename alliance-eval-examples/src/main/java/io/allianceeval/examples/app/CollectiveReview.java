package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import io.allianceeval.examples.db.ReviewTransaction;
import io.allianceeval.examples.db.StoredAppeal;
import io.allianceeval.examples.db.StoredSheet;
import io.allianceeval.examples.db.StoredYear;
import io.allianceeval.examples.db.YearStore;
import io.allianceeval.examples.db.YearTransaction;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Points;
import io.allianceeval.review.AllianceReview;
import io.allianceeval.review.Assignment;
import io.allianceeval.review.Decision;
import io.allianceeval.review.ExpertBias;
import io.allianceeval.review.PanelReview;
import io.allianceeval.review.Round;
import io.allianceeval.review.ScoreEntry;
import io.allianceeval.year.Actor;
import io.allianceeval.year.Phase;
import io.allianceeval.year.PhaseRules;
import io.allianceeval.year.PhaseStep;
import io.allianceeval.year.ReviewRules;
import io.allianceeval.year.SheetState;
import io.allianceeval.year.StepRefusedException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SortedMap;

/**
 * The collective review (重要差异集体讨论复核会评) on the server: the core's {@link PanelReview}
 * computed from the submitted sheets of both rounds — the flags with both round scores, each
 * expert's severity, the leave-one-out instability, the audit trail — and the office's decisions
 * on the flagged alliances. Only submitted sheets count; a draft left when a round closed does not.
 * Thread-safe.
 */
public final class CollectiveReview {

  /**
   * A year's review as the office sees it: the core's review, the appeals of publicity (once
   * any), and each alliance's final score after an upheld appeal.
   */
  public record YearReview(StoredYear year, PanelReview review,
      SortedMap<AllianceCode, StoredAppeal> appeals) {
    /** Checks the parts. */
    public YearReview {
      requireNonNull(year, "year");
      requireNonNull(review, "review");
      appeals = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(appeals));
    }

    /** The final score of {@code r}: an upheld appeal's score, or the review's. */
    public Optional<Points> finalScore(AllianceReview r) {
      StoredAppeal a = appeals.get(r.code());
      if (a != null && a.answer().isPresent() && a.answer().get().upheld()) {
        return a.answer().get().score();
      }
      return r.finalScore();
    }

    /**
     * The whole trail of {@code code}: the core's audit (entries, aggregates, flag, decision,
     * final), then the appeal and its answer.
     */
    public List<String> trail(AllianceCode code) {
      List<String> lines = new ArrayList<>();
      review.audit(code).forEach(e -> lines.add(e.toString()));
      int next = review.audit().size();
      StoredAppeal a = appeals.get(code);
      if (a != null) {
        lines.add("#" + (++next) + " APPEALED " + code + ": by " + a.filedBy() + " at "
            + a.filedAt() + ": " + a.reasons());
        if (a.answer().isPresent()) {
          StoredAppeal.Answer x = a.answer().get();
          lines.add("#" + (++next) + " " + (x.upheld() ? "UPHELD " : "REJECTED ") + code + ": by "
              + x.by() + " at " + x.at() + (x.upheld() ? ", decided score " + x.score().get()
              : "") + ": " + x.rationale());
        }
      }
      return lines;
    }
  }

  private final YearSteps years;
  private final YearStore store;
  private final Clock clock;

  /** The collective review of the years of {@code years}. */
  public CollectiveReview(YearSteps years) {
    this.years = requireNonNull(years, "years");
    this.store = years.store;
    this.clock = years.clock;
  }

  /**
   * The review of {@code year} (office only), once round 2 is closed.
   *
   * @throws StepRefusedException WRONG_PHASE before round 2 closes
   * @throws StepException REVIEW_INCOMPLETE if the stored scores do not make a review (an alliance
   *     without submitted scores in a round), with the core's reasons
   */
  public YearReview review(Actor by, int year)
      throws StorageException, BadInputException, StepException {
    return review(by, year, CorridorText.parse(CorridorText.DEFAULT));
  }

  /**
   * The year's review, its experts' marks flagged outside {@code corridor}.
   *
   * @throws StepRefusedException unless the office
   */
  public YearReview review(Actor by, int year, ExpertBias.Corridor corridor)
      throws StorageException, BadInputException, StepException {
    Accounts.office(by, "see the review");
    ScoringModel model = years.model(year);
    return store.read(tx -> {
      StoredYear y = tx.year(year).orElseThrow(() ->
          new StepException(StepException.Reason.NO_SUCH_YEAR, year));
      return reviewOf(tx, y, model, corridor);
    });
  }

  /**
   * Starts the collective review: the year moves from round 2 closed to the meeting, where the
   * office records decisions.
   */
  public StoredYear start(Actor by, int year)
      throws StorageException, BadInputException, StepException {
    ScoringModel model = years.model(year);
    Instant now = clock.instant();
    return years.stepOnYear(year, (tx, y) -> {
      StoredYear after = years.moveTo(tx, y, by, PhaseStep.START_COLLECTIVE_REVIEW,
          PhaseRules.Circumstances.at(now), now);
      reviewOf(tx, after, model); // refuses a review the scores cannot make
      return after;
    });
  }

  /**
   * Records the collective review's decision on a flagged alliance, replacing an earlier one.
   *
   * @param scoreText the decided score as typed (0 to the tier scheme's maximum, two decimals)
   * @throws BadInputException the score is not a number of points in range
   * @throws StepRefusedException unless the office, in the collective review, on a flagged
   *     alliance, with a rationale
   */
  public AllianceReview decide(Actor by, int year, AllianceCode code, String scoreText,
      String rationale) throws StorageException, BadInputException, StepException {
    ScoringModel model = years.model(year);
    Instant now = clock.instant();
    return years.stepOnYear(year, (tx, y) -> {
      YearReview r = reviewOf(tx, y, model);
      AllianceReview a = r.review().alliance(code).orElseThrow(() ->
          new StepException(StepException.Reason.NOT_REVIEWED, code));
      ReviewRules.decide(by, y.phase(), a.flagged(), rationale).ifPresent(refusal -> {
        throw new StepRefusedException(refusal, "decide alliance " + code);
      });
      Points score = points(scoreText, model.system().total(), "score");
      Decision d = new Decision(code, score, rationale.strip(), by.username());
      tx.outcome().putDecision(year, d, now);
      tx.log(now, by.username(), OptionalInt.of(year), Optional.of(code), "decide",
          OptionalLong.empty(), a.decision().map(x -> x.score() + ": " + x.rationale()),
          Optional.of(score + ": " + d.rationale()));
      return r.review().withDecisions(tx.outcome().decisions(year)).alliance(code).orElseThrow();
    });
  }

  // ---- helpers shared with publicity

  /** The review of {@code y} from its stored sheets, decisions and appeals. */
  static YearReview reviewOf(YearTransaction tx, StoredYear y, ScoringModel model)
      throws SQLException, BadInputException, StepException {
    return reviewOf(tx, y, model, CorridorText.parse(CorridorText.DEFAULT));
  }

  /** The same, its marks flagged outside {@code corridor}. */
  static YearReview reviewOf(YearTransaction tx, StoredYear y, ScoringModel model,
      ExpertBias.Corridor corridor) throws SQLException, BadInputException, StepException {
    if (y.phase().compareTo(Phase.ROUND_2_CLOSED) < 0) {
      throw new StepRefusedException(io.allianceeval.year.Refusal.WRONG_PHASE,
          "see the review before round 2 closes");
    }
    int year = y.year().year();
    ReviewTransaction r = tx.review();
    Assignment assignment = PanelSteps.assignmentOf(r, year).orElseThrow(() ->
        new StepException(StepException.Reason.REVIEW_INCOMPLETE, "no plan"));
    List<ScoreEntry> submitted = submittedEntries(r, year);
    List<Alliance> alliances = new ArrayList<>();
    for (Alliance a : tx.alliances()) {
      if (assignment.groups().containsKey(a.code())) {
        alliances.add(a);
      }
    }
    try {
      PanelReview review = PanelReview.builder(assignment.panel()).assignment(assignment)
          .indicatorSystem(model.system()).tierScheme(model.tiers()).alliances(alliances)
          .entries(submitted).decisions(tx.outcome().decisions(year)).biasCorridor(corridor)
          .build();
      return new YearReview(y, review, tx.outcome().appeals(year));
    } catch (InvalidInputException e) {
      throw new StepException(StepException.Reason.REVIEW_INCOMPLETE,
          String.join("; ", e.messages()));
    }
  }

  /** The scores of {@code year} on submitted sheets: what the review counts, drafts left out. */
  static List<ScoreEntry> submittedEntries(ReviewTransaction r, int year) throws SQLException {
    Map<Round, Map<String, StoredSheet>> sheets = new LinkedHashMap<>();
    for (Round round : Round.values()) {
      sheets.put(round, r.sheets(year, round));
    }
    List<ScoreEntry> submitted = new ArrayList<>();
    for (ScoreEntry e : r.scores(year)) {
      StoredSheet s = sheets.get(e.round()).get(e.expertId());
      if (s != null && s.state() == SheetState.SUBMITTED) {
        submitted.add(e);
      }
    }
    return submitted;
  }

  /** Points typed by the office for {@code field}: 0 to {@code max}, at most two decimals. */
  static Points points(String text, Points max, String field) throws BadInputException {
    String t = text == null ? "" : text.strip();
    try {
      Points p = Points.parse(t);
      if (!p.isNegative() && p.compareTo(max) <= 0) {
        return p;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new BadInputException(InputProblem.atField(Accounts.REQUEST, 0, field, "expected 0 to "
        + max + " points with at most two decimals, found '"
        + io.allianceeval.examples.io.InputLimits.echo(t) + "'"));
  }
}
