package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import io.allianceeval.awards.AwardResult;
import io.allianceeval.awards.ConsecutiveYearAward;
import io.allianceeval.awards.History;
import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.examples.db.OutcomeTransaction;
import io.allianceeval.examples.db.StoredYear;
import io.allianceeval.examples.db.YearStore;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.ScoreSheet;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.year.Actor;
import io.allianceeval.year.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The results of every year in the database — published by the server, or imported from earlier
 * years' score sheets (such as 2017 and 2018) — and what follows from them: an alliance's results
 * across the years, and the A-level award (连续三年评为活跃度高) computed from the database.
 * Thread-safe.
 */
public final class YearHistory {

  /**
   * One year of an alliance's history.
   *
   * @param year the year
   * @param source where the year's results came from
   * @param score the alliance's score, if the year has one
   * @param tier its tier; empty if it took no part
   * @param aLevel whether the alliance holds the A-level award in that year; empty when the
   *     database lacks a year of the award's window
   */
  public record YearRow(int year, OutcomeTransaction.Source source, Optional<Points> score,
      Optional<Tier> tier, Optional<Boolean> aLevel) {}

  /** An alliance's results across the years, oldest first. */
  public record AllianceHistory(AllianceCode code, List<YearRow> years) {
    /** Copies the list. */
    public AllianceHistory {
      years = List.copyOf(years);
    }
  }

  private final YearSteps years;
  private final YearStore store;
  private final Clock clock;

  /** The history of the years of {@code years}. */
  public YearHistory(YearSteps years) {
    this.years = requireNonNull(years, "years");
    this.store = years.store;
    this.clock = years.clock;
  }

  /**
   * Imports earlier years' results from an uploaded score sheet ({@code code,name,score|tier},
   * with a {@code year} column for several years, or one year given by {@code year}), replacing
   * what was imported for those years before. A year this server evaluates is never overwritten.
   *
   * @return the years imported
   * @throws BadInputException every problem of the sheet, a missing year, or a year the server
   *     evaluates
   */
  public SortedSet<Integer> importResults(Actor by, Upload file, Optional<Integer> year)
      throws StorageException, BadInputException, StepException {
    Accounts.office(by, "import earlier results");
    ScoreSheet sheet = Uploads.read(file.name(), file.bytes(), ScoreSheet::read);
    String name = Uploads.displayName(file.name());
    SortedSet<Integer> imported = new TreeSet<>(sheet.hasYears() ? sheet.years()
        : year.map(java.util.Set::of).orElse(java.util.Set.of()));
    if (imported.isEmpty()) {
      throw new BadInputException(InputProblem.atField(Accounts.REQUEST, 0, "year", "expected"
          + " the year of the results (the sheet has no year column), found nothing"));
    }
    for (int y : imported) {
      sheet.evaluate(Evaluation.forYear(y)); // every problem of the rows, by line
    }
    Instant now = clock.instant();
    return store.write(tx -> {
      List<InputProblem> problems = new ArrayList<>();
      for (int y : imported) {
        Optional<StoredYear> evaluated = tx.year(y);
        if (evaluated.isPresent()) {
          problems.add(InputProblem.inFile(name, "year " + y + " is evaluated on this server;"
              + " its results come from its review, not from a sheet"));
        }
      }
      if (!problems.isEmpty()) {
        throw new BadInputException(problems);
      }
      for (int y : imported) {
        List<PublishedResult> results = sheet.results(y);
        tx.addAlliances(results.stream().map(PublishedResult::alliance).toList());
        tx.outcome().putResults(y, OutcomeTransaction.Source.IMPORTED, results);
        tx.log(now, by.username(), OptionalInt.of(y), Optional.empty(), "import-results",
            OptionalLong.empty(), Optional.empty(), Optional.of(results.size() + " results from "
                + name));
      }
      return imported;
    });
  }

  /**
   * The results of {@code code} in every stored year, with its A-level status in each year the
   * database can decide: the office, or the alliance's own secretariat.
   */
  public AllianceHistory history(Actor by, AllianceCode code)
      throws StorageException, BadInputException, StepException {
    if (by.role() != Role.OFFICE && !(by.role() == Role.SECRETARIAT && by.speaksFor(code))) {
      throw new StepException(StepException.Reason.FORBIDDEN, "see this alliance's history");
    }
    SortedMap<Integer, OutcomeTransaction.YearResults> stored = store.read(tx ->
        tx.outcome().results());
    History history = history(stored);
    ConsecutiveYearAward rule = ConsecutiveYearAward.aLevel();
    List<YearRow> rows = new ArrayList<>();
    for (OutcomeTransaction.YearResults r : stored.values()) {
      Optional<Participant> p = history.participant(r.year(), code);
      Optional<Boolean> aLevel = Optional.empty();
      if (history.missingYears(r.year() - rule.years() + 1, r.year()).isEmpty()) {
        AwardResult award = rule.award(history, r.year());
        aLevel = Optional.of(award.awarded().stream().map(Alliance::code)
            .anyMatch(code::equals));
      }
      rows.add(new YearRow(r.year(), r.source(), p.flatMap(Participant::total),
          p.map(Participant::tier), aLevel));
    }
    return new AllianceHistory(code, rows);
  }

  /** The award history of the stored years' results. */
  static History history(SortedMap<Integer, OutcomeTransaction.YearResults> stored)
      throws StepException {
    History.Builder b = History.builder();
    for (OutcomeTransaction.YearResults r : stored.values()) {
      try {
        EvaluationResult result = Evaluation.forYear(r.year()).fromPublished(r.results());
        b.put(r.year(), result);
      } catch (InvalidInputException e) {
        throw new StepException(StepException.Reason.REVIEW_INCOMPLETE, "year " + r.year()
            + ": " + String.join("; ", e.messages()));
      }
    }
    return b.build();
  }
}
