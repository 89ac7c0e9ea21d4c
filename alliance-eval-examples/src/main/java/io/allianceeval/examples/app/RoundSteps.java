package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import io.allianceeval.examples.db.ReviewTransaction;
import io.allianceeval.examples.db.RoundState;
import io.allianceeval.examples.db.StoredExpert;
import io.allianceeval.examples.db.StoredSheet;
import io.allianceeval.examples.db.StoredYear;
import io.allianceeval.examples.db.YearStore;
import io.allianceeval.examples.db.YearTransaction;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.review.Assignment;
import io.allianceeval.review.Round;
import io.allianceeval.review.ScoreEntry;
import io.allianceeval.year.Actor;
import io.allianceeval.year.PhaseRules;
import io.allianceeval.year.PhaseStep;
import io.allianceeval.year.ReviewRules;
import io.allianceeval.year.SheetState;
import io.allianceeval.year.StepRefusedException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * The office's rounds: it opens a round (once the rounds are planned), follows each expert's
 * progress — who is late, which alliances are missing — reopens a submitted sheet with a reason,
 * and closes the round when it is complete, or with a reason that records who is missing and why.
 * Every step asks the core's {@link PhaseRules} and {@link ReviewRules}. Thread-safe.
 */
public final class RoundSteps {

  /**
   * One expert's progress in a round.
   *
   * @param expert the expert
   * @param assigned the alliances the expert scores in the round, by code
   * @param scored those with scores saved
   * @param sheet the sheet, once started
   * @param late whether the sheet is not submitted and the round's due date has passed
   */
  public record ExpertProgress(StoredExpert expert, List<AllianceCode> assigned,
      List<AllianceCode> scored, Optional<StoredSheet> sheet, boolean late) {
    /** Copies the lists. */
    public ExpertProgress {
      assigned = List.copyOf(assigned);
      scored = List.copyOf(scored);
    }

    /** Where the sheet stands. */
    public SheetState state() {
      return sheet.map(StoredSheet::state).orElse(SheetState.NOT_STARTED);
    }

    /** The assigned alliances without scores. */
    public List<AllianceCode> missing() {
      return assigned.stream().filter(c -> !scored.contains(c)).toList();
    }
  }

  /**
   * A round's progress: the year, the round as stored (once opened), and every expert who scores
   * in it, by id.
   */
  public record Progress(StoredYear year, Round round, Optional<RoundState> state,
      List<ExpertProgress> experts) {
    /** Copies the list. */
    public Progress {
      experts = List.copyOf(experts);
    }

    /** The experts whose sheets are not submitted. */
    public List<ExpertProgress> outstanding() {
      return experts.stream().filter(e -> e.state() != SheetState.SUBMITTED).toList();
    }
  }

  private final YearSteps years;
  private final YearStore store;
  private final Clock clock;

  /** The rounds of the years of {@code years}. */
  public RoundSteps(YearSteps years) {
    this.years = requireNonNull(years, "years");
    this.store = years.store;
    this.clock = years.clock;
  }

  /**
   * Opens {@code round} of {@code year}, with sheets due at {@code due} if given.
   *
   * @throws StepRefusedException NO_ASSIGNMENT before the plan; WRONG_PHASE unless the year is
   *     locked (round 1) or round 1 is closed (round 2)
   */
  public StoredYear open(Actor by, int year, Round round, Optional<Instant> due)
      throws StorageException, BadInputException, StepException {
    requireNonNull(due, "due");
    Instant now = clock.instant();
    return years.stepOnYear(year, (tx, y) -> {
      boolean planned = !tx.review().assignment(year).isEmpty()
          && !tx.review().experts(year).isEmpty();
      PhaseStep step = round == Round.ONE ? PhaseStep.OPEN_ROUND_1 : PhaseStep.OPEN_ROUND_2;
      StoredYear after = years.moveTo(tx, y, by, step,
          PhaseRules.Circumstances.at(now).withAssignment(planned), now);
      tx.review().openRound(year, round, now, due);
      return after;
    });
  }

  /**
   * Closes {@code round} of {@code year}: when every sheet is submitted, or with {@code reason}
   * recording who is missing and why.
   *
   * @throws StepRefusedException MISSING_SHEETS without a reason while sheets are missing;
   *     WRONG_PHASE unless the round is open
   */
  public StoredYear close(Actor by, int year, Round round, String reason)
      throws StorageException, BadInputException, StepException {
    Instant now = clock.instant();
    return years.stepOnYear(year, (tx, y) -> {
      int missing = progress(tx, y, round, now).outstanding().size();
      PhaseStep step = round == Round.ONE ? PhaseStep.CLOSE_ROUND_1 : PhaseStep.CLOSE_ROUND_2;
      StoredYear after = years.moveTo(tx, y, by, step,
          PhaseRules.Circumstances.at(now).withMissingSheets(missing, reason), now);
      tx.review().closeRound(year, round, now, missing > 0 ? Optional.of(reason.strip())
          : Optional.empty());
      return after;
    });
  }

  /** The progress of {@code round} in {@code year} (office only). */
  public Progress progress(Actor by, int year, Round round)
      throws StorageException, BadInputException, StepException {
    Accounts.office(by, "follow the rounds");
    StoredYear y = years.year(year);
    Instant now = clock.instant();
    return store.read(tx -> progress(tx, y, round, now));
  }

  /**
   * Reopens the submitted sheet of {@code expertId} in {@code round}, with {@code reason}: the
   * expert may change it and must submit again.
   *
   * @throws StepRefusedException unless the office, the round is open, the sheet is submitted and
   *     a reason is given
   * @throws StepException NO_SUCH_EXPERT
   */
  public StoredSheet reopen(Actor by, int year, Round round, String expertId, String reason)
      throws StorageException, BadInputException, StepException {
    Instant now = clock.instant();
    return years.stepOnYear(year, (tx, y) -> {
      ReviewTransaction r = tx.review();
      if (r.experts(year).stream().noneMatch(e -> e.id().equals(expertId))) {
        throw new StepException(StepException.Reason.NO_SUCH_EXPERT, expertId);
      }
      Optional<StoredSheet> before = r.sheet(year, round, expertId);
      SheetState state = before.map(StoredSheet::state).orElse(SheetState.NOT_STARTED);
      ReviewRules.reopenSheet(by, y.phase(), round, state, reason).ifPresent(refusal -> {
        throw new StepRefusedException(refusal, "reopen the sheet of " + expertId);
      });
      StoredSheet after = new StoredSheet(round, expertId, SheetState.DRAFT, now,
          Optional.of(reason.strip()));
      r.putSheet(year, after);
      tx.log(now, by.username(), OptionalInt.of(year), Optional.empty(), "reopen-sheet",
          OptionalLong.empty(), Optional.of("round " + round.number() + ", " + expertId
              + ": SUBMITTED"), Optional.of("DRAFT: " + reason.strip()));
      return after;
    });
  }

  static Progress progress(YearTransaction tx, StoredYear y, Round round, Instant now)
      throws SQLException, BadInputException {
    int year = y.year().year();
    ReviewTransaction r = tx.review();
    Optional<Assignment> assignment = PanelSteps.assignmentOf(r, year);
    Map<String, StoredSheet> sheets = r.sheets(year, round);
    Optional<RoundState> state = Optional.ofNullable(r.rounds(year).get(round));
    Optional<Instant> due = state.flatMap(RoundState::due);
    List<ScoreEntry> scores = r.scores(year);
    List<ExpertProgress> list = new ArrayList<>();
    for (StoredExpert e : r.experts(year)) {
      List<AllianceCode> assigned = assigned(assignment, e, round);
      if (assigned.isEmpty()) {
        continue;
      }
      Set<AllianceCode> scored = new TreeSet<>();
      scores.stream().filter(s -> s.round() == round && s.expertId().equals(e.id()))
          .forEach(s -> scored.add(s.code()));
      Optional<StoredSheet> sheet = Optional.ofNullable(sheets.get(e.id()));
      boolean submitted = sheet.map(s -> s.state() == SheetState.SUBMITTED).orElse(false);
      boolean late = !submitted && due.isPresent() && now.isAfter(due.get());
      list.add(new ExpertProgress(e, assigned, new ArrayList<>(scored), sheet, late));
    }
    return new Progress(y, round, state, list);
  }

  /** The alliances the plan gives {@code e} in {@code round}, by code. */
  static List<AllianceCode> assigned(Optional<Assignment> assignment, StoredExpert e,
      Round round) {
    if (assignment.isEmpty()) {
      return List.of();
    }
    return assignment.get().groups().keySet().stream()
        .filter(code -> assignment.get().isAssigned(e.expert(), code, round)).toList();
  }
}
