package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

/**
 * The steps of the second half of the year, made once and shared by the API and the pages: the
 * panel and plan, the rounds, the experts' sheets, the collective review, publicity and
 * publication, the years' history, and how sure the tiers are.
 */
public record SecondHalf(PanelSteps panel, RoundSteps rounds, ScoreSheets sheets,
    CollectiveReview review, Publicity publicity, YearHistory history,
    YearUncertainty uncertainty) {

  /** Checks the parts. */
  public SecondHalf {
    requireNonNull(panel, "panel");
    requireNonNull(rounds, "rounds");
    requireNonNull(sheets, "sheets");
    requireNonNull(review, "review");
    requireNonNull(publicity, "publicity");
    requireNonNull(history, "history");
    requireNonNull(uncertainty, "uncertainty");
  }

  /** The steps over {@code years}, tallies by {@code alliances}, passwords by {@code passwords}. */
  public static SecondHalf of(YearSteps years, AllianceSteps alliances, Passwords passwords) {
    return new SecondHalf(new PanelSteps(years, passwords), new RoundSteps(years),
        new ScoreSheets(years, alliances), new CollectiveReview(years),
        new Publicity(years, alliances), new YearHistory(years), new YearUncertainty(years));
  }
}
