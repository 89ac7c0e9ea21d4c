package io.allianceeval.examples.server;

import io.allianceeval.activity.Activity;
import io.allianceeval.activity.TallyResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.examples.app.AllianceSteps;
import io.allianceeval.examples.app.YearSteps;
import io.allianceeval.examples.db.Account;
import io.allianceeval.examples.db.Change;
import io.allianceeval.examples.db.StoredEntry;
import io.allianceeval.examples.db.StoredYear;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.model.Alliance;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.statistics.Share;
import io.allianceeval.year.Submission;
import io.allianceeval.year.SubmissionState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes the API answers with, as maps in field order. */
final class JsonViews {

  private JsonViews() {}

  static Map<String, Object> me(Account a, Sessions.Session s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("username", a.username());
    m.put("role", a.role().name());
    m.put("alliance", a.alliance().map(Object::toString).orElse(null));
    m.put("csrfToken", s.csrfToken());
    m.put("mustChangePassword", a.mustChangePassword());
    return m;
  }

  static Map<String, Object> account(Account a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("username", a.username());
    m.put("role", a.role().name());
    m.put("alliance", a.alliance().map(Object::toString).orElse(null));
    m.put("mustChangePassword", a.mustChangePassword());
    m.put("disabled", a.disabled());
    m.put("createdAt", a.createdAt().toString());
    return m;
  }

  static Map<String, Object> year(StoredYear y) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("year", y.year().year());
    m.put("periodStart", y.year().period().start().toString());
    m.put("periodEnd", y.year().period().end().toString());
    m.put("deadline", y.year().deadline().toString());
    m.put("locked", y.year().locked());
    m.put("eligibility", y.eligibility());
    m.put("customSystem", y.customSystem());
    m.put("phase", y.phase().name());
    m.put("publicityEnd", y.publicityEnd().map(Object::toString).orElse(null));
    return m;
  }

  static Map<String, Object> alliance(Alliance a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", a.code().toString());
    m.put("name", a.name());
    m.put("batch", a.batch().name());
    return m;
  }

  static Map<String, Object> status(YearSteps.YearStatus s, Lang lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("year", year(s.year()));
    List<Object> rows = new ArrayList<>();
    for (YearSteps.StatusRow r : s.rows()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("batch", r.batch().map(Enum::name).orElse(null));
      row.put("label", r.batch().map(lang::batch).orElse(lang == Lang.ZH ? "合计" : "All"));
      row.put("total", r.total());
      Map<String, Object> counts = new LinkedHashMap<>();
      Map<String, Object> percents = new LinkedHashMap<>();
      for (SubmissionState st : SubmissionState.values()) {
        int n = r.counts().getOrDefault(st, 0);
        counts.put(st.name(), n);
        Share share = Share.of(n, r.total());
        percents.put(st.name(), share.isDefined() ? share.percent().toPlainString() : null);
      }
      row.put("counts", counts);
      row.put("percents", percents);
      rows.add(row);
    }
    m.put("rows", rows);
    m.put("nothingYet", s.nothingYet().stream().map(JsonViews::alliance).toList());
    List<Object> alliances = new ArrayList<>();
    for (Alliance a : s.alliances()) {
      Map<String, Object> row = alliance(a);
      row.putAll(submission(s.submissions().get(a.code())));
      alliances.add(row);
    }
    m.put("alliances", alliances);
    return m;
  }

  static Map<String, Object> submission(Submission s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("alliance", s.alliance().toString());
    m.put("state", s.state().name());
    m.put("comment", s.comment().orElse(null));
    m.put("reopenedBecause", s.reopenedBecause().orElse(null));
    return m;
  }

  static Map<String, Object> entry(StoredEntry e) {
    Map<String, Object> m = activity(e.activity());
    Map<String, Object> withId = new LinkedHashMap<>();
    withId.put("id", e.id());
    withId.putAll(m);
    withId.put("enteredBy", e.enteredBy().orElse(null));
    return withId;
  }

  static Map<String, Object> activity(Activity a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("alliance", a.alliance().code().toString());
    m.put("kind", a.kind().name());
    m.put("date", a.date().toString());
    m.put("title", a.title());
    m.put("evidence", a.evidence().orElse(null));
    m.put("value", a.value().isPresent() ? a.value().getAsInt() : null);
    return m;
  }

  static Map<String, Object> tally(AllianceSteps.AllianceTally t, Lang lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("year", t.year().year().year());
    m.put("alliance", alliance(t.alliance()));
    m.put("submission", submission(t.submission()));
    m.put("entries", t.entries().stream().map(JsonViews::entry).toList());
    List<Object> indicators = new ArrayList<>();
    for (TallyResult.TracedScore s : t.trace()) {
      Indicator i = s.score().indicator();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("indicator", i.id());
      row.put("name", lang.pick(i.chineseName(), i.englishName()));
      row.put("points", s.score().points().toString());
      row.put("maxPoints", i.maxPoints().toString());
      row.put("entries", s.entries().stream().map(JsonViews::activity).toList());
      indicators.add(row);
    }
    m.put("indicators", indicators);
    Participant p = t.participant().orElse(null);
    m.put("total", p == null ? null : p.total().map(Object::toString).orElse(null));
    m.put("tier", p == null ? null : lang.tier(p.tier()));
    m.put("ineligible", t.ineligible().orElse(null));
    var period = t.year().year().period();
    String outside = ServerText.text(lang, "tally.excluded.reason", period.start(), period.end());
    String twice = ServerText.text(lang, "tally.duplicate.reason");
    m.put("excluded", t.excluded().stream().map(a -> withReason(activity(a), outside)).toList());
    m.put("duplicates", t.duplicates().stream().map(a -> withReason(activity(a), twice))
        .toList());
    return m;
  }

  private static Map<String, Object> withReason(Map<String, Object> entry, String reason) {
    entry.put("reason", reason);
    return entry;
  }

  static Map<String, Object> change(Change c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("at", c.at().toString());
    m.put("username", c.username());
    m.put("year", c.year().isPresent() ? c.year().getAsInt() : null);
    m.put("alliance", c.alliance().map(Object::toString).orElse(null));
    m.put("action", c.action());
    m.put("entryId", c.entryId().isPresent() ? c.entryId().getAsLong() : null);
    m.put("before", c.before().orElse(null));
    m.put("after", c.after().orElse(null));
    return m;
  }
}
