package io.allianceeval.examples.report;

import static java.util.Objects.requireNonNull;

import io.allianceeval.awards.AwardResult;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.NonParticipant;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Fact;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorGroup;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Scorecard;
import io.allianceeval.scoring.TierScheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The figures of every section of the report as data: what {@code --format json} serialises, field
 * by field, and nothing else. Every key is always present; a section whose input is missing is
 * {@code null} (for example {@code award} without a history, {@code indicatorLosses} for a
 * published table, which has no indicator scores). Points are exact numbers with the digits the
 * other formats print; percentages have two decimals, rounded as the report's option says.
 *
 * @param year the evaluation year
 * @param indicatorSystem the name of the indicator system the result rests on
 * @param fullMarks the system's total
 * @param scoredFromRecords whether the result was scored from activity records (so it has
 *     indicator points) or read from a published table
 * @param population all alliances of the year
 * @param participants the alliances evaluated
 * @param nonParticipants the alliances not evaluated
 * @param batches section 三: participation by batch
 * @param tiers section 三: each tier's count and shares
 * @param alliances 附件 2: every participant in rank order, with group and indicator points when
 *     scored from records ({@code null} otherwise)
 * @param notEvaluated section 七: the named non-participants with their reasons
 * @param organisation section 二: the indicator system, the tier bands, the scope, the panel size
 * @param analysis section 三: the figures beyond the counts (HIGH + FAIRLY_HIGH, the batch shares
 *     of each tier, full marks)
 * @param indicatorLosses section 四: mean points lost by indicator and tier
 * @param award section 五 and 附件 3: the A-level award
 * @param panel 附件 1: the panel
 * @param prose sections 一, 六 and 八: the office's Markdown as given, by section key
 * @param rounding how the percentages were rounded: {@code HALF_UP} or {@code LARGEST_REMAINDER}
 * @param diagnostics losses, gaps, sensitivity and transitions, when asked for
 */
public record ReportData(
    int year,
    String indicatorSystem,
    BigDecimal fullMarks,
    boolean scoredFromRecords,
    int population,
    int participants,
    int nonParticipants,
    List<BatchCounts> batches,
    List<TierCounts> tiers,
    List<AllianceScore> alliances,
    List<NotEvaluated> notEvaluated,
    Organisation organisation,
    Analysis analysis,
    List<IndicatorLoss> indicatorLosses,
    Award award,
    List<PanelMember> panel,
    Map<String, String> prose,
    String rounding,
    DiagnosticsData diagnostics) {

  /** Participation in one batch. */
  public record BatchCounts(String batch, int population, int participants, int nonParticipants) {}

  /** One tier's count, its shares and its count by batch. */
  public record TierCounts(String tier, int count, BigDecimal ofParticipants,
      BigDecimal ofPopulation, Map<String, Integer> byBatch) {}

  /** One row of 附件 2; {@code rank} and {@code score} are null for a tier-only row. */
  public record AllianceScore(Integer rank, String code, String name, String batch,
      BigDecimal score, String tier, Map<String, BigDecimal> groups,
      Map<String, BigDecimal> indicators) {}

  /** A named non-participant, with the reason in words. */
  public record NotEvaluated(String code, String name, String batch, String reason,
      List<String> missingFacts, String explanation) {}

  /** Section 二. */
  public record Organisation(int year, String periodStart, String periodEnd, int population,
      List<IndicatorRow> indicators, List<Band> tierBands, Integer panelSize) {}

  /** One second-level indicator with its group, its points and its rule. */
  public record IndicatorRow(String group, String groupChineseName, String groupEnglishName,
      String id, String chineseName, String englishName, BigDecimal points, String rule) {}

  /** A tier band of the scheme. */
  public record Band(String tier, int min, int max) {}

  /** Section 三 beyond the counts. */
  public record Analysis(BigDecimal nonParticipantsOfPopulation, Active active,
      List<TierAnalysis> tiers, FullMarks fullMarks) {}

  /** HIGH + FAIRLY_HIGH together. */
  public record Active(int count, BigDecimal ofParticipants, BigDecimal ofPopulation,
      Map<String, Integer> byBatch) {}

  /**
   * One tier by batch: the pilots in it, each pilot batch's share of them and of its own batch,
   * and the network members' shares.
   */
  public record TierAnalysis(String tier, Integer min, Integer max, int pilots,
      Map<String, BigDecimal> ofTierPilots, Map<String, BigDecimal> ofBatchPopulation,
      BigDecimal networkOfTier, BigDecimal networkOfParticipants,
      BigDecimal networkOfPopulation) {}

  /** The participants with full marks. */
  public record FullMarks(BigDecimal points, int count, Map<String, Integer> byBatch) {}

  /** Section 四: the mean points each tier's alliances lost on one indicator. */
  public record IndicatorLoss(String group, String id, BigDecimal max,
      Map<String, BigDecimal> meanLostByTier) {}

  /** Section 五 and 附件 3. */
  public record Award(int year, int firstYear, boolean reconstructed,
      List<AllianceRef> awarded, Map<String, Integer> byBatch, List<AllianceRef> newlyAwarded,
      List<Dropped> dropped) {}

  /** An alliance named by code, name and batch. */
  public record AllianceRef(String code, String name, String batch) {}

  /** An alliance that dropped off the list, with the year that broke its run. */
  public record Dropped(String code, String name, int year, String tier, BigDecimal score) {}

  /** A member of the panel (附件 1). */
  public record PanelMember(String role, String name, String organisation, String title) {}

  /** The JSON form of {@code model}: its figures, what its inputs add, and the diagnostics. */
  public static ReportData of(ReportModel model) {
    ReportModel figures = requireNonNull(model, "model");
    ReportInputs inputs = figures.source().inputs();
    Optional<DiagnosticsFigures> diagnostics = figures.source().diagnostics();
    EvaluationResult result = figures.result();
    IndicatorSystem system = result.indicatorSystem();
    List<BatchCounts> batches = new ArrayList<>();
    for (Batch b : Batch.values()) {
      var bf = figures.batch(b);
      batches.add(new BatchCounts(b.name(), bf.population(), bf.participants(),
          bf.nonParticipants()));
    }
    List<TierCounts> tiers = new ArrayList<>();
    for (Tier t : Tier.values()) {
      var tf = figures.tier(t);
      tiers.add(new TierCounts(t.name(), tf.count(), tf.ofParticipants(), tf.ofPopulation(),
          byBatch(tf.byBatch())));
    }
    return new ReportData(result.year(), system.name(), system.total().toBigDecimal(),
        result.scoredFromRecords(), figures.totals().population(),
        figures.totals().participants(), figures.totals().nonParticipants(),
        batches, tiers, alliances(result), notEvaluated(result), organisation(figures, inputs),
        analysis(figures), figures.meanLost().map(ReportData::losses).orElse(null),
        inputs.award().map(a -> award(a, inputs.awardIsReconstructed())).orElse(null),
        inputs.panel().map(ReportData::panel).orElse(null), new LinkedHashMap<>(inputs.prose()),
        figures.rounding().name(), diagnostics.map(DiagnosticsData::of).orElse(null));
  }

  private static List<AllianceScore> alliances(EvaluationResult result) {
    IndicatorSystem system = result.indicatorSystem();
    List<AllianceScore> list = new ArrayList<>();
    for (Participant p : result.participants()) {
      Map<String, BigDecimal> groups = null;
      Map<String, BigDecimal> indicators = null;
      if (result.scoredFromRecords()) {
        Scorecard card = p.scorecard().orElseThrow();
        groups = new LinkedHashMap<>();
        for (IndicatorGroup g : system.groups()) {
          groups.put(g.id(), card.subtotal(g.id()).toBigDecimal());
        }
        indicators = new LinkedHashMap<>();
        for (Indicator i : system.indicators()) {
          indicators.put(i.id(), card.points(i.id()).toBigDecimal());
        }
      }
      list.add(new AllianceScore(p.rank().isPresent() ? p.rank().getAsInt() : null,
          p.code().toString(), p.alliance().name(), p.batch().name(),
          p.total().isPresent() ? p.total().get().toBigDecimal() : null,
          p.tier().name(), groups, indicators));
    }
    return list;
  }

  private static List<NotEvaluated> notEvaluated(EvaluationResult result) {
    List<NotEvaluated> list = new ArrayList<>();
    for (NonParticipant np : result.nonParticipants()) {
      list.add(new NotEvaluated(np.code().toString(), np.alliance().name(),
          np.alliance().batch().name(), np.reason().name(),
          np.missingFacts().stream().map(Fact::name).toList(), np.explanation()));
    }
    return list;
  }

  private static Organisation organisation(ReportModel f, ReportInputs inputs) {
    IndicatorSystem system = f.result().indicatorSystem();
    List<IndicatorRow> rows = new ArrayList<>();
    for (IndicatorGroup g : system.groups()) {
      for (Indicator i : system.indicators(g)) {
        rows.add(new IndicatorRow(g.id(), g.chineseName(), g.englishName(), i.id(),
            i.chineseName(), i.englishName(), i.maxPoints().toBigDecimal(),
            system.policy(i.id()).steps().orElse(system.policy(i.id()).toString())));
      }
    }
    List<Band> bands = new ArrayList<>();
    for (TierScheme.Band b : f.result().tierScheme().bands()) {
      bands.add(new Band(b.tier().name(), b.min(), b.max()));
    }
    var period = inputs.period(f.year());
    return new Organisation(f.year(), period.start().toString(), period.end().toString(),
        f.totals().population(), rows, bands,
        inputs.panel().map(List::size).orElse(null));
  }

  private static Analysis analysis(ReportModel f) {
    List<TierAnalysis> tiers = new ArrayList<>();
    for (Tier t : Tier.values()) {
      var tf = f.tier(t);
      tiers.add(new TierAnalysis(t.name(), tf.band().map(TierScheme.Band::min).orElse(null),
          tf.band().map(TierScheme.Band::max).orElse(null), tf.pilots(),
          byBatch(tf.ofTierPilots()), byBatch(tf.ofBatchPopulation()), tf.networkOfTier(),
          tf.networkOfParticipants(), tf.networkOfPopulation()));
    }
    Map<Batch, Integer> full = f.fullMarksByBatch();
    return new Analysis(f.nonParticipantsOfPopulation(),
        new Active(f.activeByBatch().values().stream().mapToInt(Integer::intValue).sum(),
            f.activeOfParticipants(), f.activeOfPopulation(), byBatch(f.activeByBatch())),
        tiers, new FullMarks(f.result().indicatorSystem().total().toBigDecimal(),
            full.values().stream().mapToInt(Integer::intValue).sum(), byBatch(full)));
  }

  private static List<IndicatorLoss> losses(Map<Indicator, Map<Tier, BigDecimal>> meanLost) {
    List<IndicatorLoss> list = new ArrayList<>();
    meanLost.forEach((i, tiers) -> {
      Map<String, BigDecimal> byTier = new LinkedHashMap<>();
      tiers.forEach((t, lost) -> byTier.put(t.name(), lost));
      list.add(new IndicatorLoss(i.group().id(), i.id(), i.maxPoints().toBigDecimal(),
          byTier));
    });
    return list;
  }

  private static Award award(AwardResult a, boolean reconstructed) {
    Function<Alliance, AllianceRef> ref = x -> new AllianceRef(x.code().toString(), x.name(),
        x.batch().name());
    List<Dropped> dropped = new ArrayList<>();
    if (a.comparesWithYearBefore()) {
      for (AwardResult.Dropped x : a.dropped()) {
        dropped.add(new Dropped(x.alliance().code().toString(), x.alliance().name(),
            x.brokenBy().year(), x.brokenBy().tier().map(Tier::name).orElse(null),
            x.brokenBy().score().isPresent()
                ? x.brokenBy().score().get().toBigDecimal() : null));
      }
    }
    return new Award(a.year(), a.year() - 2, reconstructed,
        a.awarded().stream().map(ref).toList(), byBatch(a.byBatch()),
        a.comparesWithYearBefore() ? a.newlyAwarded().stream().map(ref).toList() : null,
        a.comparesWithYearBefore() ? dropped : null);
  }

  private static List<PanelMember> panel(List<List<String>> rows) {
    return rows.stream().map(r -> new PanelMember(r.get(0), r.get(1), r.get(2), r.get(3)))
        .toList();
  }

  /** A map by batch with the batches' names as keys, in batch order. */
  static <V> Map<String, V> byBatch(Map<Batch, V> map) {
    Map<String, V> out = new LinkedHashMap<>();
    for (Batch b : Batch.values()) {
      if (map.containsKey(b)) {
        out.put(b.name(), map.get(b));
      }
    }
    return out;
  }
}
