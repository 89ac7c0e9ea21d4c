package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import io.allianceeval.examples.db.ReviewTransaction;
import io.allianceeval.examples.db.StoredExpert;
import io.allianceeval.examples.db.StoredSheet;
import io.allianceeval.examples.db.StoredYear;
import io.allianceeval.examples.db.YearStore;
import io.allianceeval.examples.db.YearTransaction;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import io.allianceeval.review.Assignment;
import io.allianceeval.review.Round;
import io.allianceeval.review.ScoreEntry;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.year.Actor;
import io.allianceeval.year.ReviewRules;
import io.allianceeval.year.Role;
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

/**
 * An expert's score sheets: in the open round the expert sees only the alliances assigned to him
 * or her (never one he or she is affiliated with, whatever the plan says), each with its approved
 * entries and traced tally; saves points per indicator or a total as a draft; and submits the sheet
 * once every alliance is scored. Blind: an expert reads only his or her own scores. The office
 * reads every expert's scores of an alliance. Every step asks the core's {@link ReviewRules}.
 * Thread-safe.
 */
public final class ScoreSheets {

  /**
   * What an expert enters for one alliance: points per indicator (blank indicators are 0), or a
   * total. The values are the texts the user typed, checked by {@link #save}.
   */
  public record Scores(Map<String, String> indicators, Optional<String> total) {
    /** Copies the map, keeping its order. */
    public Scores {
      indicators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
      requireNonNull(total, "total");
    }
  }

  /**
   * An expert's sheet of a round: the assigned alliances with the scores saved for each, by code.
   */
  public record Sheet(StoredYear year, Round round, StoredExpert expert, SheetState state,
      List<Alliance> alliances, Map<AllianceCode, List<ScoreEntry>> scores,
      Optional<String> reopenedBecause) {
    /** Copies the parts. */
    public Sheet {
      alliances = List.copyOf(alliances);
      scores = Map.copyOf(scores);
    }

    /** The expert's total for {@code code}: the total entered or the sum of the indicators. */
    public Optional<Points> total(AllianceCode code) {
      List<ScoreEntry> list = scores.getOrDefault(code, List.of());
      if (list.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(list.stream().map(ScoreEntry::points).reduce(Points.ZERO, Points::plus));
    }
  }

  /**
   * One alliance as an expert scores it: its tally (approved entries, traced points), and the
   * scores saved — the expert's own, or, for the office, every expert's.
   */
  public record AllianceSheet(Round round, AllianceSteps.AllianceTally tally,
      List<ScoreEntry> scores, SheetState state, IndicatorSystem system) {
    /** Copies the list. */
    public AllianceSheet {
      scores = List.copyOf(scores);
    }
  }

  private final YearSteps years;
  private final AllianceSteps alliances;
  private final YearStore store;
  private final Clock clock;

  /** The sheets of the years of {@code years}; tallies by {@code alliances}. */
  public ScoreSheets(YearSteps years, AllianceSteps alliances) {
    this.years = requireNonNull(years, "years");
    this.alliances = requireNonNull(alliances, "alliances");
    this.store = years.store;
    this.clock = years.clock;
  }

  /**
   * The expert's own sheet of {@code round}.
   *
   * @throws StepRefusedException ROLE_MAY_NOT unless an expert; ROUND_NOT_OPEN
   * @throws StepException NOT_ON_PANEL
   */
  public Sheet sheet(Actor by, int year, Round round)
      throws StorageException, BadInputException, StepException {
    requireExpert(by);
    StoredYear y = years.year(year);
    return store.read(tx -> {
      StoredExpert e = expertOf(tx, year, by);
      if (y.phase() != ReviewRules.openPhase(round)) {
        throw new StepRefusedException(io.allianceeval.year.Refusal.ROUND_NOT_OPEN,
            "see the sheet of round " + round.number());
      }
      return sheetOf(tx, y, round, e);
    });
  }

  /**
   * One alliance of {@code round} as {@code by} may see it: an expert, his or her own scores for
   * an assigned alliance in the open round; the office, every expert's.
   *
   * @throws StepRefusedException AFFILIATED, NOT_ASSIGNED, ROUND_NOT_OPEN, ROLE_MAY_NOT
   */
  public AllianceSheet alliance(Actor by, int year, Round round, AllianceCode code)
      throws StorageException, BadInputException, StepException {
    StoredYear y = years.year(year);
    Seen seen = store.read(tx -> {
      if (by.role() == Role.OFFICE) {
        return new Seen(tx.review().scores(year).stream()
            .filter(s -> s.round() == round && s.code().equals(code)).toList(),
            SheetState.NOT_STARTED);
      }
      StoredExpert e = readable(tx, y, by, round, code);
      List<ScoreEntry> own = tx.review().scores(year, round, e.id()).stream()
          .filter(s -> s.code().equals(code)).toList();
      return new Seen(own, tx.review().sheet(year, round, e.id()).map(StoredSheet::state)
          .orElse(SheetState.NOT_STARTED));
    });
    return new AllianceSheet(round, alliances.authorisedTally(year, code), seen.scores(),
        seen.state(), years.model(year).system());
  }

  /**
   * Saves the expert's scores for {@code code} in {@code round} as a draft, replacing what was
   * saved for it.
   *
   * @throws BadInputException every problem of the scores, by field ({@code indicators.2.5},
   *     {@code total})
   * @throws StepRefusedException AFFILIATED, NOT_ASSIGNED, ROUND_NOT_OPEN, SHEET_SUBMITTED,
   *     ROLE_MAY_NOT (the office never writes for an expert)
   */
  public List<ScoreEntry> save(Actor by, int year, Round round, AllianceCode code, Scores scores)
      throws StorageException, BadInputException, StepException {
    requireExpert(by);
    IndicatorSystem system = years.model(year).system();
    Instant now = clock.instant();
    return years.stepOnYear(year, (tx, y) -> {
      StoredExpert e = readable(tx, y, by, round, code);
      ReviewTransaction r = tx.review();
      Optional<StoredSheet> sheet = r.sheet(year, round, e.id());
      SheetState state = sheet.map(StoredSheet::state).orElse(SheetState.NOT_STARTED);
      ReviewRules.saveScores(by, y.phase(), round, true, false, state).ifPresent(refusal -> {
        throw new StepRefusedException(refusal, "save scores for " + code);
      });
      List<ScoreEntry> entries = entries(round, e.id(), code, scores, system);
      r.putSheet(year, new StoredSheet(round, e.id(), SheetState.DRAFT, now,
          sheet.flatMap(StoredSheet::reopenedBecause)));
      List<ScoreEntry> before = r.scores(year, round, e.id()).stream()
          .filter(s -> s.code().equals(code)).toList();
      r.replaceScores(year, round, e.id(), code, entries);
      tx.log(now, by.username(), OptionalInt.of(year), Optional.of(code), "score",
          OptionalLong.empty(), before.isEmpty() ? Optional.empty()
              : Optional.of(JsonText.scores(before)), Optional.of(JsonText.scores(entries)));
      return entries;
    });
  }

  /**
   * Submits the expert's sheet of {@code round}: every assigned alliance must be scored; from now
   * on the scores change only if the office reopens the sheet.
   *
   * @throws StepRefusedException SHEET_INCOMPLETE, SHEET_SUBMITTED, ROUND_NOT_OPEN, ROLE_MAY_NOT
   */
  public Sheet submit(Actor by, int year, Round round)
      throws StorageException, BadInputException, StepException {
    requireExpert(by);
    Instant now = clock.instant();
    return years.stepOnYear(year, (tx, y) -> {
      StoredExpert e = expertOf(tx, year, by);
      Sheet sheet = sheetOf(tx, y, round, e);
      int unscored = (int) sheet.alliances().stream()
          .filter(a -> !sheet.scores().containsKey(a.code())).count();
      ReviewRules.submitSheet(by, y.phase(), round, sheet.state(), unscored).ifPresent(refusal -> {
        throw new StepRefusedException(refusal, "submit the sheet of round " + round.number());
      });
      tx.review().putSheet(year, new StoredSheet(round, e.id(), SheetState.SUBMITTED, now,
          sheet.reopenedBecause()));
      tx.log(now, by.username(), OptionalInt.of(year), Optional.empty(), "submit-sheet",
          OptionalLong.empty(), Optional.of("round " + round.number() + ", " + e.id() + ": "
              + sheet.state()), Optional.of("SUBMITTED"));
      return new Sheet(y, round, e, SheetState.SUBMITTED, sheet.alliances(), sheet.scores(),
          sheet.reopenedBecause());
    });
  }

  // ---- helpers

  /** The scores a reader may see, and the state of the reader's sheet. */
  private record Seen(List<ScoreEntry> scores, SheetState state) {}

  private static void requireExpert(Actor by) {
    if (by.role() != Role.EXPERT) {
      throw new StepRefusedException(io.allianceeval.year.Refusal.ROLE_MAY_NOT, "score");
    }
  }

  private static StoredExpert expertOf(YearTransaction tx, int year, Actor by)
      throws SQLException, StepException {
    return tx.review().expertOf(year, by.username()).orElseThrow(() ->
        new StepException(StepException.Reason.NOT_ON_PANEL, year));
  }

  /** The expert {@code by}, once the rules let him or her read {@code code} in {@code round}. */
  private static StoredExpert readable(YearTransaction tx, StoredYear y, Actor by, Round round,
      AllianceCode code) throws SQLException, BadInputException, StepException {
    int year = y.year().year();
    StoredExpert e = expertOf(tx, year, by);
    Optional<Assignment> assignment = PanelSteps.assignmentOf(tx.review(), year);
    boolean assigned = RoundSteps.assigned(assignment, e, round).contains(code);
    boolean affiliated = e.expert().isAffiliatedWith(code);
    ReviewRules.readAlliance(by, y.phase(), round, assigned, affiliated).ifPresent(refusal -> {
      throw new StepRefusedException(refusal, "read alliance " + code);
    });
    return e;
  }

  private static Sheet sheetOf(YearTransaction tx, StoredYear y, Round round, StoredExpert e)
      throws SQLException, BadInputException {
    int year = y.year().year();
    List<AllianceCode> codes = RoundSteps.assigned(PanelSteps.assignmentOf(tx.review(), year), e,
        round);
    Map<AllianceCode, Alliance> names = new LinkedHashMap<>();
    tx.alliances().forEach(a -> names.put(a.code(), a));
    List<Alliance> mine = codes.stream().map(names::get).toList();
    Map<AllianceCode, List<ScoreEntry>> scores = new LinkedHashMap<>();
    for (ScoreEntry s : tx.review().scores(year, round, e.id())) {
      scores.computeIfAbsent(s.code(), c -> new ArrayList<>()).add(s);
    }
    Optional<StoredSheet> sheet = tx.review().sheet(year, round, e.id());
    return new Sheet(y, round, e, sheet.map(StoredSheet::state).orElse(SheetState.NOT_STARTED),
        mine, scores, sheet.flatMap(StoredSheet::reopenedBecause));
  }

  /** The entries of {@code scores}, or every problem by field. */
  static List<ScoreEntry> entries(Round round, String expertId, AllianceCode code, Scores scores,
      IndicatorSystem system) throws BadInputException {
    List<InputProblem> problems = new ArrayList<>();
    List<ScoreEntry> entries = new ArrayList<>();
    boolean anyIndicator = scores.indicators().values().stream()
        .anyMatch(v -> v != null && !v.isBlank());
    if (scores.total().isPresent() && anyIndicator) {
      problems.add(InputProblem.atField(Accounts.REQUEST, 0, "total", "expected either points"
          + " per indicator or a total, found both"));
    } else if (scores.total().isPresent()) {
      points(scores.total().get(), system.total(), "total", problems)
          .ifPresent(p -> entries.add(ScoreEntry.total(round, expertId, code, p)));
    } else if (!anyIndicator) {
      problems.add(InputProblem.atField(Accounts.REQUEST, 0, "indicators", "expected points per"
          + " indicator or a total, found neither"));
    } else {
      for (String id : scores.indicators().keySet()) {
        if (!system.hasIndicator(id)) {
          problems.add(InputProblem.atField(Accounts.REQUEST, 0, "indicators." + id,
              "expected an indicator of " + system.name() + " (1.1 to "
              + system.indicators().get(system.indicators().size() - 1).id() + "), found '"
              + id + "'"));
        }
      }
      for (Indicator indicator : system.indicators()) { // a blank or absent indicator is 0
        String v = scores.indicators().get(indicator.id());
        if (v == null || v.isBlank()) {
          entries.add(ScoreEntry.indicator(round, expertId, code, indicator.id(), Points.ZERO));
          continue;
        }
        points(v, indicator.maxPoints(), "indicators." + indicator.id(), problems)
            .ifPresent(p -> entries.add(ScoreEntry.indicator(round, expertId, code,
                indicator.id(), p)));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return entries;
  }

  private static Optional<Points> points(String text, Points max, String field,
      List<InputProblem> problems) {
    try {
      Points p = Points.parse(text);
      if (p.isNegative() || p.compareTo(max) > 0) {
        problems.add(InputProblem.atField(Accounts.REQUEST, 0, field, "expected 0 to " + max
            + " points, found " + p));
        return Optional.empty();
      }
      return Optional.of(p);
    } catch (IllegalArgumentException e) {
      problems.add(InputProblem.atField(Accounts.REQUEST, 0, field, "expected 0 to " + max
          + " points with at most two decimals, found '" + shorten(text) + "'"));
      return Optional.empty();
    }
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
