package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import io.allianceeval.activity.Activity;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.activity.TallyResult;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.NonParticipant;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.examples.db.StoredEntry;
import io.allianceeval.examples.db.StoredYear;
import io.allianceeval.examples.db.YearStore;
import io.allianceeval.examples.db.YearTransaction;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.year.Action;
import io.allianceeval.year.Actor;
import io.allianceeval.year.StepRefusedException;
import io.allianceeval.year.Submission;
import io.allianceeval.year.YearRules;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The steps of one alliance in an evaluation year: its entries (added one by one, from a workbook,
 * changed, deleted), its live tally, and its submission — submitted by its secretariat, approved,
 * returned or reopened by the office. Each step asks the core's {@link YearRules} whether it may be
 * taken and what follows from it, in one write transaction with its change-log line. Thread-safe.
 */
public final class AllianceSteps {

  /**
   * An alliance's live tally: its entries, the points each indicator would give now with the
   * entries that earned them, the total and tier, or why it would not take part, and the entries
   * excluded or counted once as duplicates.
   */
  public record AllianceTally(StoredYear year, Alliance alliance, Submission submission,
      List<StoredEntry> entries, List<TallyResult.TracedScore> trace,
      Optional<Participant> participant, Optional<String> ineligible, List<Activity> excluded,
      List<Activity> duplicates) {
    /** Copies the lists. */
    public AllianceTally {
      entries = List.copyOf(entries);
      trace = List.copyOf(trace);
      excluded = List.copyOf(excluded);
      duplicates = List.copyOf(duplicates);
    }
  }

  private final YearSteps years;
  private final YearStore store;
  private final Clock clock;

  /** The steps of alliances in the years of {@code years}. */
  public AllianceSteps(YearSteps years) {
    this.years = requireNonNull(years, "years");
    this.store = years.store;
    this.clock = years.clock;
  }

  // ---- entries

  /** The entries of {@code code} for {@code year}. */
  public List<StoredEntry> entries(Actor by, int year, AllianceCode code)
      throws StorageException, BadInputException, StepException {
    return tally(by, year, code).entries();
  }

  /**
   * Adds an entry for {@code code}, from the fields of a form or JSON object, with the checks of
   * {@code db import}.
   *
   * @throws BadInputException every problem of the fields
   * @throws StepRefusedException when the year's rules refuse a change of entries now
   * @throws StepException NO_SUCH_YEAR, NO_SUCH_ALLIANCE, SAME_ENTRY
   */
  public StoredEntry add(Actor by, int year, AllianceCode code, Map<String, String> fields)
      throws StorageException, BadInputException, StepException {
    return changeEntries(by, year, code, (tx, y, alliance, kinds, now) -> {
      Activity a = io.allianceeval.examples.io.ActivityLogFile.entry("entry", alliance, fields,
          kinds);
      OptionalLong same = tx.sameEntry(a, -1);
      if (same.isPresent()) {
        throw new StepException(StepException.Reason.SAME_ENTRY, same.getAsLong());
      }
      long id = tx.insertEntry(year, a, by.username(), now);
      StoredEntry e = new StoredEntry(id, a, Optional.of(by.username()));
      tx.log(now, by.username(), OptionalInt.of(year), Optional.of(code), "create",
          OptionalLong.of(id), Optional.empty(), Optional.of(JsonText.entry(a)));
      return e;
    });
  }

  /** Replaces the entry {@code id} of {@code code} with the fields given, as {@link #add}. */
  public StoredEntry update(Actor by, int year, AllianceCode code, long id,
      Map<String, String> fields) throws StorageException, BadInputException, StepException {
    return changeEntries(by, year, code, (tx, y, alliance, kinds, now) -> {
      Optional<StoredEntry> before = own(tx, y, code, id, kinds);
      if (before.isEmpty()) {
        throw new StepException(StepException.Reason.NO_SUCH_ENTRY, id);
      }
      Activity a = io.allianceeval.examples.io.ActivityLogFile.entry("entry", alliance, fields,
          kinds);
      OptionalLong same = tx.sameEntry(a, id);
      if (same.isPresent()) {
        throw new StepException(StepException.Reason.SAME_ENTRY, same.getAsLong());
      }
      tx.updateEntry(id, year, a, by.username());
      tx.log(now, by.username(), OptionalInt.of(year), Optional.of(code), "update",
          OptionalLong.of(id), Optional.of(JsonText.entry(before.get().activity())),
          Optional.of(JsonText.entry(a)));
      return new StoredEntry(id, a, Optional.of(by.username()));
    });
  }

  /** Deletes the entry {@code id} of {@code code}. */
  public void delete(Actor by, int year, AllianceCode code, long id)
      throws StorageException, BadInputException, StepException {
    changeEntries(by, year, code, (tx, y, alliance, kinds, now) -> {
      Optional<StoredEntry> before = own(tx, y, code, id, kinds);
      if (before.isEmpty()) {
        throw new StepException(StepException.Reason.NO_SUCH_ENTRY, id);
      }
      tx.deleteEntry(id);
      tx.log(now, by.username(), OptionalInt.of(year), Optional.of(code), "delete",
          OptionalLong.of(id), Optional.of(JsonText.entry(before.get().activity())),
          Optional.empty());
      return before.get();
    });
  }

  /**
   * Adds every entry of an uploaded activity log (the {@code template activities} workbook, or
   * CSV) for {@code code}: all of them, or — if any entry has a problem, is of another alliance,
   * or is stored already — none.
   *
   * @return the entries added
   * @throws BadInputException every problem of the file, each by sheet and cell or line
   */
  public List<StoredEntry> upload(Actor by, int year, AllianceCode code, Upload file)
      throws StorageException, BadInputException, StepException {
    ActivityKinds kinds = ActivityKinds.forSystem(years.model(year).system());
    String shown = Uploads.displayName(file.name());
    io.allianceeval.examples.io.ActivityLogFile log = Uploads.read(file.name(), file.bytes(),
        tmp -> io.allianceeval.examples.io.ActivityLogFile.read(tmp, null, kinds));
    return changeEntries(by, year, code, (tx, y, alliance, k, now) -> {
      List<InputProblem> problems = new ArrayList<>();
      for (InputProblem p : log.problems()) {
        problems.add(p.withFile(shown));
      }
      List<StoredEntry> added = new ArrayList<>();
      List<Activity> batch = new ArrayList<>();
      int n = 0;
      for (Activity a : log.activities()) {
        n++;
        if (!a.alliance().code().equals(code)) {
          problems.add(InputProblem.inFile(shown, "entry " + n + " (" + a.date() + " "
              + a.title() + ") is of alliance " + a.alliance().code() + ", not " + code));
          continue;
        }
        Activity mine = new Activity(alliance, a.kind(), a.date(), a.title(), a.evidence()
            .filter(s -> !s.isBlank()), a.value());
        OptionalLong same = tx.sameEntry(mine, -1);
        boolean twice = batch.stream().anyMatch(b -> sameEntry(b, mine));
        if (same.isPresent() || twice) {
          problems.add(InputProblem.inFile(shown, "entry " + n + " (" + a.date() + " "
              + a.title() + ") is stored already" + (same.isPresent() ? " as entry "
              + same.getAsLong() : " (twice in the file)")));
          continue;
        }
        batch.add(mine);
      }
      if (!problems.isEmpty()) {
        throw new BadInputException(problems);
      }
      for (Activity a : batch) {
        long id = tx.insertEntry(year, a, by.username(), now);
        added.add(new StoredEntry(id, a, Optional.of(by.username())));
        tx.log(now, by.username(), OptionalInt.of(year), Optional.of(code), "create",
            OptionalLong.of(id), Optional.empty(), Optional.of(JsonText.entry(a)));
      }
      return added;
    });
  }

  private static boolean sameEntry(Activity a, Activity b) {
    return a.kind().equals(b.kind()) && a.date().equals(b.date())
        && a.normalizedTitle().equals(b.normalizedTitle()) && a.value().equals(b.value());
  }

  private static Optional<StoredEntry> own(YearTransaction tx, StoredYear y, AllianceCode code,
      long id, ActivityKinds kinds) throws SQLException {
    return tx.entries(y, code, kinds).stream().filter(e -> e.id() == id).findFirst();
  }

  /** What a change of entries does inside its transaction. */
  @FunctionalInterface
  private interface EntryChange<T> {
    T run(YearTransaction tx, StoredYear year, Alliance alliance, ActivityKinds kinds,
        Instant now) throws SQLException, BadInputException, StepException;
  }

  private <T> T changeEntries(Actor by, int year, AllianceCode code, EntryChange<T> change)
      throws StorageException, BadInputException, StepException {
    ActivityKinds kinds = ActivityKinds.forSystem(years.model(year).system());
    Instant now = clock.instant();
    return years.stepOnYear(year, (tx, y) -> {
      Alliance alliance = alliance(tx, by, y, code, now);
      Submission before = tx.submission(year, code);
      Submission after = YearRules.apply(by, Action.CHANGE_ENTRIES, before, y.year(), now, null);
      T r = change.run(tx, y, alliance, kinds, now);
      if (!after.equals(before)) {
        tx.putSubmission(year, after);
      }
      return r;
    });
  }

  /**
   * The alliance {@code code}, asking the rules first whether {@code by} may see it, so that a
   * secretariat naming another code learns nothing of it, not even whether it exists.
   *
   * @throws StepException NO_SUCH_ALLIANCE
   */
  private static Alliance alliance(YearTransaction tx, Actor by, StoredYear y, AllianceCode code,
      Instant now) throws SQLException, StepException {
    Optional<Alliance> alliance = tx.alliance(code);
    if (alliance.isEmpty()) {
      YearRules.apply(by, Action.VIEW, Submission.notStarted(code), y.year(), now, null);
      throw new StepException(StepException.Reason.NO_SUCH_ALLIANCE, code);
    }
    return alliance.get();
  }

  /** What the tally reads in one transaction. */
  private record Sheet(StoredYear year, Alliance alliance, Submission submission,
      List<StoredEntry> entries) {}

  // ---- the tally

  /**
   * The live tally of {@code code} in {@code year}: what it would score with its entries as they
   * are now (its secretariat, or the office).
   *
   * @throws StepRefusedException if {@code by} may not see the alliance
   */
  public AllianceTally tally(Actor by, int year, AllianceCode code)
      throws StorageException, BadInputException, StepException {
    Instant now = clock.instant();
    return tally(year, code, (tx, y) -> {
      Alliance alliance = alliance(tx, by, y, code, now);
      YearRules.apply(by, Action.VIEW, tx.submission(year, code), y.year(), now, null);
      return alliance;
    });
  }

  /**
   * The tally of {@code code} for a reader the caller has authorised already (an expert assigned
   * to it, under {@link io.allianceeval.year.ReviewRules}).
   */
  AllianceTally authorisedTally(int year, AllianceCode code)
      throws StorageException, BadInputException, StepException {
    return tally(year, code, (tx, y) -> tx.alliance(code).orElseThrow(() ->
        new StepException(StepException.Reason.NO_SUCH_ALLIANCE, code)));
  }

  /** Finds the alliance once its reader may see it. */
  @FunctionalInterface
  private interface Reader {
    Alliance check(YearTransaction tx, StoredYear y)
        throws SQLException, BadInputException, StepException;
  }

  private AllianceTally tally(int year, AllianceCode code, Reader reader)
      throws StorageException, BadInputException, StepException {
    ScoringModel model = years.model(year);
    ActivityKinds kinds = ActivityKinds.forSystem(model.system());
    Sheet sheet = store.read(tx -> {
      StoredYear y = tx.year(year).orElseThrow(() ->
          new StepException(StepException.Reason.NO_SUCH_YEAR, year));
      Alliance alliance = reader.check(tx, y);
      return new Sheet(y, alliance, tx.submission(year, code), tx.entries(y, code, kinds));
    });
    StoredYear y = sheet.year();
    Alliance alliance = sheet.alliance();
    List<StoredEntry> entries = sheet.entries();
    TallyResult t = YearSteps.tallyOf(y, model, List.of(alliance), entries.stream()
        .map(StoredEntry::activity).toList(), "the database");
    EvaluationResult result = t.evaluate(YearSteps.evaluation(year, model));
    Optional<Participant> p = result.participant(code);
    List<TallyResult.TracedScore> trace = p.isPresent()
        ? t.trace(p.get().scorecard().orElseThrow()) : List.of();
    Optional<String> ineligible = t.ineligible().stream().filter(n -> n.code().equals(code))
        .map(NonParticipant::explanation).findFirst();
    return new AllianceTally(y, alliance, sheet.submission(), entries, trace, p, ineligible,
        t.excluded(), t.duplicates());
  }

  // ---- submission steps

  /**
   * Takes a step on the submission of {@code code}: submit (its secretariat), approve, return with
   * a comment, reopen with a reason (the office).
   *
   * @param text the comment of a return, the reason of a reopening; ignored otherwise
   * @throws StepRefusedException when the year's rules refuse the step, saying why
   */
  public Submission step(Actor by, int year, AllianceCode code, Action action, String text)
      throws StorageException, BadInputException, StepException {
    if (action == Action.VIEW || action == Action.CHANGE_ENTRIES) {
      throw new IllegalArgumentException("not a step on a submission: " + action);
    }
    Instant now = clock.instant();
    return years.stepOnYear(year, (tx, y) -> {
      alliance(tx, by, y, code, now);
      Submission before = tx.submission(year, code);
      Submission after = YearRules.apply(by, action, before, y.year(), now, text);
      tx.putSubmission(year, after);
      tx.log(now, by.username(), OptionalInt.of(year), Optional.of(code),
          action.name().toLowerCase(java.util.Locale.ROOT), OptionalLong.empty(),
          Optional.of(JsonText.submission(before)), Optional.of(JsonText.submission(after)));
      return after;
    });
  }

  /**
   * Locks the year (the office, after the deadline, once no submission awaits a decision): from
   * now on only the approved entries count, and nothing changes.
   */
}
