package io.allianceeval.review;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Computes the round scores, flags, decisions and finals of every alliance, with the audit. */
final class ReviewComputation {
  private final PanelReview.Settings settings;
  private final SortedMap<AllianceCode, Alliance> alliances;
  private final ExpertTotals totals;
  private final RoundScorer scorer;
  private final BiasCorrection correction;
  private final List<AuditEvent> events = new ArrayList<>();
  private final SortedMap<AllianceCode, AllianceReview> reviews = new TreeMap<>();

  ReviewComputation(PanelReview.Settings settings, ExpertTotals totals, RoundScorer scorer,
      BiasCorrection correction) {
    this.settings = settings;
    this.alliances = settings.alliances();
    this.totals = totals;
    this.scorer = scorer;
    this.correction = correction;
    compute();
  }

  SortedMap<AllianceCode, AllianceReview> reviews() {
    return Collections.unmodifiableSortedMap(reviews);
  }

  List<AuditEvent> audit() {
    return List.copyOf(events);
  }

  private void add(AuditEvent.Kind kind, AllianceCode code, String detail) {
    events.add(new AuditEvent(events.size() + 1, kind, code, detail));
  }

  private void compute() {
    List<ScoreEntry> entries = new ArrayList<>(settings.entries());
    entries.sort(Comparator.comparing(ScoreEntry::code).thenComparing(ScoreEntry::expertId)
        .thenComparing(e -> e.indicator().orElse("")));
    Map<Round, Map<AllianceCode, Points>> rounds = new HashMap<>();
    for (Round round : Round.values()) {
      for (ScoreEntry e : entries) {
        if (e.round() == round) {
          add(AuditEvent.Kind.ENTERED, e.code(), "round " + round.number() + ", expert "
              + e.expertId() + ", " + e.indicator().map(i -> "indicator " + i).orElse("total")
              + ": " + e.points());
        }
      }
      Map<AllianceCode, Points> scores = new HashMap<>();
      for (AllianceCode code : alliances.keySet()) {
        if (settings.correctSeverity()) {
          auditCorrections(round, code);
        }
        Points a = scorer.score(code, round, null);
        scores.put(code, a);
        add(AuditEvent.Kind.AGGREGATED, code, "round " + round.number() + " "
            + settings.aggregation().name() + " of " + totals.of(round, code).size()
            + " expert totals = " + a);
      }
      rounds.put(round, scores);
    }
    checkRanges(rounds);
    Map<AllianceCode, Decision> decisions = new HashMap<>();
    settings.decisions().forEach(d -> decisions.put(d.code(), d));
    List<AuditEvent> flags = new ArrayList<>(); // numbered when appended
    List<AuditEvent> decided = new ArrayList<>();
    List<AuditEvent> finals = new ArrayList<>();
    for (AllianceCode code : alliances.keySet()) {
      Points a1 = rounds.get(Round.ONE).get(code);
      Points a2 = rounds.get(Round.TWO).get(code);
      Optional<DiscrepancyRule.Cause> cause = settings.rule().check(a1, a2,
          settings.scheme());
      cause.ifPresent(c -> flags.add(new AuditEvent(0, AuditEvent.Kind.FLAGGED, code, "round 1 "
          + a1 + ", round 2 " + a2 + ": " + c + " ("
          + settings.rule() + ")")));
      Decision d = decisions.get(code);
      AllianceReview.Status status;
      Optional<Points> fin;
      if (cause.isEmpty()) {
        status = AllianceReview.Status.FINAL;
        fin = Optional.of(RoundScorer.meanOfRounds(a1, a2));
      } else if (d != null) {
        status = AllianceReview.Status.DECIDED;
        fin = Optional.of(d.score());
        decided.add(new AuditEvent(0, AuditEvent.Kind.DECIDED, code,
            d.score() + " by " + d.decidedBy() + ": " + d.rationale()));
      } else {
        status = AllianceReview.Status.AWAITING_REVIEW;
        fin = Optional.empty();
      }
      Optional<Tier> tier = fin.isPresent()
          ? Optional.of(settings.scheme().tierOf(fin.get())) : Optional.empty();
      if (fin.isPresent()) {
        finals.add(new AuditEvent(0, AuditEvent.Kind.FINAL, code,
            fin.get() + " " + tier.get()
                + (status == AllianceReview.Status.FINAL
                    ? " (mean of the two rounds)" : " (collective review)")));
      }
      reviews.put(code, AllianceReview.of(alliances.get(code), a1, a2, cause, status, fin, tier, Optional.ofNullable(d),
          LeaveOneOut.unstable(code, a1, a2, totals, scorer, settings.scheme())));
    }
    for (List<AuditEvent> group : List.of(flags, decided, finals)) {
      group.forEach(e -> add(e.kind(), e.code(), e.detail()));
    }
  }

  private void auditCorrections(Round round, AllianceCode code) {
    totals.of(round, code).forEach((id, t) -> correction.of(id).filter(b -> !b.isZero())
        .ifPresent(b -> add(AuditEvent.Kind.CORRECTED, code, "round " + round.number()
            + ", expert " + id + ": raw " + t + " - bias " + b + " = " + t.minus(b))));
  }

  /** Every round score outside the tier scheme, reported at once. */
  private void checkRanges(Map<Round, Map<AllianceCode, Points>> rounds) {
    List<String> outside = new ArrayList<>();
    for (AllianceCode code : alliances.keySet()) {
      Points a1 = rounds.get(Round.ONE).get(code);
      Points a2 = rounds.get(Round.TWO).get(code);
      if (!settings.scheme().accepts(a1)
          || !settings.scheme().accepts(a2)) {
        outside.add("alliance " + alliances.get(code) + ": round scores "
            + a1 + " and " + a2 + " must lie from "
            + settings.scheme().minimum() + " to " + settings.scheme().maximum()
            + (settings.correctSeverity() ? " (after severity correction)" : ""));
      }
    }
    if (!outside.isEmpty()) {
      throw new IllegalStateException(String.join("; ", outside));
    }
  }
}
