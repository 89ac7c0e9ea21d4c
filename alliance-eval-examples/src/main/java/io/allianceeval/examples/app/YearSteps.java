package io.allianceeval.examples.app;

import static io.allianceeval.examples.app.Accounts.REQUEST;
import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.allianceeval.activity.Activity;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.activity.Eligibility;
import io.allianceeval.activity.Period;
import io.allianceeval.activity.Tally;
import io.allianceeval.activity.TallyResult;
import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.Population;
import io.allianceeval.examples.db.Change;
import io.allianceeval.examples.db.StoredEntry;
import io.allianceeval.examples.db.StoredYear;
import io.allianceeval.examples.db.YearStore;
import io.allianceeval.examples.db.YearTransaction;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.examples.io.SystemTable;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Batch;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.year.Actor;
import io.allianceeval.year.EvaluationYear;
import io.allianceeval.year.Role;
import io.allianceeval.year.StepRefusedException;
import io.allianceeval.year.Submission;
import io.allianceeval.year.SubmissionState;
import io.allianceeval.year.YearRules;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import io.allianceeval.model.ActivityRecord;
import io.allianceeval.year.Phase;
import io.allianceeval.year.PhaseRules;
import io.allianceeval.year.PhaseStep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evaluation year as the server runs it: the office opens a year, each secretariat enters its
 * alliance's activity and submits it, the office approves or returns, reopens after the deadline,
 * and locks the year. Every step asks the core's {@link YearRules} whether it may be taken and
 * what follows from it; this class only reads the state, stores the result and writes the change
 * log, in one write transaction per step. Thread-safe.
 */
public final class YearSteps {

  /** The eligibility rules a year can have, in words: {@code at-least:N} or {@code each-group}. */
  private static final Pattern AT_LEAST = Pattern.compile("at-least:([1-9][0-9]{0,3})");

  /**
   * A year to open.
   *
   * @param year the evaluation year
   * @param period its period; empty for the calendar year
   * @param deadline the last instant entries may be changed
   * @param eligibility {@code at-least:N} or {@code each-group}
   * @param systemWorkbook the uploaded indicator system (its file name and bytes); empty for the
   *     standard one
   */
  public record YearRequest(int year, Optional<Period> period, Instant deadline,
      String eligibility, Optional<Upload> systemWorkbook) {
    /** Checks the parts are there. */
    public YearRequest {
      requireNonNull(period, "period");
      requireNonNull(deadline, "deadline");
      requireNonNull(eligibility, "eligibility");
      requireNonNull(systemWorkbook, "systemWorkbook");
    }
  }

  /**
   * How far the alliances of one batch (or all: empty) are, by submission state.
   *
   * @param batch the batch; empty for all alliances
   * @param counts the alliances in each state
   * @param total the alliances of the batch
   */
  public record StatusRow(Optional<Batch> batch, Map<SubmissionState, Integer> counts, int total) {
    /** Copies the counts. */
    public StatusRow {
      counts = Map.copyOf(counts);
    }
  }

  /** The dashboard of a year: counts by batch and state, and the alliances with nothing yet. */
  public record YearStatus(StoredYear year, List<StatusRow> rows, List<Alliance> nothingYet,
      Map<AllianceCode, Submission> submissions, List<Alliance> alliances) {
    /** Copies the lists. */
    public YearStatus {
      rows = List.copyOf(rows);
      nothingYet = List.copyOf(nothingYet);
      submissions = Map.copyOf(submissions);
      alliances = List.copyOf(alliances);
    }
  }

  final YearStore store;
  final Clock clock;
  private final Cache<Integer, ScoringModel> models = Caffeine.newBuilder().maximumSize(20).build();

  /** The steps of years kept in {@code store}, at the time {@code clock} tells. */
  public YearSteps(YearStore store, Clock clock) {
    this.store = requireNonNull(store, "store");
    this.clock = requireNonNull(clock, "clock");
  }

  // ---- the year

  /**
   * Opens a year (office only).
   *
   * @throws BadInputException every problem of the request: the year, the period, the
   *     eligibility rule, the indicator system workbook
   * @throws StepException FORBIDDEN, YEAR_EXISTS
   */
  public StoredYear open(Actor by, YearRequest request)
      throws StorageException, BadInputException, StepException {
    Accounts.office(by, "open a year");
    List<InputProblem> problems = new ArrayList<>();
    if (request.year() < 2000 || request.year() > 2100) {
      problems.add(InputProblem.atField(REQUEST, 0, "year", "expected a year from 2000 to 2100,"
          + " found " + request.year()));
    }
    Optional<String> badRule = eligibilityProblem(request.eligibility());
    badRule.ifPresent(p -> problems.add(InputProblem.atField(REQUEST, 0, "eligibility", p)));
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    Period period = request.period().orElse(Period.year(request.year()));
    if (request.systemWorkbook().isPresent()) {
      Upload u = request.systemWorkbook().get();
      Uploads.read(u.name(), u.bytes(), SystemTable::read); // every problem, or good
    }
    StoredYear year = StoredYear.of(EvaluationYear.open(request.year(), period,
        request.deadline()), request.eligibility(), request.systemWorkbook().isPresent());
    Instant now = clock.instant();
    byte[] workbook = request.systemWorkbook().map(Upload::bytes).orElse(null);
    return store.write(tx -> {
      if (!tx.insertYear(year, workbook, now)) {
        throw new StepException(StepException.Reason.YEAR_EXISTS, request.year());
      }
      tx.log(now, by.username(), OptionalInt.of(request.year()), Optional.empty(), "open-year",
          OptionalLong.empty(), Optional.empty(), Optional.of(JsonText.year(year)));
      return year;
    });
  }

  private static Optional<String> eligibilityProblem(String rule) {
    return rule.equals("each-group") || AT_LEAST.matcher(rule).matches() ? Optional.empty()
        : Optional.of("expected at-least:N (N from 1 to 9999) or each-group, found '"
            + rule + "'");
  }

  /** Moves the deadline of {@code year} (office only; not once it is locked). */
  public StoredYear changeDeadline(Actor by, int year, Instant deadline)
      throws StorageException, BadInputException, StepException {
    Accounts.office(by, "change the deadline");
    Instant now = clock.instant();
    return stepOnYear(year, (tx, y) -> {
      if (y.year().locked()) {
        throw new StepRefusedException(io.allianceeval.year.Refusal.YEAR_LOCKED,
            "change the deadline of " + year);
      }
      StoredYear changed = StoredYear.of(y.year().withDeadline(deadline), y.eligibility(),
          y.customSystem());
      tx.updateYear(changed);
      tx.log(now, by.username(), OptionalInt.of(year), Optional.empty(), "change-deadline",
          OptionalLong.empty(), Optional.of(JsonText.year(y)), Optional.of(JsonText.year(changed)));
      return changed;
    });
  }

  /** The opened years, newest first (anyone logged in). */
  public List<StoredYear> years() throws StorageException, BadInputException {
    return store.read(tx -> {
      List<StoredYear> list = new ArrayList<>();
      for (int y : tx.years()) {
        tx.year(y).ifPresent(list::add);
      }
      return list;
    });
  }

  /** The year {@code year}. */
  public StoredYear year(int year) throws StorageException, BadInputException, StepException {
    Optional<StoredYear> y = store.read(tx -> tx.year(year));
    return y.orElseThrow(() -> new StepException(StepException.Reason.NO_SUCH_YEAR, year));
  }

  /** The dashboard of {@code year} (office only). */
  public YearStatus status(Actor by, int year)
      throws StorageException, BadInputException, StepException {
    Accounts.office(by, "see every alliance");
    StoredYear y = year(year);
    return store.read(tx -> {
      List<Alliance> alliances = tx.alliances();
      Map<AllianceCode, Submission> stored = tx.submissions(year);
      Map<AllianceCode, Submission> all = new LinkedHashMap<>();
      Map<Optional<Batch>, Map<SubmissionState, Integer>> counts = new LinkedHashMap<>();
      counts.put(Optional.empty(), new EnumMap<>(SubmissionState.class));
      for (Batch b : Batch.values()) {
        counts.put(Optional.of(b), new EnumMap<>(SubmissionState.class));
      }
      Map<Optional<Batch>, Integer> totals = new LinkedHashMap<>();
      List<Alliance> nothing = new ArrayList<>();
      for (Alliance a : alliances) {
        Submission s = stored.getOrDefault(a.code(), Submission.notStarted(a.code()));
        all.put(a.code(), s);
        for (Optional<Batch> key : List.of(Optional.<Batch>empty(), Optional.of(a.batch()))) {
          counts.get(key).merge(s.state(), 1, Integer::sum);
          totals.merge(key, 1, Integer::sum);
        }
        if (s.state() == SubmissionState.NOT_STARTED) {
          nothing.add(a);
        }
      }
      List<StatusRow> rows = new ArrayList<>();
      for (var e : counts.entrySet()) {
        int total = totals.getOrDefault(e.getKey(), 0);
        if (total > 0 || e.getKey().isEmpty()) {
          rows.add(new StatusRow(e.getKey(), e.getValue(), total));
        }
      }
      return new YearStatus(y, rows, nothing, all, alliances);
    });
  }

  static TallyResult tallyOf(StoredYear y, ScoringModel model, Collection<Alliance> roster,
      List<Activity> entries, String name) throws BadInputException {
    Tally tally = Tally.forYear(y.year().year()).withPeriod(y.year().period())
        .withKinds(ActivityKinds.forSystem(model.system()))
        .withEligibility(eligibility(y.eligibility(), model))
        .withRoster(roster);
    try {
      return tally.tally(entries);
    } catch (InvalidInputException e) {
      List<InputProblem> problems = new ArrayList<>();
      for (InvalidInputException.Problem p : e.problems()) {
        problems.add(InputProblem.inFile(name, p.message()));
      }
      throw new BadInputException(problems);
    }
  }

  static Eligibility eligibility(String rule, ScoringModel model) {
    Matcher m = AT_LEAST.matcher(rule);
    return m.matches() ? Eligibility.atLeast(Integer.parseInt(m.group(1)))
        : Eligibility.entryInEachGroup(model.system());
  }

  static Evaluation evaluation(int year, ScoringModel model) {
    return Evaluation.forYear(year).withIndicatorSystem(model.system())
        .withTierScheme(model.tiers()).withPopulation(Population.evaluated());
  }

  public StoredYear lock(Actor by, int year)
      throws StorageException, BadInputException, StepException {
    Instant now = clock.instant();
    return stepOnYear(year, (tx, y) -> {
      List<Submission> all = new ArrayList<>(tx.submissions(year).values());
      EvaluationYear locked = YearRules.lock(by, y.year(), all, now);
      StoredYear after = StoredYear.of(locked, y.eligibility(), y.customSystem());
      tx.updateYear(after);
      tx.log(now, by.username(), OptionalInt.of(year), Optional.empty(), "lock",
          OptionalLong.empty(), Optional.of(JsonText.year(y)), Optional.of(JsonText.year(after)));
      return after;
    });
  }

  /**
   * The change log of {@code year}: the office sees all of it, or one alliance's; a secretariat
   * sees its own alliance's.
   */
  public List<Change> changes(Actor by, int year, Optional<AllianceCode> alliance)
      throws StorageException, BadInputException, StepException {
    if (by.role() != Role.OFFICE && (alliance.isEmpty() || !by.speaksFor(alliance.get()))) {
      throw new StepException(StepException.Reason.FORBIDDEN, "see this change log");
    }
    year(year);
    return store.read(tx -> tx.changes(year, alliance));
  }

  // ---- the result

  /**
   * The result of a locked year: the approved entries tallied over the roster of every registered
   * alliance (those without approved entries take no part, with the eligibility rule's reason),
   * scored with the year's model (office only).
   *
   * @throws StepException NOT_LOCKED before the lock
   */
  public YearResult result(Actor by, int year)
      throws StorageException, BadInputException, StepException {
    Accounts.office(by, "see the year's result");
    ScoringModel model = model(year);
    ActivityKinds kinds = ActivityKinds.forSystem(model.system());
    YearResult r = store.read(tx -> {
      StoredYear y = tx.year(year).orElseThrow(() ->
          new StepException(StepException.Reason.NO_SUCH_YEAR, year));
      if (!y.year().locked()) {
        throw new StepException(StepException.Reason.NOT_LOCKED, year);
      }
      Map<AllianceCode, Submission> subs = tx.submissions(year);
      List<Activity> approved = new ArrayList<>();
      List<Activity> all = new ArrayList<>();
      for (StoredEntry e : tx.entries(y, kinds)) {
        all.add(e.activity());
        Submission s = subs.get(e.activity().alliance().code());
        if (s != null && s.state() == SubmissionState.APPROVED) {
          approved.add(e.activity());
        }
      }
      return new YearResult(y, model, tx.alliances(), all, approved, null);
    });
    TallyResult t = tallyOf(r.year(), model, r.roster(), r.approved(), store.name());
    return new YearResult(r.year(), model, r.roster(), r.entries(), r.approved(), t);
  }

  /**
   * A locked year's result: its approved entries and their tally over the roster.
   *
   * @param year the year
   * @param model its indicator system and tier scheme
   * @param roster every registered alliance
   * @param entries every entry of the year, approved or not (the year's whole log)
   * @param approved the approved entries, which the result counts
   * @param tally their tally
   */
  public record YearResult(StoredYear year, ScoringModel model, List<Alliance> roster,
      List<Activity> entries, List<Activity> approved, TallyResult tally) {}

  /**
   * The alliances the panel reviews in a locked year: those that take part in its result (the
   * approved entries, under the eligibility rule), by code.
   */
  List<AllianceCode> reviewed(Actor by, int year)
      throws StorageException, BadInputException, StepException {
    List<AllianceCode> codes = new ArrayList<>();
    for (ActivityRecord r : result(by, year).tally().records()) {
      codes.add(r.alliance().code());
    }
    Collections.sort(codes);
    return codes;
  }

  // ---- helpers

  /**
   * Moves {@code y} along {@code step} if the core's {@link PhaseRules} allow it, storing the new
   * phase (and the publicity's end, if the circumstances carry one) with its change-log line.
   *
   * @throws StepRefusedException when the rules refuse the step
   */
  StoredYear moveTo(YearTransaction tx, StoredYear y, Actor by, PhaseStep step,
      PhaseRules.Circumstances c, Instant now) throws SQLException {
    Phase next = PhaseRules.apply(by, y.phase(), step, c);
    StoredYear after = y.inPhase(next, step == PhaseStep.OPEN_PUBLICITY ? c.publicityEnd()
        : y.publicityEnd());
    tx.updateYear(after);
    tx.log(now, by.username(), OptionalInt.of(y.year().year()), Optional.empty(),
        step.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), OptionalLong.empty(),
        Optional.of(JsonText.year(y)), Optional.of(JsonText.year(after)));
    return after;
  }

  /** What a step on a year does inside its write transaction. */
  @FunctionalInterface
  interface YearWork<T> {
    T run(YearTransaction tx, StoredYear year)
        throws SQLException, BadInputException, StepException;
  }

  <T> T stepOnYear(int year, YearWork<T> work)
      throws StorageException, BadInputException, StepException {
    return store.write(tx -> work.run(tx, tx.year(year).orElseThrow(() ->
        new StepException(StepException.Reason.NO_SUCH_YEAR, year))));
  }

  /** The indicator system and tier scheme of {@code year}: its uploaded workbook, or standard. */
  public ScoringModel model(int year) throws StorageException, BadInputException, StepException {
    ScoringModel cached = models.getIfPresent(year);
    if (cached != null) {
      return cached;
    }
    StoredYear y = year(year);
    ScoringModel model = ScoringModel.standard2019();
    if (y.customSystem()) {
      byte[] bytes = store.read(tx -> tx.systemWorkbook(year)).orElseThrow();
      SystemTable table = Uploads.read("system.xlsx", bytes, SystemTable::read);
      model = new ScoringModel(table.system(), table.tierScheme(), false);
    }
    models.put(year, model); // a year's model never changes once it is open
    return model;
  }

  static LocalDate date(String text) {
    return LocalDate.parse(text);
  }
}
