package io.allianceeval.review;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException.Problem;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Points;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.TierScheme;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The three-round expert review of one year, checked and reproducible.
 *
 * <ol>
 *   <li>Group initial scoring and cross-group re-scoring: every {@link ScoreEntry} is checked
 *       against the panel, the {@link Assignment} (given, or inferred from who scored what) and the
 *       indicator system. An expert scoring an alliance he or she is affiliated with, or one not
 *       assigned to him or her in that round, is rejected naming both.
 *   <li>Each round's expert totals are aggregated ({@link Aggregation}, mean by default), after an
 *       optional correction for each expert's {@linkplain #bias() bias}.
 *   <li>The {@link DiscrepancyRule} flags significant differences; the collective review records a
 *       {@link Decision} for each. An unflagged alliance's final score is the mean of its two round
 *       scores; a flagged one's is its decision's.
 * </ol>
 *
 * <p><b>Exact points.</b> Entered points, decisions and thresholds have at most two decimals, and
 * every sum and comparison is exact. Three results are rounded half-up to 0.01, the resolution of
 * every point in the library: a severity, a round score (the aggregate of its expert totals), and
 * an unflagged final score (the mean of the two round scores). The audit trail shows each rounded
 * value, and the tier scheme tiers the final score as it is shown.
 *
 * <p>Every input problem is reported at once ({@link InvalidInputException}, with the positions of
 * the offending entries). The result does not depend on the order of experts, entries or
 * decisions. Immutable: {@link Builder#build()} copies the builder's settings, so changing the
 * builder afterwards changes no review, and {@link #withDecisions} returns a new review.
 */
public final class PanelReview {

  private final Settings settings;
  private final Assignment assignment;
  private final Severity severity;
  private final ExpertBias bias;
  private final SortedMap<AllianceCode, AllianceReview> reviews;
  private final List<AuditEvent> audit;

  private PanelReview(Settings settings, Assignment assignment, ExpertTotals totals) {
    this.settings = settings;
    this.assignment = assignment;
    this.severity = Severity.of(settings.panel(), settings.alliances().keySet(), totals);
    this.bias = BiasCorrection.estimate(totals, settings.alliances().keySet(),
        settings.corridor());
    BiasCorrection correction = BiasCorrection.of(bias);
    RoundScorer scorer = new RoundScorer(totals, settings.aggregation(), correction,
        settings.correctSeverity());
    ReviewComputation computation = new ReviewComputation(settings, totals, scorer, correction);
    this.reviews = computation.reviews();
    this.audit = computation.audit();
  }

  /** A builder for the review of {@code panel}. */
  public static Builder builder(Panel panel) {
    return new Builder(requireNonNull(panel, "panel"));
  }

  /**
   * This review with the collective review's decisions, replacing earlier ones.
   *
   * @throws InvalidInputException as {@link Builder#build()} for the decisions
   */
  public PanelReview withDecisions(Collection<Decision> decisions) {
    List<Decision> copy = new ArrayList<>();
    requireNonNull(decisions, "decisions").forEach(d -> copy.add(requireNonNull(d, "decision")));
    return settings.withDecisions(copy).review();
  }

  /** The assignment the entries were checked against. */
  public Assignment assignment() {
    return assignment;
  }

  /** The aggregation used. */
  public Aggregation aggregation() {
    return settings.aggregation();
  }

  /** The discrepancy rule used. */
  public DiscrepancyRule discrepancyRule() {
    return settings.rule();
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
   * either round), rounded half-up to 0.01. Negative for a harsh expert; empty for one who shared
   * no alliance with another.
   */
  public SortedMap<String, Optional<Points>> severity() {
    return severity.asMap(settings.panel());
  }

  /**
   * Each expert's bias by least squares over the connected design, with its standard error, and
   * the marks outside the corridor ({@link Builder#biasCorridor}) around the other experts' mean:
   * what {@linkplain Builder#correctSeverity severity correction} subtracts (rounded to 0.01).
   */
  public ExpertBias bias() {
    return bias;
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
              .map(r -> r.code() + " (" + r.cause().get() + ": round 1 "
                  + r.round1() + ", round 2 "
                  + r.round2() + ")").toList()));
    }
    return reviews.values().stream()
        .map(r -> PublishedResult.scored(r.alliance(), r.finalScore().get())).toList();
  }

  /** {@code PanelReview{12 alliances, 2 awaiting review}}. */
  @Override
  public String toString() {
    return "PanelReview{" + reviews.size() + " alliances, " + awaitingReview().size()
        + " awaiting review}";
  }

  /** What a review was built from: an immutable copy of a builder's settings. */
  record Settings(Panel panel, Optional<Assignment> assignment, IndicatorSystem system,
      TierScheme scheme, Aggregation aggregation, DiscrepancyRule rule, boolean correctSeverity,
      ExpertBias.Corridor corridor, List<Alliance> allianceList, List<ScoreEntry> entries,
      List<Decision> decisions) {

    Settings {
      allianceList = List.copyOf(allianceList);
      entries = List.copyOf(entries);
      decisions = List.copyOf(decisions);
    }

    Settings withDecisions(List<Decision> newDecisions) {
      return new Settings(panel, assignment, system, scheme, aggregation, rule, correctSeverity,
          corridor, allianceList, entries, newDecisions);
    }

    /** The alliances by code; duplicates are reported by {@link #review()}. */
    SortedMap<AllianceCode, Alliance> alliances() {
      SortedMap<AllianceCode, Alliance> map = new TreeMap<>();
      allianceList.forEach(a -> map.putIfAbsent(a.code(), a));
      return map;
    }

    /** Checks everything and computes the review. */
    PanelReview review() {
      List<Problem> problems = new ArrayList<>();
      Set<AllianceCode> seen = new HashSet<>();
      for (Alliance a : allianceList) {
        if (!seen.add(a.code())) {
          problems.add(Problem.of("alliance " + a.code() + ": listed twice"));
        }
      }
      Set<Integer> reported = new HashSet<>();
      Assignment assign = assignment.orElseGet(
          () -> Assignment.inferFrom(panel, allianceList, entries, problems, reported));
      EntryCheck check = new EntryCheck(panel, alliances(), system, entries, problems);
      ExpertTotals totals = check.totals(assign, assignment.isPresent(), reported);
      check.decisions(decisions, scheme);
      if (!problems.isEmpty()) {
        throw new InvalidInputException("expert review is invalid", problems);
      }
      PanelReview review = new PanelReview(this, assign, totals);
      List<String> late = new ArrayList<>();
      for (Decision d : decisions) {
        if (!review.reviews.get(d.code()).flagged()) {
          late.add("decision for alliance " + review.reviews.get(d.code()).alliance()
              + ": it is not flagged; only flagged alliances go to collective review");
        }
      }
      if (!late.isEmpty()) {
        throw InvalidInputException.of("expert review is invalid", late);
      }
      return review;
    }
  }

  /**
   * Configures a {@link PanelReview}. {@link #build()} checks everything, reports every problem at
   * once, and copies the settings: changing the builder afterwards changes no review built from
   * it. Entries, alliances and decisions are added to what was given before. Not thread-safe.
   */
  public static final class Builder {
    private final Panel panel;
    private Assignment assignment;
    private IndicatorSystem system = IndicatorSystem.standard2019();
    private TierScheme scheme = TierScheme.standard();
    private Aggregation aggregation = Aggregation.mean();
    private DiscrepancyRule rule = DiscrepancyRule.standard(10);
    private boolean correctSeverity;
    private ExpertBias.Corridor corridor = ExpertBias.Corridor.points(Points.of(10));
    private final List<Alliance> allianceList = new ArrayList<>();
    private final List<ScoreEntry> entries = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();

    private Builder(Panel panel) {
      this.panel = panel;
    }

    /** The assignment to check entries against; without one, it is inferred from the entries. */
    public Builder assignment(Assignment assignment) {
      this.assignment = requireNonNull(assignment, "assignment");
      return this;
    }

    /** Adds alliances under review (their names appear in messages and results). */
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

    /**
     * The corridor around the other experts' mean outside which a mark is flagged in {@link
     * PanelReview#bias()} (10 points default).
     */
    public Builder biasCorridor(ExpertBias.Corridor corridor) {
      this.corridor = requireNonNull(corridor, "corridor");
      return this;
    }

    /**
     * Whether each expert's bias — the least-squares estimate of {@link PanelReview#bias()},
     * rounded half-up to 0.01 — is subtracted from his or her totals before aggregation; the
     * audit trail shows each corrected total as raw, bias and result.
     */
    public Builder correctSeverity(boolean correct) {
      this.correctSeverity = correct;
      return this;
    }

    /** Adds score entries. */
    public Builder entries(Collection<ScoreEntry> entries) {
      requireNonNull(entries, "entries").forEach(e -> this.entries.add(requireNonNull(e)));
      return this;
    }

    /** Adds decisions of the collective review. */
    public Builder decisions(Collection<Decision> decisions) {
      requireNonNull(decisions, "decisions").forEach(d -> this.decisions.add(requireNonNull(d)));
      return this;
    }

    /**
     * Checks everything and computes the review from a copy of this builder's settings.
     *
     * @throws InvalidInputException listing every problem; problems with entries carry their
     *     positions in the entry list, problems with decisions carry none
     * @throws IllegalStateException if the aggregation breaks its contract, or a round score lies
     *     outside the tier scheme after severity correction; every such alliance is listed
     */
    public PanelReview build() {
      return new Settings(panel, Optional.ofNullable(assignment), system, scheme, aggregation,
          rule, correctSeverity, corridor, allianceList, entries, decisions).review();
    }
  }
}
