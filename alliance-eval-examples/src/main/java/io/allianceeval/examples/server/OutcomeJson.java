package io.allianceeval.examples.server;

import io.allianceeval.examples.app.CollectiveReview;
import io.allianceeval.examples.app.Publicity;
import io.allianceeval.examples.app.StepException;
import io.allianceeval.examples.app.YearHistory;
import io.allianceeval.examples.db.StoredAppeal;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import io.allianceeval.review.AllianceReview;
import io.allianceeval.review.ExpertBias;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON shapes of the year's outcome: review, results, appeals, history. */
final class OutcomeJson {

  private OutcomeJson() {}

  static Map<String, Object> review(CollectiveReview.YearReview r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("year", r.year().year().year());
    m.put("phase", r.year().phase().name());
    m.put("awaitingReview", r.review().awaitingReview().size());
    List<Object> alliances = new ArrayList<>();
    for (AllianceReview a : r.review().alliances()) {
      alliances.add(alliance(a, r.finalScore(a).equals(a.finalScore()) ? Optional.empty()
          : r.finalScore(a)));
    }
    m.put("alliances", alliances);
    Map<String, Object> severity = new LinkedHashMap<>();
    r.review().severity().forEach((id, s) -> severity.put(id, s.map(Points::toString)
        .orElse(null)));
    m.put("severity", severity);
    ExpertBias bias = r.review().bias();
    Map<String, Object> biases = new LinkedHashMap<>();
    bias.estimates().forEach((id, e) -> biases.put(id, e.map(x -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("bias", x.rounded().toString());
      o.put("standardError", decimal(x.standardError()));
      o.put("marks", x.marks());
      o.put("outsideCorridor", x.flagged());
      return (Object) o;
    }).orElse(null)));
    m.put("bias", biases);
    m.put("residualStandardDeviation", decimal(bias.residualStandardDeviation()));
    m.put("outsideCorridor", bias.flags().stream().map(f -> Map.of("round",
        f.mark().round().number(), "expert", f.mark().expertId(), "code",
        f.mark().code().toString(), "mark", f.mark().points().toString(), "othersMean",
        decimal(f.othersMean()), "deviation", decimal(f.deviation()))).toList());
    m.put("appeals", r.appeals().values().stream().map(OutcomeJson::appeal).toList());
    return m;
  }

  /** {@code v} to two decimals as text, or null when it is not a number. */
  private static String decimal(double v) {
    return Double.isFinite(v) ? java.math.BigDecimal.valueOf(v).setScale(2,
        java.math.RoundingMode.HALF_UP).toPlainString() : null;
  }

  static Map<String, Object> alliance(AllianceReview a, Optional<Points> afterAppeal) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", a.code().toString());
    m.put("name", a.alliance().name());
    m.put("round1", a.round1().toString());
    m.put("round2", a.round2().toString());
    m.put("flag", a.cause().map(Enum::name).orElse(null));
    m.put("status", a.status().name());
    m.put("finalScore", a.finalScore().map(Points::toString).orElse(null));
    m.put("tier", a.tier().map(Enum::name).orElse(null));
    m.put("decision", a.decision().map(d -> Map.of("score", d.score().toString(), "rationale",
        d.rationale(), "decidedBy", d.decidedBy())).orElse(null));
    m.put("unstableWithout", a.unstableWithout());
    afterAppeal.ifPresent(p -> m.put("afterAppeal", p.toString()));
    return m;
  }

  static Map<String, Object> trail(CollectiveReview.YearReview r, AllianceCode code)
      throws StepException {
    AllianceReview a = r.review().alliance(code).orElseThrow(() ->
        new StepException(StepException.Reason.NOT_REVIEWED, code));
    Map<String, Object> m = alliance(a, r.finalScore(a).equals(a.finalScore()) ? Optional.empty()
        : r.finalScore(a));
    m.put("trail", r.trail(code));
    return m;
  }

  static Map<String, Object> result(Publicity.AllianceResult r, Lang lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("year", r.year().year().year());
    m.put("phase", r.year().phase().name());
    m.put("alliance", JsonViews.alliance(r.tally().alliance()));
    m.put("round1", r.review().round1().toString());
    m.put("round2", r.review().round2().toString());
    m.put("finalScore", r.finalScore().map(Points::toString).orElse(null));
    m.put("tier", r.tier().map(Enum::name).orElse(null));
    m.put("tierLabel", r.tier().map(t -> lang == Lang.ZH ? t.chineseLabel() : t.englishLabel())
        .orElse(null));
    m.put("tally", JsonViews.tally(r.tally(), lang));
    m.put("appeal", r.appeal().map(OutcomeJson::appeal).orElse(null));
    return m;
  }

  static Map<String, Object> appeal(StoredAppeal a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", a.code().toString());
    m.put("reasons", a.reasons());
    m.put("filedBy", a.filedBy());
    m.put("filedAt", a.filedAt().toString());
    m.put("answered", a.answer().isPresent());
    m.put("upheld", a.answer().map(StoredAppeal.Answer::upheld).orElse(null));
    m.put("score", a.answer().flatMap(StoredAppeal.Answer::score).map(Points::toString)
        .orElse(null));
    m.put("rationale", a.answer().map(StoredAppeal.Answer::rationale).orElse(null));
    m.put("answeredBy", a.answer().map(StoredAppeal.Answer::by).orElse(null));
    m.put("answeredAt", a.answer().map(x -> x.at().toString()).orElse(null));
    return m;
  }

  static Map<String, Object> history(YearHistory.AllianceHistory h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", h.code().toString());
    List<Object> years = new ArrayList<>();
    for (YearHistory.YearRow y : h.years()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("year", y.year());
      row.put("source", y.source().name());
      row.put("score", y.score().map(Points::toString).orElse(null));
      row.put("tier", y.tier().map(Enum::name).orElse(null));
      row.put("aLevel", y.aLevel().orElse(null));
      years.add(row);
    }
    m.put("years", years);
    return m;
  }
}
