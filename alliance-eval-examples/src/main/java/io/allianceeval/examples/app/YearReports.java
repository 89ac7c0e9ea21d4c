package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import io.allianceeval.awards.AwardResult;
import io.allianceeval.awards.ConsecutiveYearAward;
import io.allianceeval.awards.History;
import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Population;
import io.allianceeval.examples.db.OutcomeTransaction;
import io.allianceeval.examples.db.StoredAppeal;
import io.allianceeval.examples.db.StoredExpert;
import io.allianceeval.examples.db.StoredYear;
import io.allianceeval.examples.db.YearStore;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.examples.report.ReportInputs;
import io.allianceeval.examples.report.ReportSource;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.year.Actor;
import io.allianceeval.year.ReviewRules;
import io.allianceeval.year.StepRefusedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A year's report on the server. Once the year is published it is the final report, for every
 * account: the published final scores over the registered alliances, 附件 1 from the year's panel,
 * and 五/附件 3 from the A-level award computed over the years in the database (when they cover
 * the award's window). Before publication only the office sees a report: the locked year's, from
 * the approved entries.
 */
public final class YearReports {

  private final YearSteps years;
  private final YearStore store;

  /** The reports of the years of {@code years}. */
  public YearReports(YearSteps years) {
    this.years = requireNonNull(years, "years");
    this.store = years.store;
  }

  /**
   * The report of {@code year} in {@code lang}.
   *
   * @throws StepRefusedException NOT_PUBLISHED for anyone but the office before publication
   * @throws StepException NOT_LOCKED before the lock
   */
  public ReportSource report(Actor by, int year, Lang lang)
      throws StorageException, BadInputException, StepException {
    StoredYear y = years.year(year);
    ReviewRules.seeReport(by, y.phase()).ifPresent(refusal -> {
      throw new StepRefusedException(refusal, "see the report of " + year);
    });
    if (!y.published()) {
      YearSteps.YearResult r = years.result(by, year);
      return RecordReports.ofTally(r.tally(), r.model(), lang);
    }
    ScoringModel model = years.model(year);
    Published p = store.read(tx -> new Published(tx.alliances(), tx.review().experts(year),
        tx.outcome().results(), tx.outcome().decisions(year).size(),
        (int) tx.outcome().appeals(year).values().stream().filter(a -> a.answer()
            .map(StoredAppeal.Answer::upheld).orElse(false)).count()));
    OutcomeTransaction.YearResults mine = p.results().get(year);
    EvaluationResult result;
    try {
      result = Evaluation.forYear(year).withIndicatorSystem(model.system())
          .withTierScheme(model.tiers()).withPopulation(Population.ofRoster(p.roster()))
          .fromPublished(mine.results());
    } catch (InvalidInputException e) {
      throw new StepException(StepException.Reason.REVIEW_INCOMPLETE,
          String.join("; ", e.messages()));
    }
    List<List<String>> panel = new ArrayList<>();
    for (StoredExpert e : p.panel()) {
      panel.add(List.of(e.position(), e.name(), e.organisation(), e.title()));
    }
    History history = YearHistory.history(p.results());
    ConsecutiveYearAward rule = ConsecutiveYearAward.aLevel();
    Optional<AwardResult> award = history.missingYears(year - rule.years() + 1, year).isEmpty()
        ? Optional.of(rule.award(history, year)) : Optional.empty();
    ReportInputs inputs = new ReportInputs(Map.of(), panel.isEmpty() ? Optional.empty()
        : Optional.of(panel), award, false, Optional.of(y.year().period()));
    String note = lang.text("report.note.published", mine.results().size(), p.decisions(),
        p.upheld(), p.roster().size());
    return new ReportSource(result, List.of(note), inputs, Optional.empty());
  }

  /** What a published year's report is made of, read in one transaction. */
  private record Published(List<Alliance> roster, List<StoredExpert> panel,
      SortedMap<Integer, OutcomeTransaction.YearResults> results, int decisions, int upheld) {}
}
