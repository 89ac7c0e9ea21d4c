package io.allianceeval.examples.server;

import io.allianceeval.examples.app.PanelSteps;
import io.allianceeval.examples.app.RoundSteps;
import io.allianceeval.examples.app.ScoreSheets;
import io.allianceeval.examples.db.StoredExpert;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.review.Assignment;
import io.allianceeval.review.Round;
import io.allianceeval.review.ScoreEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the expert review: panel, plan, progress, sheets, as maps in field order. */
final class ReviewJson {

  private ReviewJson() {}

  static Map<String, Object> expert(StoredExpert e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("name", e.name());
    m.put("group", e.group());
    m.put("position", e.position());
    m.put("organisation", e.organisation());
    m.put("title", e.title());
    m.put("username", e.username());
    m.put("affiliations", e.affiliations().stream().map(Object::toString).toList());
    return m;
  }

  static Map<String, Object> plan(PanelSteps.Plan p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("year", p.year().year().year());
    m.put("phase", p.year().phase().name());
    m.put("minExperts", p.minExperts().orElse(null));
    Map<String, List<String>> groups = new LinkedHashMap<>();
    p.experts().forEach(e -> groups.computeIfAbsent(e.group(), g -> new ArrayList<>())
        .add(e.id()));
    Map<String, Object> byGroup = new LinkedHashMap<>();
    new java.util.TreeMap<>(groups).forEach((g, ids) -> {
      Map<String, Object> group = new LinkedHashMap<>();
      group.put("experts", ids);
      for (Round r : Round.values()) {
        group.put("round" + r.number(), p.alliancesOf(g, r).stream()
            .map(a -> a.code().toString()).toList());
      }
      byGroup.put(g, group);
    });
    m.put("groups", byGroup);
    List<Object> alliances = new ArrayList<>();
    if (p.assignment().isPresent()) {
      Assignment a = p.assignment().get();
      a.groups().forEach((code, g) -> {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", code.toString());
        row.put("name", p.names().containsKey(code) ? p.names().get(code).name() : null);
        for (Round r : Round.values()) {
          row.put("round" + r.number(), g.of(r));
          row.put("experts" + r.number(), a.experts(code, r).stream()
              .map(x -> x.id()).toList());
        }
        alliances.add(row);
      });
    }
    m.put("alliances", alliances);
    m.put("experts", p.experts().stream().map(ReviewJson::expert).toList());
    return m;
  }

  static Map<String, Object> progress(RoundSteps.Progress p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("year", p.year().year().year());
    m.put("round", p.round().number());
    m.put("phase", p.year().phase().name());
    m.put("openedAt", p.state().map(s -> s.openedAt().toString()).orElse(null));
    m.put("due", p.state().flatMap(s -> s.due()).map(Object::toString).orElse(null));
    m.put("closedAt", p.state().flatMap(s -> s.closedAt()).map(Object::toString).orElse(null));
    m.put("missingReason", p.state().flatMap(s -> s.missingReason()).orElse(null));
    m.put("outstanding", p.outstanding().size());
    List<Object> experts = new ArrayList<>();
    for (RoundSteps.ExpertProgress e : p.experts()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", e.expert().id());
      row.put("name", e.expert().name());
      row.put("group", e.expert().group());
      row.put("state", e.state().name());
      row.put("late", e.late());
      row.put("assigned", codes(e.assigned()));
      row.put("scored", codes(e.scored()));
      row.put("missing", codes(e.missing()));
      row.put("changedAt", e.sheet().map(s -> s.changedAt().toString()).orElse(null));
      row.put("reopenedBecause", e.sheet().flatMap(s -> s.reopenedBecause()).orElse(null));
      experts.add(row);
    }
    m.put("experts", experts);
    return m;
  }

  static Map<String, Object> sheet(ScoreSheets.Sheet s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("year", s.year().year().year());
    m.put("round", s.round().number());
    m.put("expert", s.expert().id());
    m.put("group", s.expert().group());
    m.put("state", s.state().name());
    m.put("reopenedBecause", s.reopenedBecause().orElse(null));
    List<Object> alliances = new ArrayList<>();
    for (Alliance a : s.alliances()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("code", a.code().toString());
      row.put("name", a.name());
      row.put("total", s.total(a.code()).map(Object::toString).orElse(null));
      row.put("scores", scores(s.scores().getOrDefault(a.code(), List.of())));
      alliances.add(row);
    }
    m.put("alliances", alliances);
    return m;
  }

  static Map<String, Object> allianceSheet(ScoreSheets.AllianceSheet s, Lang lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("round", s.round().number());
    m.put("state", s.state().name());
    m.put("alliance", JsonViews.alliance(s.tally().alliance()));
    m.put("tally", JsonViews.tally(s.tally(), lang));
    List<Object> scores = new ArrayList<>();
    for (ScoreEntry e : s.scores()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("expert", e.expertId());
      row.put("indicator", e.indicator().orElse(null));
      row.put("points", e.points().toString());
      scores.add(row);
    }
    m.put("scores", scores);
    return m;
  }

  static Map<String, Object> scores(List<ScoreEntry> entries) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (ScoreEntry e : entries) {
      m.put(e.indicator().orElse("total"), e.points().toString());
    }
    return m;
  }

  private static List<String> codes(List<AllianceCode> codes) {
    return codes.stream().map(Object::toString).toList();
  }
}
