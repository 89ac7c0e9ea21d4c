package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.examples.db.OutcomeTransaction;
import io.allianceeval.examples.db.StoredAppeal;
import io.allianceeval.examples.db.StoredYear;
import io.allianceeval.examples.db.YearStore;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.review.AllianceReview;
import io.allianceeval.year.Actor;
import io.allianceeval.year.PhaseRules;
import io.allianceeval.year.PhaseStep;
import io.allianceeval.year.ReviewRules;
import io.allianceeval.year.StepRefusedException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Publicity (公示) and publication: the office opens publicity with an end; each secretariat then
 * sees its alliance's result and may file one appeal (复核申请) before the end; the office answers
 * each — upheld with a new decided score, or rejected — in the change log and the review's trail;
 * after the end, with every appeal answered, the office publishes and the year's results are
 * stored for the years to come. Every step asks the core's {@link PhaseRules} and {@link
 * ReviewRules}. Thread-safe.
 */
public final class Publicity {

  /**
   * An alliance's result as its secretariat sees it from publicity on.
   *
   * @param year the year
   * @param review the alliance's review: both round scores, the flag and decision, the final
   * @param finalScore the final score, after an upheld appeal
   * @param tier its tier
   * @param tally its approved entries and the points each indicator gives them
   * @param appeal its appeal, once filed
   */
  public record AllianceResult(StoredYear year, AllianceReview review, Optional<Points> finalScore,
      Optional<Tier> tier, AllianceSteps.AllianceTally tally, Optional<StoredAppeal> appeal) {}

  private final YearSteps years;
  private final AllianceSteps alliances;
  private final YearStore store;
  private final Clock clock;

  /** Publicity of the years of {@code years}; tallies by {@code alliances}. */
  public Publicity(YearSteps years, AllianceSteps alliances) {
    this.years = requireNonNull(years, "years");
    this.alliances = requireNonNull(alliances, "alliances");
    this.store = years.store;
    this.clock = years.clock;
  }

  /**
   * Opens publicity until {@code end}.
   *
   * @throws StepRefusedException UNRESOLVED_FLAGS while a flagged alliance awaits its decision;
   *     PUBLICITY_END_REQUIRED unless the end is after now; WRONG_PHASE outside the collective
   *     review
   */
  public StoredYear open(Actor by, int year, Instant end)
      throws StorageException, BadInputException, StepException {
    ScoringModel model = years.model(year);
    Instant now = clock.instant();
    return years.stepOnYear(year, (tx, y) -> {
      int waiting = y.phase() == io.allianceeval.year.Phase.COLLECTIVE_REVIEW
          ? CollectiveReview.reviewOf(tx, y, model).review().awaitingReview().size() : 0;
      return years.moveTo(tx, y, by, PhaseStep.OPEN_PUBLICITY, PhaseRules.Circumstances.at(now)
          .withUnresolvedFlags(waiting).withPublicityEnd(Optional.of(end)), now);
    });
  }

  /**
   * The result of {@code code}: the office always (once round 2 is closed), its secretariat from
   * publicity on.
   *
   * @throws StepRefusedException RESULTS_NOT_OPEN, OTHER_ALLIANCE, ROLE_MAY_NOT
   * @throws StepException NOT_REVIEWED if the alliance took no part in the review
   */
  public AllianceResult result(Actor by, int year, AllianceCode code)
      throws StorageException, BadInputException, StepException {
    ScoringModel model = years.model(year);
    StoredYear y0 = years.year(year);
    ReviewRules.seeResults(by, code, y0.phase()).ifPresent(refusal -> {
      throw new StepRefusedException(refusal, "see the result of " + code);
    });
    CollectiveReview.YearReview r = store.read(tx -> CollectiveReview.reviewOf(tx,
        tx.year(year).orElseThrow(), model));
    AllianceReview a = r.review().alliance(code).orElseThrow(() ->
        new StepException(StepException.Reason.NOT_REVIEWED, code));
    Optional<Points> score = r.finalScore(a);
    Optional<Tier> tier = score.map(s -> model.tiers().tierOf(s));
    return new AllianceResult(r.year(), a, score, tier, alliances.authorisedTally(year, code),
        Optional.ofNullable(r.appeals().get(code)));
  }

  /**
   * Files the alliance's appeal with its reasons.
   *
   * @throws StepRefusedException unless its own secretariat, during publicity before the end, for
   *     the first time, with reasons
   */
  public StoredAppeal appeal(Actor by, int year, AllianceCode code, String reasons)
      throws StorageException, BadInputException, StepException {
    Instant now = clock.instant();
    return years.stepOnYear(year, (tx, y) -> {
      boolean filed = tx.outcome().appeals(year).containsKey(code);
      ReviewRules.fileAppeal(by, code, y.phase(), now, y.publicityEnd(), filed, reasons)
          .ifPresent(refusal -> {
            throw new StepRefusedException(refusal, "appeal for " + code);
          });
      StoredAppeal a = new StoredAppeal(code, reasons.strip(), by.username(), now,
          Optional.empty());
      tx.outcome().fileAppeal(year, a);
      tx.log(now, by.username(), OptionalInt.of(year), Optional.of(code), "appeal",
          OptionalLong.empty(), Optional.empty(), Optional.of(a.reasons()));
      return a;
    });
  }

  /**
   * Answers the appeal of {@code code}: upheld with a new decided score, or rejected; with the
   * rationale.
   *
   * @param scoreText the new score of an upheld appeal as typed; ignored for a rejected one
   * @throws BadInputException an upheld appeal without a score in range
   * @throws StepRefusedException unless the office, during publicity, on an unanswered appeal,
   *     with a rationale
   */
  public StoredAppeal answer(Actor by, int year, AllianceCode code, boolean upheld,
      String scoreText, String rationale)
      throws StorageException, BadInputException, StepException {
    ScoringModel model = years.model(year);
    Instant now = clock.instant();
    return years.stepOnYear(year, (tx, y) -> {
      Optional<StoredAppeal> before = Optional.ofNullable(tx.outcome().appeals(year).get(code));
      ReviewRules.answerAppeal(by, y.phase(), before.isPresent(),
          before.flatMap(StoredAppeal::answer).isPresent(), rationale).ifPresent(refusal -> {
            throw new StepRefusedException(refusal, "answer the appeal of " + code);
          });
      Optional<Points> score = upheld
          ? Optional.of(CollectiveReview.points(scoreText, model.system().total(), "score"))
          : Optional.empty();
      StoredAppeal.Answer answer = new StoredAppeal.Answer(upheld, score, rationale.strip(),
          by.username(), now);
      tx.outcome().answerAppeal(year, code, answer);
      tx.log(now, by.username(), OptionalInt.of(year), Optional.of(code),
          upheld ? "uphold-appeal" : "reject-appeal", OptionalLong.empty(),
          Optional.of(before.get().reasons()), Optional.of((upheld ? score.get() + ": " : "")
              + answer.rationale()));
      StoredAppeal b = before.get();
      return new StoredAppeal(code, b.reasons(), b.filedBy(), b.filedAt(), Optional.of(answer));
    });
  }

  /** The appeals of {@code year} (office only), by code. */
  public List<StoredAppeal> appeals(Actor by, int year)
      throws StorageException, BadInputException, StepException {
    Accounts.office(by, "see the appeals");
    years.year(year);
    return store.read(tx -> new ArrayList<>(tx.outcome().appeals(year).values()));
  }

  /**
   * Publishes the year after publicity: its final scores (the review's, or an upheld appeal's)
   * are stored as the year's results, from which the award of the years to come is computed; the
   * year is frozen.
   *
   * @throws StepRefusedException PUBLICITY_NOT_OVER before the end; UNANSWERED_APPEALS
   */
  public StoredYear publish(Actor by, int year)
      throws StorageException, BadInputException, StepException {
    ScoringModel model = years.model(year);
    Instant now = clock.instant();
    return years.stepOnYear(year, (tx, y) -> {
      int unanswered = (int) tx.outcome().appeals(year).values().stream()
          .filter(a -> a.answer().isEmpty()).count();
      StoredYear after = years.moveTo(tx, y, by, PhaseStep.PUBLISH, PhaseRules.Circumstances
          .at(now).withPublicityEnd(y.publicityEnd()).withUnansweredAppeals(unanswered), now);
      CollectiveReview.YearReview r = CollectiveReview.reviewOf(tx, y, model);
      List<PublishedResult> results = new ArrayList<>();
      for (AllianceReview a : r.review().alliances()) {
        results.add(PublishedResult.scored(a.alliance(), r.finalScore(a).orElseThrow()));
      }
      tx.outcome().putResults(year, OutcomeTransaction.Source.PUBLISHED, results);
      return after;
    });
  }
}
