package io.allianceeval.examples.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.allianceeval.diagnostics.Gaps;
import io.allianceeval.diagnostics.LossAnalysis;
import io.allianceeval.diagnostics.Sensitivity;
import io.allianceeval.diagnostics.Transitions;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Indicator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Lays out {@link DiagnosticsFigures} as report sections and as JSON. */
final class DiagnosticsComposer {

  private static final int TOP = 5;

  private DiagnosticsComposer() {}

  static void sections(Document doc, DiagnosticsFigures d, Lang lang, boolean charts) {
    losses(doc, d, lang, charts);
    gaps(doc, d, lang);
    sensitivity(doc, d, lang);
    transitions(doc, d, lang);
  }

  private static String pts(double p) {
    return PointsFormat.format(p);
  }

  private static void losses(Document doc, DiagnosticsFigures d, Lang lang, boolean charts) {
    doc.heading(2, lang.pick("诊断：失分分析", "Diagnostics: where points are lost"));
    if (d.losses().isEmpty()) {
      doc.paragraph(lang.pick("失分分析需要指标得分（用 score 命令评分的结果）。",
          "The loss analysis needs indicator scores (a result of the score command)."));
      return;
    }
    LossAnalysis loss = d.losses().get();
    for (Tier t : Tier.values()) {
      if (loss.alliances(t) == 0) {
        continue;
      }
      doc.heading(3, lang.tier(t) + lang.pick("（" + loss.alliances(t) + " 家）失分最多的指标",
          " (" + loss.alliances(t) + "): the indicators that lose most"));
      List<List<String>> rows = new ArrayList<>();
      for (LossAnalysis.IndicatorLoss l : loss.losses(t).stream().limit(TOP).toList()) {
        rows.add(List.of(l.indicator().id(), lang.pick(l.indicator().chineseName(),
            l.indicator().englishName()), pts(l.indicator().maxPoints()),
            PointsFormat.format(l.meanLost()), l.zeroShare().percent().toPlainString() + "%"));
      }
      doc.table(List.of(lang.pick("指标", "Indicator"), lang.pick("名称", "Name"),
          lang.pick("满分", "Max"), lang.pick("平均失分", "Mean lost"),
          lang.pick("零分比例", "Scored zero")), rows, false, false, true, true, true);
    }
    if (charts) {
      doc.chart(lang.pick("各档联盟各指标平均失分", "Mean points lost per indicator, by tier"),
          lossChart(loss, lang));
    }
  }

  private static ChartSpec lossChart(LossAnalysis loss, Lang lang) {
    List<String> ids = loss.system().indicators().stream().map(Indicator::id).toList();
    List<Tier> tiers = new ArrayList<>();
    List<List<Double>> values = new ArrayList<>();
    for (Tier t : Tier.values()) {
      if (loss.alliances(t) == 0) {
        continue;
      }
      List<Double> v = new ArrayList<>();
      for (Indicator ind : loss.system().indicators()) {
        v.add(loss.losses(t).stream().filter(l -> l.indicator().equals(ind)).findFirst()
            .orElseThrow().meanLost());
      }
      tiers.add(t);
      values.add(v);
    }
    return Charts.forLang(lang).losses(ids, tiers, values,
        lang.pick("各档联盟各指标平均失分", "Mean points lost per indicator, by tier"));
  }

  private static String sources(Gaps.Gap g) {
    return g.sources().stream().limit(3)
        .map(s -> s.indicator().id() + " (+" + PointsFormat.format(s.available()) + ")")
        .collect(Collectors.joining(", "));
  }

  private static void gaps(Document doc, DiagnosticsFigures d, Lang lang) {
    doc.heading(2, lang.pick("诊断：距下一档的差距", "Diagnostics: the gap to the next tier"));
    List<List<String>> rows = new ArrayList<>();
    for (Gaps.Gap g : d.gaps()) {
      if (g.next().isEmpty()) {
        continue;
      }
      rows.add(List.of(g.participant().code().toString(), g.participant().alliance().name(),
          lang.tier(g.participant().tier()), lang.tier(g.next().get()),
          PointsFormat.format(g.pointsNeeded()), sources(g)));
    }
    if (rows.isEmpty()) {
      doc.paragraph(lang.pick("所有参评联盟均已在最高档。", "Every participant is in the top tier."));
      return;
    }
    doc.table(List.of(lang.pick("编号", "Code"), lang.pick("联盟名称", "Alliance"),
        lang.pick("当前", "Tier"), lang.pick("下一档", "Next"), lang.pick("还差", "Needs"),
        lang.pick("可增分的指标", "Where the points could come from")), rows,
        false, false, false, false, true, false);
  }

  private static void sensitivity(Document doc, DiagnosticsFigures d, Lang lang) {
    doc.heading(2, lang.pick("诊断：权重敏感性", "Diagnostics: sensitivity to the weights"));
    if (d.sensitivity().isEmpty()) {
      doc.paragraph(lang.pick("权重敏感性分析需要指标得分（用 score 命令评分的结果）。",
          "The sensitivity analysis needs indicator scores (a result of the score command)."));
      return;
    }
    Sensitivity s = d.sensitivity().get();
    String pct = PointsFormat.format(s.variation() * 100);
    doc.paragraph(lang.pick(
        s.runs() + " 次模拟（种子 " + s.seed() + "）：每次将各指标满分随机变动 ±" + pct
            + "%，再等比缩放使总分仍为满分，重新计分、定档、排名。",
        s.runs() + " runs (seed " + s.seed() + "): each varies every indicator's maximum by up to ±"
            + pct + "%, rescales the maxima to the same total, and rescores, re-tiers and "
            + "re-ranks."));
    List<List<String>> rows = new ArrayList<>();
    for (Sensitivity.AllianceSensitivity a : s.alliances()) {
      rows.add(List.of(a.alliance().code().toString(), lang.tier(a.tier()),
          a.keepsTier().percent().toPlainString() + "%", a.rankLow() + "–" + a.rankHigh()));
    }
    doc.table(List.of(lang.pick("编号", "Code"), lang.pick("档次", "Tier"),
        lang.pick("保持档次", "Keeps its tier"), lang.pick("排名区间（5%–95%）", "Rank (5th–95th)")),
        rows, false, false, true, true);
    List<List<String>> removal = new ArrayList<>();
    for (Sensitivity.Removal r : s.removals()) {
      removal.add(List.of(r.indicator().id(), lang.pick(r.indicator().chineseName(),
          r.indicator().englishName()), String.valueOf(r.tierChanges())));
    }
    doc.paragraph(lang.pick("逐一去掉一个指标（其余等比放大）时改变档次的联盟数：",
        "Alliances whose tier changes when one indicator is removed (the others rescaled):"));
    doc.table(List.of(lang.pick("指标", "Indicator"), lang.pick("名称", "Name"),
        lang.pick("改变档次", "Tier changes")), removal, false, false, true);
  }

  private static void transitions(Document doc, DiagnosticsFigures d, Lang lang) {
    if (d.transitions().isEmpty()) {
      return;
    }
    Transitions t = d.transitions().get();
    doc.heading(2, lang.pick("诊断：与 " + t.previousYear() + " 年比较",
        "Diagnostics: compared with " + t.previousYear()));
    List<String> header = new ArrayList<>(List.of(t.previousYear() + " \\ " + t.currentYear()));
    Arrays.stream(Tier.values()).forEach(x -> header.add(lang.tier(x)));
    List<List<String>> rows = new ArrayList<>();
    for (Tier from : Tier.values()) {
      List<String> row = new ArrayList<>(List.of(lang.tier(from)));
      for (Tier to : Tier.values()) {
        row.add(String.valueOf(t.count(from, to)));
      }
      rows.add(row);
    }
    doc.table(header, rows, false, true, true, true, true);
    doc.paragraph(lang.pick("两年均参评 " + t.inBoth() + " 家；升档 " + moves(t.movedUp()) + "；降档 "
        + moves(t.movedDown()) + "；新参评 " + codes(t.joined()) + "；未再参评 " + codes(t.left()) + "。",
        t.inBoth() + " took part in both years; moved up: " + moves(t.movedUp()) + "; moved down: "
            + moves(t.movedDown()) + "; joined: " + codes(t.joined()) + "; left: "
            + codes(t.left()) + "."));
  }

  private static String moves(List<Transitions.Move> moves) {
    return moves.isEmpty() ? "—" : moves.stream().map(m -> m.alliance().code() + " (" + m.from()
        + " → " + m.to() + ")").collect(Collectors.joining(", "));
  }

  private static String codes(List<Alliance> alliances) {
    return alliances.isEmpty() ? "—"
        : alliances.stream().map(a -> a.code().toString()).collect(Collectors.joining(", "));
  }

  /** The {@code diagnostics} object of the JSON output. */
  static JsonObject json(DiagnosticsFigures d) {
    JsonObject root = new JsonObject();
    if (d.losses().isPresent()) {
      LossAnalysis loss = d.losses().get();
      JsonArray tiers = new JsonArray();
      for (Tier t : Tier.values()) {
        JsonObject o = new JsonObject();
        o.addProperty("tier", t.name());
        o.addProperty("alliances", loss.alliances(t));
        JsonArray indicators = new JsonArray();
        for (LossAnalysis.IndicatorLoss l : loss.losses(t)) {
          JsonObject i = new JsonObject();
          i.addProperty("id", l.indicator().id());
          i.addProperty("group", l.indicator().group().id());
          i.add("meanLost", Json.points(l.meanLost()));
          i.add("zeroShare", Json.percent(PercentRounding.single(l.zeroShare())));
          indicators.add(i);
        }
        o.add("indicators", indicators);
        tiers.add(o);
      }
      root.add("losses", tiers);
    } else {
      root.add("losses", JsonNull.INSTANCE);
    }
    JsonArray gaps = new JsonArray();
    for (Gaps.Gap g : d.gaps()) {
      JsonObject o = new JsonObject();
      o.addProperty("code", g.participant().code().toString());
      o.addProperty("tier", g.participant().tier().name());
      if (g.next().isPresent()) {
        o.addProperty("next", g.next().get().name());
      } else {
        o.add("next", JsonNull.INSTANCE);
      }
      o.add("pointsNeeded", Json.points(g.pointsNeeded()));
      JsonArray sources = new JsonArray();
      for (Gaps.Source s : g.sources()) {
        JsonObject so = new JsonObject();
        so.addProperty("id", s.indicator().id());
        so.add("available", Json.points(s.available()));
        sources.add(so);
      }
      o.add("sources", sources);
      gaps.add(o);
    }
    root.add("gaps", gaps);
    if (d.sensitivity().isPresent()) {
      Sensitivity s = d.sensitivity().get();
      JsonObject o = new JsonObject();
      o.addProperty("runs", s.runs());
      o.addProperty("seed", s.seed());
      o.add("variation", Json.points(s.variation() * 100));
      JsonArray alliances = new JsonArray();
      for (Sensitivity.AllianceSensitivity a : s.alliances()) {
        JsonObject ao = new JsonObject();
        ao.addProperty("code", a.alliance().code().toString());
        ao.addProperty("tier", a.tier().name());
        ao.add("keepsTier", Json.percent(a.keepsTier().percent()));
        ao.addProperty("rankLow", a.rankLow());
        ao.addProperty("rankHigh", a.rankHigh());
        alliances.add(ao);
      }
      o.add("alliances", alliances);
      JsonArray removals = new JsonArray();
      for (Sensitivity.Removal r : s.removals()) {
        JsonObject ro = new JsonObject();
        ro.addProperty("id", r.indicator().id());
        ro.addProperty("tierChanges", r.tierChanges());
        removals.add(ro);
      }
      o.add("removals", removals);
      root.add("sensitivity", o);
    } else {
      root.add("sensitivity", JsonNull.INSTANCE);
    }
    if (d.transitions().isPresent()) {
      Transitions t = d.transitions().get();
      JsonObject o = new JsonObject();
      o.addProperty("previousYear", t.previousYear());
      o.addProperty("inBoth", t.inBoth());
      JsonObject matrix = new JsonObject();
      for (Tier from : Tier.values()) {
        JsonObject row = new JsonObject();
        for (Tier to : Tier.values()) {
          row.addProperty(to.name(), t.count(from, to));
        }
        matrix.add(from.name(), row);
      }
      o.add("matrix", matrix);
      o.add("movedUp", moveJson(t.movedUp()));
      o.add("movedDown", moveJson(t.movedDown()));
      o.add("joined", codeJson(t.joined()));
      o.add("left", codeJson(t.left()));
      root.add("transitions", o);
    } else {
      root.add("transitions", JsonNull.INSTANCE);
    }
    return root;
  }

  private static JsonArray moveJson(List<Transitions.Move> moves) {
    JsonArray a = new JsonArray();
    for (Transitions.Move m : moves) {
      JsonObject o = new JsonObject();
      o.addProperty("code", m.alliance().code().toString());
      o.addProperty("from", m.from().name());
      o.addProperty("to", m.to().name());
      a.add(o);
    }
    return a;
  }

  private static JsonArray codeJson(List<Alliance> alliances) {
    JsonArray a = new JsonArray();
    alliances.forEach(x -> a.add(x.code().toString()));
    return a;
  }
}
