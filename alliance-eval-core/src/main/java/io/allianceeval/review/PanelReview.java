package io.allianceeval.review;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.InvalidInputException.Problem;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Points;
import io.allianceeval.scoring.TierScheme;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The three-round expert review of one year, checked and reproducible.
 *
 * <ol>
 *   <li>Group initial scoring and cross-group re-scoring: every {@link ScoreEntry} is checked
 *       against the panel, the {@link Assignment} (given, or inferred from who scored what) and the
 *       indicator system. An expert scoring an alliance he or she is affiliated with, or one not
 *       assigned to him or her in that round, is rejected naming both.
 *   <li>Each round's expert totals are aggregated ({@link Aggregation}, mean by default), after an
 *       optional correction for each expert's {@linkplain #severity() severity}.
 *   <li>The {@link DiscrepancyRule} flags significant differences; the collective review records a
 *       {@link Decision} for each. An unflagged alliance's final score is the mean of its two round
 *       scores; a flagged one's is its decision's.
 * </ol>
 *
 * <p>Every input problem is reported at once ({@link InvalidInputException}, with the positions of
 * the offending entries). The result does not depend on the order of experts, entries or
 * decisions. Immutable: {@link #withDecisions} returns a new review.
 */
public final class PanelReview {

  private final Builder config;
  private final SortedMap<AllianceCode, Alliance> alliances;
  private final Assignment assignment;
  /** Expert totals: round → code → expert id → total (before severity correction). */
  private final Map<Round, SortedMap<AllianceCode, SortedMap<String, Double>>> totals;
  private final SortedMap<String, OptionalDouble> severity;
  private final SortedMap<AllianceCode, AllianceReview> reviews;
  private final List<AuditEvent> audit;

  private PanelReview(Builder config, SortedMap<AllianceCode, Alliance> alliances,
      Assignment assignment, Map<Round, SortedMap<AllianceCode, SortedMap<String, Double>>> totals,
      List<ScoreEntry> sortedEntries) {
    this.config = config;
    this.alliances = alliances;
    this.assignment = assignment;
    this.totals = totals;
    this.severity = computeSeverity();
    List<AuditEvent> events = new ArrayList<>();
    this.reviews = computeReviews(sortedEntries, events);
    this.audit = List.copyOf(events);
  }

  /** A builder for the review of {@code panel}. */
  public static Builder builder(Panel panel) {
    return new Builder(requireNonNull(panel, "panel"));
  }

  /** This review with the collective review's decisions (replacing earlier ones). */
  public PanelReview withDecisions(Collection<Decision> decisions) {
    return config.copy().decisions(decisions).build();
  }

  /** The assignment the entries were checked against. */
  public Assignment assignment() {
    return assignment;
  }

  /** The aggregation used. */
  public Aggregation aggregation() {
    return config.aggregation;
  }

  /** The discrepancy rule used. */
  public DiscrepancyRule discrepancyRule() {
    return config.rule;
  }

  /** Every reviewed alliance, ordered by code. */
  public List<AllianceReview> alliances() {
    return List.copyOf(reviews.values());
  }

  /** The review of {@code code}, if it was reviewed. */
  public Optional<AllianceReview> alliance(AllianceCode code) {
    return Optional.ofNullable(reviews.get(requireNonNull(code, "code")));
  }

  /** The flagged alliances still waiting for a decision, ordered by code. */
  public List<AllianceReview> awaitingReview() {
    return reviews.values().stream()
        .filter(r -> r.status() == AllianceReview.Status.AWAITING_REVIEW).toList();
  }

  /**
   * Each expert's severity, ordered by id: the mean, over the alliances the expert scored, of the
   * expert's total minus the mean total of the other experts who scored the same alliance (in
   * either round). Negative for a harsh expert; empty for one who shared no alliance with another.
   */
  public SortedMap<String, OptionalDouble> severity() {
    return severity;
  }

  /** Every step of the review in order: entries, corrections, aggregates, flags, decisions, finals. */
  public List<AuditEvent> audit() {
    return audit;
  }

  /** The steps that concern {@code code}: "why is 342 at 80". */
  public List<AuditEvent> audit(AllianceCode code) {
    requireNonNull(code, "code");
    return audit.stream().filter(e -> e.code().equals(code)).toList();
  }

  /**
   * The final scores, ordered by code, as published results that {@link
   * io.allianceeval.evaluation.Evaluation#fromPublished} turns into the year's result.
   *
   * @throws IllegalStateException if any flag is unresolved; every such alliance is listed
   */
  public List<PublishedResult> finalScores() {
    List<AllianceReview> waiting = awaitingReview();
    if (!waiting.isEmpty()) {
      throw new IllegalStateException("the panel cannot be finalised: " + waiting.size()
          + " flagged alliance(s) await collective review: " + String.join("; ", waiting.stream()
              .map(r -> r.code() + " (" + r.cause().get() + ": round 1 " + Points.format(r.round1())
                  + ", round 2 " + Points.format(r.round2()) + ")").toList()));
    }
    return reviews.values().stream()
        .map(r -> PublishedResult.scored(r.alliance(), r.finalScore().getAsDouble())).toList();
  }

  private SortedMap<String, OptionalDouble> computeSeverity() {
    Map<String, double[]> sums = new HashMap<>(); // id -> {sum of deviations, count}
    for (AllianceCode code : alliances.keySet()) {
      Map<String, List<Double>> byExpert = new TreeMap<>();
      for (Round r : Round.values()) {
        totals.get(r).getOrDefault(code, new TreeMap<>())
            .forEach((id, t) -> byExpert.computeIfAbsent(id, k -> new ArrayList<>()).add(t));
      }
      for (Map.Entry<String, List<Double>> e : byExpert.entrySet()) {
        double othersSum = 0;
        int othersCount = 0;
        for (Map.Entry<String, List<Double>> o : byExpert.entrySet()) {
          if (!o.getKey().equals(e.getKey())) {
            for (double t : o.getValue()) {
              othersSum += t;
              othersCount++;
            }
          }
        }
        if (othersCount == 0) {
          continue;
        }
        double consensus = othersSum / othersCount;
        double[] acc = sums.computeIfAbsent(e.getKey(), k -> new double[2]);
        for (double t : e.getValue()) {
          acc[0] += t - consensus;
          acc[1]++;
        }
      }
    }
    SortedMap<String, OptionalDouble> out = new TreeMap<>();
    for (Expert e : config.panel.experts()) {
      double[] acc = sums.get(e.id());
      out.put(e.id(), acc == null ? OptionalDouble.empty() : OptionalDouble.of(acc[0] / acc[1]));
    }
    return Collections.unmodifiableSortedMap(out);
  }

  private double corrected(String expertId, double total) {
    OptionalDouble s = severity.get(expertId);
    return config.correctSeverity && s.isPresent() ? total - s.getAsDouble() : total;
  }

  private double aggregate(AllianceCode code, Round round, String without) {
    List<Double> values = new ArrayList<>();
    totals.get(round).getOrDefault(code, new TreeMap<>()).forEach((id, t) -> {
      if (!id.equals(without)) {
        values.add(corrected(id, t));
      }
    });
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] arr = values.stream().mapToDouble(Double::doubleValue).toArray();
    double a = config.aggregation.aggregate(arr.clone());
    double min = values.stream().mapToDouble(Double::doubleValue).min().getAsDouble();
    double max = values.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
    if (!(a >= min - TierScheme.RESOLUTION && a <= max + TierScheme.RESOLUTION)) {
      throw new IllegalStateException("aggregation " + config.aggregation.name() + " returned "
          + a + " for alliance " + code + ", round " + round.number() + ": expected a number from "
          + Points.format(min) + " to " + Points.format(max));
    }
    return a;
  }

  private SortedMap<AllianceCode, AllianceReview> computeReviews(List<ScoreEntry> entries,
      List<AuditEvent> events) {
    Map<AllianceCode, Double> r1 = new TreeMap<>();
    Map<AllianceCode, Double> r2 = new TreeMap<>();
    for (Round round : Round.values()) {
      for (ScoreEntry e : entries) {
        if (e.round() == round) {
          events.add(new AuditEvent(events.size() + 1, AuditEvent.Kind.ENTERED, e.code(),
              "round " + round.number() + ", expert " + e.expertId() + ", "
                  + e.indicator().map(i -> "indicator " + i).orElse("total") + ": "
                  + Points.format(e.points())));
        }
      }
      for (AllianceCode code : alliances.keySet()) {
        if (config.correctSeverity) {
          totals.get(round).get(code).forEach((id, t) -> {
            OptionalDouble s = severity.get(id);
            if (s.isPresent() && s.getAsDouble() != 0) {
              events.add(new AuditEvent(events.size() + 1, AuditEvent.Kind.CORRECTED, code,
                  "round " + round.number() + ", expert " + id + ": " + Points.format(t)
                      + " - severity " + Points.format(s.getAsDouble()) + " = "
                      + Points.format(t - s.getAsDouble())));
            }
          });
        }
        double a = aggregate(code, round, null);
        (round == Round.ONE ? r1 : r2).put(code, a);
        events.add(new AuditEvent(events.size() + 1, AuditEvent.Kind.AGGREGATED, code,
            "round " + round.number() + " " + config.aggregation.name() + " of "
                + totals.get(round).get(code).size() + " expert totals = " + Points.format(a)));
      }
    }
    Map<AllianceCode, Decision> decisions = new HashMap<>();
    config.decisions.forEach(d -> decisions.put(d.code(), d));
    SortedMap<AllianceCode, AllianceReview> out = new TreeMap<>();
    List<AuditEvent> flags = new ArrayList<>();
    List<AuditEvent> decided = new ArrayList<>();
    List<AuditEvent> finals = new ArrayList<>();
    for (AllianceCode code : alliances.keySet()) {
      double a1 = r1.get(code);
      double a2 = r2.get(code);
      if (!config.scheme.accepts(a1) || !config.scheme.accepts(a2)) {
        throw new IllegalStateException("alliance " + alliances.get(code) + ": round scores "
            + Points.format(a1) + " and " + Points.format(a2) + " must lie from "
            + config.scheme.minimum() + " to " + config.scheme.maximum()
            + (config.correctSeverity ? " (after severity correction)" : ""));
      }
      Optional<DiscrepancyRule.Cause> cause = config.rule.check(a1, a2, config.scheme);
      if (cause.isPresent()) {
        flags.add(new AuditEvent(0, AuditEvent.Kind.FLAGGED, code, "round 1 " + Points.format(a1)
            + ", round 2 " + Points.format(a2) + ": " + cause.get() + " (" + config.rule + ")"));
      }
      Decision d = decisions.get(code);
      AllianceReview.Status status;
      OptionalDouble fin;
      if (cause.isEmpty()) {
        status = AllianceReview.Status.FINAL;
        fin = OptionalDouble.of((a1 + a2) / 2);
      } else if (d != null) {
        status = AllianceReview.Status.DECIDED;
        fin = OptionalDouble.of(d.score());
        decided.add(new AuditEvent(0, AuditEvent.Kind.DECIDED, code, Points.format(d.score())
            + " by " + d.decidedBy() + ": " + d.rationale()));
      } else {
        status = AllianceReview.Status.AWAITING_REVIEW;
        fin = OptionalDouble.empty();
      }
      Optional<Tier> tier = fin.isPresent() ? Optional.of(config.scheme.tierOf(fin.getAsDouble()))
          : Optional.empty();
      if (fin.isPresent()) {
        finals.add(new AuditEvent(0, AuditEvent.Kind.FINAL, code, Points.format(fin.getAsDouble())
            + " " + tier.get() + (status == AllianceReview.Status.FINAL
                ? " (mean of the two rounds)" : " (collective review)")));
      }
      out.put(code, new AllianceReview(alliances.get(code), a1, a2, cause, status, fin, tier,
          Optional.ofNullable(d), unstable(code, a1, a2)));
    }
    for (List<AuditEvent> group : List.of(flags, decided, finals)) {
      for (AuditEvent e : group) {
        events.add(new AuditEvent(events.size() + 1, e.kind(), e.code(), e.detail()));
      }
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /** Experts whose removal changes the tier of the mean of the two rounds. */
  private List<String> unstable(AllianceCode code, double a1, double a2) {
    Tier base = config.scheme.tierOf((a1 + a2) / 2);
    Set<String> experts = new TreeSet<>();
    for (Round r : Round.values()) {
      experts.addAll(totals.get(r).get(code).keySet());
    }
    List<String> out = new ArrayList<>();
    for (String id : experts) {
      double b1 = aggregate(code, Round.ONE, id);
      double b2 = aggregate(code, Round.TWO, id);
      if (Double.isNaN(b1) || Double.isNaN(b2)
          || config.scheme.tierOf((b1 + b2) / 2) != base) {
        out.add(id);
      }
    }
    return out;
  }

  /** {@code PanelReview{12 alliances, 2 awaiting review}}. */
  @Override
  public String toString() {
    return "PanelReview{" + reviews.size() + " alliances, " + awaitingReview().size()
        + " awaiting review}";
  }

  /**
   * Configures and builds a {@link PanelReview}; {@link #build()} checks everything and reports
   * every problem at once.
   */
  public static final class Builder {
    private final Panel panel;
    private Assignment assignment;
    private IndicatorSystem system = IndicatorSystem.standard2019();
    private TierScheme scheme = TierScheme.standard();
    private Aggregation aggregation = Aggregation.mean();
    private DiscrepancyRule rule = DiscrepancyRule.standard(10);
    private boolean correctSeverity;
    private final List<Alliance> allianceList = new ArrayList<>();
    private final List<ScoreEntry> entries = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();

    private Builder(Panel panel) {
      this.panel = panel;
    }

    private Builder copy() {
      Builder b = new Builder(panel);
      b.assignment = assignment;
      b.system = system;
      b.scheme = scheme;
      b.aggregation = aggregation;
      b.rule = rule;
      b.correctSeverity = correctSeverity;
      b.allianceList.addAll(allianceList);
      b.entries.addAll(entries);
      return b;
    }

    /** The assignment to check entries against; without one, it is inferred from the entries. */
    public Builder assignment(Assignment assignment) {
      this.assignment = requireNonNull(assignment, "assignment");
      return this;
    }

    /** The alliances under review (their names appear in messages and results). */
    public Builder alliances(Collection<Alliance> alliances) {
      requireNonNull(alliances, "alliances").forEach(a -> allianceList.add(requireNonNull(a)));
      return this;
    }

    /** The indicator system per-indicator entries are checked against (standard 2019 default). */
    public Builder indicatorSystem(IndicatorSystem system) {
      this.system = requireNonNull(system, "system");
      return this;
    }

    /** The tier scheme (standard default). */
    public Builder tierScheme(TierScheme scheme) {
      this.scheme = requireNonNull(scheme, "scheme");
      return this;
    }

    /** The aggregation of a round's expert totals (mean default). */
    public Builder aggregation(Aggregation aggregation) {
      this.aggregation = requireNonNull(aggregation, "aggregation");
      return this;
    }

    /** The rule that flags significant differences (10 points or different tiers default). */
    public Builder discrepancyRule(DiscrepancyRule rule) {
      this.rule = requireNonNull(rule, "rule");
      return this;
    }

    /** Whether each expert's severity is subtracted from his or her totals before aggregation. */
    public Builder correctSeverity(boolean correct) {
      this.correctSeverity = correct;
      return this;
    }

    /** Adds score entries. */
    public Builder entries(Collection<ScoreEntry> entries) {
      requireNonNull(entries, "entries").forEach(e -> this.entries.add(requireNonNull(e)));
      return this;
    }

    /** Sets the collective review's decisions. */
    public Builder decisions(Collection<Decision> decisions) {
      this.decisions.clear();
      requireNonNull(decisions, "decisions").forEach(d -> this.decisions.add(requireNonNull(d)));
      return this;
    }

    /**
     * Checks everything and computes the review.
     *
     * @throws InvalidInputException listing every problem; problems with entries carry their
     *     positions in the entry list, problems with decisions carry none
     */
    public PanelReview build() {
      List<Problem> problems = new ArrayList<>();
      SortedMap<AllianceCode, Alliance> alliances = new TreeMap<>();
      for (Alliance a : allianceList) {
        Alliance before = alliances.put(a.code(), a);
        if (before != null) {
          problems.add(Problem.of("alliance " + a.code() + ": listed twice"));
        }
      }
      Set<Integer> reported = new java.util.HashSet<>();
      Assignment assign = assignment != null ? assignment : infer(problems, reported);
      // entries: experts, alliances, conflicts, assignment, indicators, ranges, duplicates
      Map<String, List<Integer>> keys = new HashMap<>();
      Map<String, Map<String, Double>> perIndicator = new TreeMap<>();
      Map<String, Double> totalsByKey = new TreeMap<>();
      Map<String, List<Integer>> positionsByKey = new HashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        ScoreEntry e = entries.get(i);
        Optional<Expert> expert = panel.expert(e.expertId());
        Alliance alliance = alliances.get(e.code());
        String who = expert.map(x -> "expert " + x.id() + " " + x.name())
            .orElse("expert " + e.expertId());
        String what = alliance != null ? "alliance " + alliance : "alliance " + e.code();
        if (expert.isEmpty()) {
          problems.add(Problem.at(List.of(i), "expert", "round " + e.round().number() + ", "
              + what + ": no expert '" + e.expertId() + "' on the panel"));
          continue;
        }
        if (alliance == null) {
          problems.add(Problem.at(List.of(i), "code", "round " + e.round().number() + ", " + who
              + ": alliance " + e.code() + " is not under review"));
          continue;
        }
        if (expert.get().isAffiliatedWith(e.code())) {
          problems.add(Problem.at(List.of(i), "expert", "round " + e.round().number() + ": " + who
              + " is affiliated with " + what + " and must not score it"));
          continue;
        }
        if (reported.contains(i)) {
          continue;
        }
        if (!assign.isAssigned(expert.get(), e.code(), e.round())) {
          if (assignment == null && assign.groups(e.code()).isEmpty()) {
            continue; // the inference has reported why the alliance has no groups
          }
          String group = assign.groups(e.code()).map(g -> g.of(e.round())).orElse(null);
          problems.add(Problem.at(List.of(i), "expert", "round " + e.round().number() + ": " + who
              + " is not assigned to " + what + (group == null ? " (it is not assigned)"
                  : " (group " + group + " scores it; " + e.expertId() + " is in group "
                      + panel.groupOf(e.expertId()).get() + ")")));
          continue;
        }
        double max;
        if (e.indicator().isPresent()) {
          String id = e.indicator().get();
          if (!system.hasIndicator(id)) {
            problems.add(Problem.at(List.of(i), "indicator", "round " + e.round().number() + ", "
                + who + ", " + what + ": no indicator '" + id + "' in " + system.name()));
            continue;
          }
          max = system.indicator(id).maxPoints();
        } else {
          max = system.total();
        }
        if (!(e.points() >= 0 && e.points() <= max)) {
          problems.add(Problem.at(List.of(i), "points", "round " + e.round().number() + ", " + who
              + ", " + what + ", " + e.indicator().map(x -> "indicator " + x).orElse("total")
              + ": points must be from 0 to " + Points.format(max) + ": "
              + Points.format(e.points())));
          continue;
        }
        String key = e.round().number() + "|" + e.expertId() + "|" + e.code();
        String fullKey = key + "|" + e.indicator().orElse("");
        keys.computeIfAbsent(fullKey, k -> new ArrayList<>()).add(i);
        positionsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        if (e.indicator().isPresent()) {
          perIndicator.computeIfAbsent(key, k -> new TreeMap<>()).put(e.indicator().get(),
              e.points());
        } else {
          totalsByKey.put(key, e.points());
        }
      }
      keys.forEach((k, at) -> {
        if (at.size() > 1) {
          ScoreEntry e = entries.get(at.get(0));
          problems.add(Problem.at(at, "round " + e.round().number() + ", expert " + e.expertId()
              + ", alliance " + e.code() + ", " + e.indicator().map(x -> "indicator " + x)
                  .orElse("total") + ": entered " + at.size() + " times"));
        }
      });
      Map<Round, SortedMap<AllianceCode, SortedMap<String, Double>>> totals = new HashMap<>();
      for (Round r : Round.values()) {
        SortedMap<AllianceCode, SortedMap<String, Double>> m = new TreeMap<>();
        alliances.keySet().forEach(c -> m.put(c, new TreeMap<>()));
        totals.put(r, m);
      }
      Set<String> allKeys = new TreeSet<>(perIndicator.keySet());
      allKeys.addAll(totalsByKey.keySet());
      for (String key : allKeys) {
        String[] parts = key.split("\\|");
        Round r = Round.of(Integer.parseInt(parts[0]));
        AllianceCode code = AllianceCode.parse(parts[2]);
        List<Integer> at = positionsByKey.get(key);
        if (perIndicator.containsKey(key) && totalsByKey.containsKey(key)) {
          problems.add(Problem.at(at, "round " + r.number() + ", expert " + parts[1] + ", alliance "
              + code + ": both a total and indicator points; enter one or the other"));
          continue;
        }
        double total;
        if (totalsByKey.containsKey(key)) {
          total = totalsByKey.get(key);
        } else {
          Map<String, Double> points = perIndicator.get(key);
          List<String> missing = new ArrayList<>();
          system.indicators().forEach(ind -> {
            if (!points.containsKey(ind.id())) {
              missing.add(ind.id());
            }
          });
          if (!missing.isEmpty()) {
            problems.add(Problem.at(at, "round " + r.number() + ", expert " + parts[1]
                + ", alliance " + code + ": no valid indicator points for " + missing));
            continue;
          }
          total = points.values().stream().mapToDouble(Double::doubleValue).sum();
        }
        totals.get(r).get(code).put(parts[1], total);
      }
      for (AllianceCode code : alliances.keySet()) {
        for (Round r : Round.values()) {
          if (totals.get(r).get(code).isEmpty() && assign.groups(code).isPresent()) {
            boolean hadEntries = entries.stream().anyMatch(e -> e.code().equals(code)
                && e.round() == r);
            if (!hadEntries) {
              problems.add(Problem.of("alliance " + alliances.get(code) + ", round " + r.number()
                  + ": no scores from group " + assign.groups(code).get().of(r) + " ("
                  + String.join(", ", assign.experts(code, r).stream().map(Expert::id).toList())
                  + ")"));
            }
          }
        }
        if (assignment != null && assign.groups(code).isEmpty()) {
          problems.add(Problem.of("alliance " + alliances.get(code) + ": not assigned to a group"));
        }
      }
      // decisions
      Map<AllianceCode, Integer> decided = new HashMap<>();
      for (Decision d : decisions) {
        decided.merge(d.code(), 1, Integer::sum);
        if (!alliances.containsKey(d.code())) {
          problems.add(Problem.of("decision for alliance " + d.code() + ": it is not under review"));
        } else if (!scheme.accepts(d.score())) {
          problems.add(Problem.of("decision for alliance " + alliances.get(d.code())
              + ": score must be from " + scheme.minimum() + " to " + scheme.maximum() + ": "
              + Points.format(d.score())));
        }
      }
      decided.forEach((c, n) -> {
        if (n > 1) {
          problems.add(Problem.of("alliance " + c + ": " + n + " decisions, expected one"));
        }
      });
      if (!problems.isEmpty()) {
        throw new InvalidInputException("expert review is invalid", problems, true);
      }
      List<ScoreEntry> sorted = new ArrayList<>(entries);
      sorted.sort(Comparator.comparing(ScoreEntry::code).thenComparing(ScoreEntry::expertId)
          .thenComparing(e -> e.indicator().orElse("")));
      PanelReview review = new PanelReview(this, alliances, assign, totals, sorted);
      List<String> late = new ArrayList<>();
      for (Decision d : decisions) {
        if (!review.reviews.get(d.code()).flagged()) {
          late.add("decision for alliance " + alliances.get(d.code())
              + ": it is not flagged; only flagged alliances go to collective review");
        }
      }
      if (!late.isEmpty()) {
        throw new InvalidInputException("expert review is invalid", late);
      }
      return review;
    }

    /**
     * The assignment implied by who scored what: for each alliance and round, the group of most of
     * the (non-affiliated) experts who scored it. Entries from another group are reported — and
     * added to {@code reported} so that they are not reported twice; a tie is reported for all.
     */
    private Assignment infer(List<Problem> problems, Set<Integer> reported) {
      Map<AllianceCode, Map<Round, Map<String, List<Integer>>>> seen = new TreeMap<>();
      Map<AllianceCode, Map<Round, Map<String, Set<String>>>> experts = new TreeMap<>();
      for (int i = 0; i < entries.size(); i++) {
        ScoreEntry e = entries.get(i);
        Optional<Expert> expert = panel.expert(e.expertId());
        if (expert.isEmpty() || expert.get().isAffiliatedWith(e.code())) {
          continue; // reported with the entry
        }
        String group = panel.groupOf(e.expertId()).get();
        seen.computeIfAbsent(e.code(), c -> new HashMap<>())
            .computeIfAbsent(e.round(), r -> new TreeMap<>())
            .computeIfAbsent(group, g -> new ArrayList<>()).add(i);
        experts.computeIfAbsent(e.code(), c -> new HashMap<>())
            .computeIfAbsent(e.round(), r -> new TreeMap<>())
            .computeIfAbsent(group, g -> new TreeSet<>()).add(e.expertId());
      }
      Map<AllianceCode, Assignment.Groups> groups = new TreeMap<>();
      seen.forEach((code, rounds) -> {
        String[] chosen = new String[2];
        boolean ok = true;
        for (Round r : Round.values()) {
          Map<String, List<Integer>> g = rounds.getOrDefault(r, Map.of());
          if (g.isEmpty()) {
            problems.add(Problem.of("alliance " + code + ", round " + r.number() + ": no scores"));
            ok = false;
            continue;
          }
          Map<String, Set<String>> byGroup = experts.get(code).get(r);
          int most = byGroup.values().stream().mapToInt(Set::size).max().getAsInt();
          List<String> leaders = byGroup.entrySet().stream()
              .filter(x -> x.getValue().size() == most).map(Map.Entry::getKey).toList();
          if (leaders.size() > 1) {
            List<Integer> at = new ArrayList<>();
            g.values().forEach(at::addAll);
            Collections.sort(at);
            problems.add(Problem.at(at, "expert", "alliance " + code + ", round " + r.number()
                + ": scored by groups " + String.join(" and ", g.keySet())
                + " equally; one group scores an alliance in a round"));
            reported.addAll(at);
            ok = false;
            continue;
          }
          chosen[r.ordinal()] = leaders.get(0);
          g.forEach((group, at) -> {
            if (!group.equals(leaders.get(0))) {
              for (int i : at) {
                ScoreEntry e = entries.get(i);
                Expert x = panel.expert(e.expertId()).get();
                problems.add(Problem.at(List.of(i), "expert", "round " + r.number() + ": expert "
                    + x.id() + " " + x.name() + " of group " + group + " scored alliance " + code
                    + ", which group " + leaders.get(0) + " scores in this round"));
                reported.add(i);
              }
            }
          });
        }
        if (ok && chosen[0].equals(chosen[1])) {
          List<Integer> at = new ArrayList<>(rounds.get(Round.TWO).get(chosen[1]));
          problems.add(Problem.at(at, "expert", "alliance " + code + ": round 2 is scored by "
              + "group " + chosen[1] + ", the group of round 1; re-scoring is by another group"));
          reported.addAll(at);
          ok = false;
        }
        if (ok) {
          groups.put(code, new Assignment.Groups(chosen[0], chosen[1]));
        }
      });
      for (Alliance a : allianceList) {
        if (!seen.containsKey(a.code())) {
          problems.add(Problem.of("alliance " + a + ": no scores in either round"));
        }
      }
      // affiliations are reported entry by entry
      return Assignment.unchecked(panel, groups);
    }
  }
}
