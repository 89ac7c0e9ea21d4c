package io.allianceeval.activity;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.NonParticipant;
import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Fact;
import io.allianceeval.scoring.IndicatorPolicy;
import io.allianceeval.scoring.IndicatorScore;
import io.allianceeval.scoring.Scorecard;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a {@link Tally} made of a log: the records of the alliances that take part, the alliances
 * that do not, the entries it excluded and the duplicates it dropped, and for every record the
 * entries that gave each of its facts. Immutable.
 */
public final class TallyResult {

  /** A score with the entries it was counted from. */
  public record TracedScore(IndicatorScore score, List<Activity> entries) {

    /** Copies the entries. */
    public TracedScore {
      requireNonNull(score, "score");
      entries = List.copyOf(entries);
    }

    /**
     * {@code 1.4 秘书处工作会议: 2 of 4 — 3 entries: 2019-02-11 …, 2019-06-03 …, 2019-11-20 …};
     * a value-carrying state shows its value ({@code 2019-03-01 专职人员 = 2}).
     */
    @Override
    public String toString() {
      var i = score.indicator();
      StringBuilder sb = new StringBuilder(i.id()).append(' ').append(i.chineseName())
          .append(": ").append(score.points()).append(" of ")
          .append(i.maxPoints()).append(" — ").append(entries.size())
          .append(entries.size() == 1 ? " entry" : " entries");
      for (int k = 0; k < entries.size(); k++) {
        Activity a = entries.get(k);
        sb.append(k == 0 ? ": " : ", ").append(a.date()).append(' ').append(a.title());
        a.value().ifPresent(v -> sb.append(" = ").append(v));
      }
      return sb.toString();
    }

  }

  /** The order entries are listed in: date, kind, title. */
  static final Comparator<Activity> ORDER = Comparator.comparing(Activity::date)
      .thenComparing(a -> a.kind().name()).thenComparing(Activity::title);

  private final Tally tally;
  private final List<ActivityKind> kinds;
  private final TreeMap<AllianceCode, Entries> byCode;
  private final List<ActivityRecord> records;
  private final Map<AllianceCode, ActivityRecord> recordsByCode = new HashMap<>();
  private final List<NonParticipant> ineligible;
  private final List<Activity> excluded;
  private final List<Activity> duplicates;

  TallyResult(Tally tally, Map<AllianceCode, Entries> byCode, List<Activity> excluded,
      List<Activity> duplicates) {
    this.tally = tally;
    this.kinds = tally.kinds().kinds();
    this.byCode = new TreeMap<>(byCode);
    this.excluded = List.copyOf(excluded);
    this.duplicates = List.copyOf(duplicates);
    List<ActivityRecord> recs = new ArrayList<>();
    List<NonParticipant> refused = new ArrayList<>();
    for (Entries e : this.byCode.values()) {
      e.sortByDate();
      List<Activity> view = Collections.unmodifiableList(e.inPeriod);
      Optional<String> refusal;
      try {
        refusal = tally.eligibility().refusal(view);
      } catch (RuntimeException ex) {
        throw new IllegalStateException("eligibility rule failed for alliance "
            + e.alliance.code() + ": " + ex, ex);
      }
      if (refusal == null) {
        throw new IllegalStateException("eligibility rule returned null for alliance "
            + e.alliance.code() + "; return Optional.empty() to accept it");
      }
      if (refusal.isPresent()) {
        refused.add(NonParticipant.ineligible(e.alliance, refusal.get()));
      } else {
        ActivityRecord r = e.record(tally, kinds);
        recs.add(r);
        recordsByCode.put(r.code(), r);
      }
    }
    this.records = List.copyOf(recs);
    this.ineligible = List.copyOf(refused);
  }

  /** The tally that made this result. */
  public Tally tally() {
    return tally;
  }

  /** The period the entries were counted in. */
  public Period period() {
    return tally.period();
  }

  /** The records of the alliances that take part, by code. */
  public List<ActivityRecord> records() {
    return records;
  }

  /**
   * The alliances the eligibility rule refused, by code, each with the rule's reason: by default
   * those with no entry dated in the period.
   */
  public List<NonParticipant> ineligible() {
    return ineligible;
  }

  /**
   * The entries left out because of their date: events outside the period, and entries of any
   * kind after its end; in log order.
   */
  public List<Activity> excluded() {
    return excluded;
  }

  /** The entries dropped as duplicates of an entry that was counted; in log order. */
  public List<Activity> duplicates() {
    return duplicates;
  }

  /**
   * Every entry counted for {@code code}, by date: the entries dated in the period without
   * duplicates, and the latest entry of each state kind on or before the end, even when it is
   * dated before the period's start. Empty for a code the log and roster do not know.
   */
  public List<Activity> entries(AllianceCode code) {
    Entries e = byCode.get(requireNonNull(code, "code"));
    if (e == null) {
      return List.of();
    }
    Set<Activity> all = new HashSet<>(e.inPeriod);
    for (Activity s : e.latest) {
      if (s != null) {
        all.add(s);
      }
    }
    List<Activity> list = new ArrayList<>(all);
    list.sort(ORDER);
    return list;
  }

  /**
   * The entries that gave {@code fact} in the record of {@code code}: the counted entries of an
   * event kind, the one latest entry of a state kind; by date.
   */
  public List<Activity> counted(AllianceCode code, Fact fact) {
    requireNonNull(fact, "fact");
    Entries e = byCode.get(requireNonNull(code, "code"));
    List<Activity> list = new ArrayList<>();
    if (e == null) {
      return list;
    }
    for (int k = 0; k < kinds.size(); k++) {
      ActivityKind kind = kinds.get(k);
      if (!kind.fact().equals(fact)) {
        continue;
      }
      if (kind.isState()) {
        if (e.latest[k] != null) {
          list.add(e.latest[k]);
        }
      } else {
        for (Activity a : e.inPeriod) {
          if (a.kind().equals(kind)) {
            list.add(a);
          }
        }
      }
    }
    list.sort(ORDER);
    return list;
  }

  /**
   * Each indicator score of {@code card} with the entries it was counted from: the entries that
   * gave the facts its policy reads.
   *
   * @throws IllegalArgumentException if the card's record is not one of this result's records
   */
  public List<TracedScore> trace(Scorecard card) {
    requireNonNull(card, "card");
    AllianceCode code = card.record().code();
    if (!card.record().equals(recordsByCode.get(code))) {
      throw new IllegalArgumentException("alliance " + code + ": the scorecard's record is not "
          + "one this tally made");
    }
    List<TracedScore> traced = new ArrayList<>();
    for (IndicatorScore s : card.indicatorScores()) {
      IndicatorPolicy p = card.system().policy(s.indicator().id());
      Set<Fact> facts = new LinkedHashSet<>(p.requiredFacts());
      facts.addAll(p.optionalFacts());
      List<Activity> entries = new ArrayList<>();
      for (Fact f : facts) {
        entries.addAll(counted(code, f));
      }
      entries.sort(ORDER);
      traced.add(new TracedScore(s, entries));
    }
    return traced;
  }

  /**
   * Scores the records with {@code evaluation}: the alliances refused are non-participants with
   * the rule's reason. The same as {@code evaluation.score(records(), ineligible())}.
   */
  public EvaluationResult evaluate(Evaluation evaluation) {
    return requireNonNull(evaluation, "evaluation").score(records, ineligible);
  }

  /**
   * {@code TallyResult{2019-01-01..2019-12-31: records 99, ineligible 58, excluded 3, duplicates
   * 2}}.
   */
  @Override
  public String toString() {
    return "TallyResult{" + period() + ": records " + records.size() + ", ineligible "
        + ineligible.size() + ", excluded " + excluded.size() + ", duplicates "
        + duplicates.size() + "}";
  }

  /** One alliance's counted entries while a log is tallied. */
  static final class Entries {
    final Alliance alliance;
    final List<Activity> inPeriod = new ArrayList<>();
    final int[] counts;
    final Activity[] latest;

    Entries(Alliance alliance, int kinds) {
      this.alliance = alliance;
      this.counts = new int[kinds];
      this.latest = new Activity[kinds];
    }

    /**
     * Puts the entries in date order, entries of one day in log order: one sort of packed {@code
     * long} keys (epoch day, position), with no comparator.
     */
    void sortByDate() {
      int n = inPeriod.size();
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        keys[i] = (inPeriod.get(i).date().toEpochDay() << 32) | i;
      }
      Arrays.sort(keys);
      Activity[] sorted = new Activity[n];
      for (int i = 0; i < n; i++) {
        sorted[i] = inPeriod.get((int) keys[i]);
      }
      inPeriod.clear();
      inPeriod.addAll(Arrays.asList(sorted));
    }

    /**
     * Counts {@code a} of kind {@code k}: an event adds one; a state is kept if it is the latest
     * (of two on one day, which the tally has checked carry the same value, the one with the
     * first title, so that the choice does not depend on the log's order).
     */
    void add(Activity a, int k, boolean inPeriod) {
      if (inPeriod) {
        this.inPeriod.add(a);
      }
      if (!a.kind().isState()) {
        counts[k]++;
        return;
      }
      Activity held = latest[k];
      if (held == null || a.date().isAfter(held.date())
          || (a.date().equals(held.date()) && a.title().compareTo(held.title()) < 0)) {
        latest[k] = a;
      }
    }

    ActivityRecord record(Tally tally, List<ActivityKind> kinds) {
      ActivityRecord.Builder b = ActivityRecord.builder(alliance, tally.year());
      for (int k = 0; k < kinds.size(); k++) {
        ActivityKind kind = kinds.get(k);
        switch (kind.measure()) {
          case COUNT -> b.fact(kind.fact(), counts[k]);
          case LATEST_VALUE -> b.fact(kind.fact(), latest[k] == null ? 0
              : latest[k].value().getAsInt());
          case MONTHS_SINCE_LATEST -> {
            if (latest[k] != null) {
              b.fact(kind.fact(), Math.toIntExact(ChronoUnit.MONTHS.between(latest[k].date(),
                  tally.period().end())));
            }
          }
          default -> throw new AssertionError(kind.measure());
        }
      }
      return b.build();
    }
  }
}
