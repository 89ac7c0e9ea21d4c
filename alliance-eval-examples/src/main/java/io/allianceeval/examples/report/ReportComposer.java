package io.allianceeval.examples.report;

import io.allianceeval.evaluation.NonParticipant;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorGroup;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays out the figures the way section 三 of the report does — overall figures, each tier with its
 * batch breakdown, the score table grouped by tier — in Chinese or English. For a scored result it
 * adds the group subtotals, the indicator points and the alliances not evaluated.
 */
final class ReportComposer {

  private final ReportFigures f;
  private final Lang lang;
  private final ReportInputs inputs;

  private ReportComposer(ReportFigures f, Lang lang, ReportInputs inputs) {
    this.f = f;
    this.lang = lang;
    this.inputs = inputs;
  }

  static String title(ReportFigures f, Lang lang) {
    return lang.pick(f.year() + " 年度产业技术创新战略联盟活跃度评价",
        "Activity evaluation of industrial technology innovation strategic alliances, " + f.year());
  }

  /**
   * The sentence that names the model the result rests on: "按 2019 标准指标体系评分（满分 100 分）。" /
   * "Scored with the standard 2019 indicator system (full marks 100)."
   */
  static String basis(io.allianceeval.evaluation.EvaluationResult result, Lang lang) {
    var system = result.indicatorSystem();
    String full = PointsFormat.format(system.total());
    boolean standard = system == io.allianceeval.scoring.IndicatorSystem.standard2019();
    String zhModel = standard ? " 2019 标准指标体系" : "指标体系“" + system.name() + "”";
    String enModel = standard ? "the standard 2019 indicator system"
        : "the indicator system '" + system.name() + "'";
    return result.scoredFromRecords()
        ? lang.pick("按" + zhModel + "评分（满分 " + full + " 分）。",
            "Scored with " + enModel + " (full marks " + full + ").")
        : lang.pick("评分取自公布的评分表，依据" + zhModel + "（满分 " + full + " 分）。",
            "Scores as published, on " + enModel + " (full marks " + full + ").");
  }

  static Document compose(ReportFigures f, Lang lang, boolean charts, List<String> notes,
      java.util.Optional<DiagnosticsFigures> diagnostics) {
    return compose(f, lang, charts, notes, diagnostics, ReportInputs.none());
  }

  /**
   * The report as the 2019 report numbers it: 一、前言, 二、组织, 三、分析 (with the charts),
   * 四、各项指标, 五、A 级, 六、总结, 七、未参评, 八、建议, then the diagnostics, 附件 1–3 and the notes.
   */
  static Document compose(ReportFigures f, Lang lang, boolean charts, List<String> notes,
      java.util.Optional<DiagnosticsFigures> diagnostics, ReportInputs inputs) {
    return new ReportComposer(f, lang, inputs).document(charts, notes, diagnostics);
  }

  private Document document(boolean withCharts, List<String> notes,
      java.util.Optional<DiagnosticsFigures> diagnostics) {
    Document doc = new Document();
    doc.heading(1, title(f, lang));
    doc.paragraph(basis(f.result(), lang));
    SectionComposer sections = new SectionComposer(f, lang, inputs);
    sections.prose(doc, "preface", "一、前言", "1. Preface");
    sections.organisation(doc);
    doc.heading(2, lang.pick("三、联盟活跃度情况分析", "3. Analysis of the alliances' activity"));
    overall(doc);
    if (withCharts) {
      charts(doc);
    }
    tiers(doc);
    doc.heading(2, lang.pick("四、从各项指标来看", "4. By indicator"));
    if (f.result().scoredFromRecords()) {
      lossesByGroup(doc);
      indicatorTable(doc, f.result().indicatorSystem());
    } else {
      doc.paragraph(lang.pick("（各项指标的得分需要活动记录：以 score 命令的 --records 文件计算。）",
          "(Indicator points need activity records: see the score command and --records.)"));
    }
    sections.award(doc);
    sections.prose(doc, "summary", "六、总结", "6. Summary");
    nonParticipants(doc);
    sections.prose(doc, "recommendations", "八、建议", "8. Recommendations");
    diagnostics.ifPresent(d -> DiagnosticsComposer.sections(doc, d, lang, withCharts));
    sections.annex1(doc);
    scoreTable(doc);
    sections.annex3(doc);
    doc.heading(2, lang.pick("说明", "Notes"));
    doc.paragraph(lang.pick(
        "百分比保留两位小数，" + (f.rounding() == PercentRounding.HALF_UP
            ? "各项分别四舍五入。"
            : "构成整体的各组比例按最大余数法分配，使每组合计为 100.00%。"),
        "Percentages have two decimals, " + (f.rounding() == PercentRounding.HALF_UP
            ? "each rounded half-up on its own."
            : "apportioned by largest remainder within each set that makes a whole, so that "
                + "each set sums to 100.00%.")));
    notes.forEach(doc::paragraph);
    return doc;
  }

  /**
   * The report's charts: participants by tier, all alliances by tier, tiers by batch, for each
   * pilot batch its distribution and the shares of its tiers, and for each tier its pilots by
   * batch — 13 for 2019 (the report's 12 and the overview by batch).
   */
  private void charts(Document doc) {
    Charts charts = Charts.forLang(lang);
    var d = f.distribution();
    doc.chart(lang.pick("参评联盟中四档各占比例", "Tiers among participants"),
        charts.tiersOfParticipants(f));
    doc.chart(lang.pick("联盟总体情况分布比例", "Tiers and non-participants among all alliances"),
        charts.tiersOfPopulation(f));
    doc.chart(lang.pick("各批次联盟活跃度分布", "Tiers by batch"), charts.tiersByBatch(f));
    for (Batch b : List.of(Batch.FIRST, Batch.SECOND, Batch.THIRD)) {
      if (d.participants(b) == 0) {
        continue;
      }
      doc.chart(lang.batch(b) + lang.pick("活跃度分布", ": tiers"), charts.batchDistribution(f, b));
      List<io.allianceeval.statistics.Share> shares = java.util.Arrays.stream(Tier.values())
          .map(t -> d.ofBatchParticipants(t, b)).toList();
      doc.chart(lang.batch(b) + lang.pick("各档占比", ": shares of tiers"),
          charts.batchShares(f, b, f.rounding().ofSet(shares)));
    }
    for (Tier t : Tier.values()) {
      int pilots = d.count(java.util.EnumSet.of(t),
          io.allianceeval.statistics.Distribution.BatchScope.PILOTS);
      if (pilots == 0) {
        continue;
      }
      List<BigDecimal> percents = new java.util.ArrayList<>(f.rounding().ofSet(
          d.batchesOfTier(t, io.allianceeval.statistics.Distribution.BatchScope.PILOTS)));
      doc.chart(lang.pick(lang.tier(t) + "的试点联盟三批各占比", lang.tier(t) + " pilots by batch"),
          charts.tierPilotsByBatch(f, t, percents, pilots));
    }
  }

  /**
   * The points lost by indicator and tier, in the report's three groups: the mean points each
   * tier's alliances lost on each indicator.
   */
  private void lossesByGroup(Document doc) {
    io.allianceeval.diagnostics.LossAnalysis loss =
        io.allianceeval.diagnostics.LossAnalysis.of(f.result());
    List<Tier> tiers = java.util.Arrays.stream(Tier.values())
        .filter(t -> loss.alliances(t) > 0).toList();
    for (IndicatorGroup g : f.result().indicatorSystem().groups()) {
      doc.heading(3, lang.pick("（" + "一二三四五六七八九".charAt(Math.min(8,
          f.result().indicatorSystem().groups().indexOf(g))) + "）" + g.chineseName() + "（"
          + PointsFormat.format(g.points()) + " 分）", g.englishName() + " ("
          + PointsFormat.format(g.points()) + " points)"));
      List<String> header = new ArrayList<>(List.of(lang.pick("指标", "Indicator"),
          lang.pick("满分", "Max")));
      tiers.forEach(t -> header.add(lang.tier(t) + lang.pick("平均失分", ": mean lost")));
      List<List<String>> rows = new ArrayList<>();
      for (Indicator i : f.result().indicatorSystem().indicators(g)) {
        List<String> row = new ArrayList<>(List.of(i.id() + " " + lang.pick(i.chineseName(),
            i.englishName()), PointsFormat.format(i.maxPoints())));
        for (Tier t : tiers) {
          double lost = loss.losses(t, g).stream().filter(l -> l.indicator().equals(i))
              .findFirst().orElseThrow().meanLost();
          row.add(new BigDecimal(lost).setScale(2, java.math.RoundingMode.HALF_UP)
              .toPlainString());
        }
        rows.add(row);
      }
      boolean[] numeric = new boolean[header.size()];
      java.util.Arrays.fill(numeric, 1, numeric.length, true);
      doc.table(header, rows, numeric);
    }
  }

  private String pct(BigDecimal p) {
    return p == null ? "—" : p.toPlainString() + "%";
  }

  private String n(int count) {
    return lang.pick(count + " 家", String.valueOf(count));
  }

  private void overall(Document doc) {
    var d = f.distribution();
    doc.heading(3, lang.pick("（一）总体情况", "Overall"));
    StringBuilder sb = new StringBuilder();
    if (lang == Lang.ZH) {
      sb.append("参评联盟共计 ").append(d.participants()).append(" 家，未参评联盟 ")
          .append(d.nonParticipants()).append(" 家，未参评联盟占联盟总数 ")
          .append(pct(f.nonParticipantsOfPopulation())).append("。其中");
      for (Batch b : Batch.values()) {
        sb.append(b.ordinal() == 0 ? "" : "；").append(lang.batch(b)).append("参评 ")
            .append(d.participants(b)).append(" 家，未参评 ").append(d.nonParticipants(b))
            .append(" 家");
      }
      sb.append("。");
    } else {
      sb.append(d.participants()).append(" alliances took part and ").append(d.nonParticipants())
          .append(" did not; those not evaluated are ")
          .append(pct(f.nonParticipantsOfPopulation())).append(" of all ")
          .append(d.population()).append(" alliances. By batch: ");
      for (Batch b : Batch.values()) {
        sb.append(b.ordinal() == 0 ? "" : "; ").append(lang.batchShort(b)).append(' ')
            .append(d.participants(b)).append(" took part, ").append(d.nonParticipants(b))
            .append(" did not");
      }
      sb.append('.');
    }
    doc.paragraph(sb.toString());

    sb = new StringBuilder();
    int active = d.count(java.util.EnumSet.of(Tier.HIGH, Tier.FAIRLY_HIGH));
    if (lang == Lang.ZH) {
      sb.append("评价结果显示，活跃度高和较高的联盟有 ").append(active).append(" 家，达到参评联盟的 ")
          .append(pct(f.activeOfParticipants())).append("，占联盟总数的 ")
          .append(pct(f.activeOfPopulation())).append("。其中，");
      for (Tier t : Tier.values()) {
        var tf = f.tier(t);
        sb.append(t.ordinal() == 0 ? "" : "；").append(t.chineseLabel()).append("的联盟共 ")
            .append(tf.count()).append(" 家，占参评联盟的 ").append(pct(tf.ofParticipants()))
            .append("、占联盟总数的 ").append(pct(tf.ofPopulation()));
      }
      sb.append("。");
    } else {
      sb.append(active).append(" alliances are high or fairly high: ")
          .append(pct(f.activeOfParticipants())).append(" of participants, ")
          .append(pct(f.activeOfPopulation())).append(" of all alliances. ");
      for (Tier t : Tier.values()) {
        var tf = f.tier(t);
        sb.append(t.ordinal() == 0 ? "" : "; ").append(lang.tier(t)).append(": ")
            .append(tf.count()).append(", ").append(pct(tf.ofParticipants()))
            .append(" of participants, ").append(pct(tf.ofPopulation())).append(" of all");
      }
      sb.append('.');
    }
    doc.paragraph(sb.toString());

    List<String> header = new ArrayList<>(List.of(lang.pick("批次", "Batch"),
        lang.pick("联盟数", "Alliances"), lang.pick("参评", "Took part"),
        lang.pick("未参评", "Did not")));
    for (Tier t : Tier.values()) {
      header.add(lang.tier(t));
    }
    List<List<String>> rows = new ArrayList<>();
    for (Batch b : Batch.values()) {
      var bf = f.batch(b);
      List<String> row = new ArrayList<>(List.of(lang.batchShort(b),
          String.valueOf(bf.population()), String.valueOf(bf.participants()),
          String.valueOf(bf.nonParticipants())));
      for (Tier t : Tier.values()) {
        row.add(String.valueOf(f.tier(t).byBatch().get(b)));
      }
      rows.add(row);
    }
    List<String> total = new ArrayList<>(List.of(lang.pick("合计", "Total"),
        String.valueOf(d.population()), String.valueOf(d.participants()),
        String.valueOf(d.nonParticipants())));
    for (Tier t : Tier.values()) {
      total.add(String.valueOf(f.tier(t).count()));
    }
    rows.add(total);
    doc.table(header, rows, false, true, true, true, true, true, true, true);
  }

  private void tiers(Document doc) {
    doc.heading(3, lang.pick("（二）各档联盟情况", "The tiers"));
    for (Tier t : Tier.values()) {
      var tf = f.tier(t);
      String band = tf.band().map(b -> lang.pick("（" + b.min() + "–" + b.max() + " 分）",
          " (" + b.min() + "–" + b.max() + " points)")).orElse("");
      doc.heading(4, lang.tier(t) + band);
      StringBuilder sb = new StringBuilder();
      if (lang == Lang.ZH) {
        sb.append(t.chineseLabel()).append("的联盟共 ").append(tf.count()).append(" 家，占参评联盟的 ")
            .append(pct(tf.ofParticipants())).append("，占联盟总数的 ")
            .append(pct(tf.ofPopulation())).append("。");
        for (Batch b : Batch.values()) {
          if (!b.isPilot()) {
            continue;
          }
          sb.append(t.chineseLabel()).append("的联盟中").append(lang.batchShort(b)).append(" ")
              .append(tf.byBatch().get(b)).append(" 家，占").append(t.chineseLabel())
              .append("的试点联盟的 ").append(pct(tf.ofTierPilots().get(b))).append("，占")
              .append(b.chineseLabel().replace("试点", "")).append(" ")
              .append(f.batch(b).population()).append(" 个试点联盟总数的 ")
              .append(pct(tf.ofBatchPopulation().get(b))).append("。");
        }
        sb.append(t.chineseLabel()).append("的联盟中，协发网网员联盟有 ")
            .append(tf.byBatch().get(Batch.NETWORK)).append(" 家，占").append(t.chineseLabel())
            .append("的联盟的 ").append(pct(tf.networkOfTier())).append("，占参评联盟的 ")
            .append(pct(tf.networkOfParticipants())).append("，占联盟总数的 ")
            .append(pct(tf.networkOfPopulation())).append("。");
      } else {
        sb.append(tf.count()).append(" alliances: ").append(pct(tf.ofParticipants()))
            .append(" of participants, ").append(pct(tf.ofPopulation())).append(" of all. ");
        for (Batch b : Batch.values()) {
          if (!b.isPilot()) {
            continue;
          }
          sb.append(capital(lang.batchShort(b))).append(": ").append(tf.byBatch().get(b))
              .append(", ").append(pct(tf.ofTierPilots().get(b))).append(" of the ")
              .append(tf.pilots()).append(" pilots of this tier and ")
              .append(pct(tf.ofBatchPopulation().get(b))).append(" of the batch's ")
              .append(f.batch(b).population()).append(" pilots. ");
        }
        sb.append("Network members: ").append(tf.byBatch().get(Batch.NETWORK)).append(", ")
            .append(pct(tf.networkOfTier())).append(" of the tier, ")
            .append(pct(tf.networkOfParticipants())).append(" of participants, ")
            .append(pct(tf.networkOfPopulation())).append(" of all.");
      }
      doc.paragraph(sb.toString());
      if (t == Tier.HIGH) {
        Map<Batch, Integer> full = f.fullMarksByBatch();
        int total = full.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder fm = new StringBuilder();
        String max = PointsFormat.format(f.result().indicatorSystem().total()); // full marks
        if (lang == Lang.ZH) {
          fm.append(max).append(" 分联盟共有 ").append(total).append(" 家：");
          for (Batch b : Batch.values()) {
            fm.append(b.ordinal() == 0 ? "" : "，").append(lang.batchShort(b)).append(" ")
                .append(full.get(b)).append(" 家");
          }
          fm.append("。");
        } else {
          fm.append(total).append(" alliances have full marks (").append(max).append("): ");
          for (Batch b : Batch.values()) {
            fm.append(b.ordinal() == 0 ? "" : ", ").append(lang.batchShort(b)).append(' ')
                .append(full.get(b));
          }
          fm.append('.');
        }
        doc.paragraph(fm.toString());
      }
    }
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private void scoreTable(Document doc) {
    doc.heading(2, lang.pick("附件 2：" + f.year() + " 年度产业技术创新战略联盟活跃度评分表",
        "Annex 2: scores, " + f.year()));
    boolean scored = f.result().scoredFromRecords();
    IndicatorSystem system = scored ? f.result().indicatorSystem() : null;
    for (Tier t : Tier.values()) {
      List<Participant> ps = f.result().participants(t);
      if (ps.isEmpty()) {
        continue;
      }
      doc.heading(3, lang.tier(t) + lang.pick("（" + ps.size() + " 家）", " (" + ps.size() + ")"));
      List<String> header = new ArrayList<>(List.of(lang.pick("排名", "Rank"),
          lang.pick("编号", "Code"), lang.pick("联盟名称", "Alliance"), lang.pick("批次", "Batch"),
          lang.pick("分值", "Score")));
      if (scored) {
        for (IndicatorGroup g : system.groups()) {
          header.add(g.id() + " " + lang.pick(g.chineseName(), g.englishName()));
        }
      }
      List<List<String>> rows = new ArrayList<>();
      for (Participant p : ps) {
        List<String> row = new ArrayList<>(List.of(
            p.rank().isPresent() ? String.valueOf(p.rank().getAsInt()) : "—",
            p.code().toString(), p.alliance().name(), lang.batchShort(p.batch()),
            p.total().isPresent() ? PointsFormat.format(p.total().getAsDouble()) : "—"));
        if (scored) {
          Scorecard card = p.scorecard().get();
          for (IndicatorGroup g : system.groups()) {
            row.add(PointsFormat.format(card.subtotal(g.id())));
          }
        }
        rows.add(row);
      }
      boolean[] numeric = new boolean[header.size()];
      numeric[0] = true;
      for (int i = 4; i < numeric.length; i++) {
        numeric[i] = true;
      }
      doc.table(header, rows, numeric);
    }
  }

  private void indicatorTable(Document doc, IndicatorSystem system) {
    doc.heading(3, lang.pick("各联盟各项指标得分", "Indicator points of each alliance"));
    List<String> header = new ArrayList<>(List.of(lang.pick("编号", "Code")));
    for (Indicator i : system.indicators()) {
      header.add(i.id());
    }
    header.add(lang.pick("合计", "Total"));
    List<List<String>> rows = new ArrayList<>();
    for (Participant p : f.result().participants()) {
      Scorecard card = p.scorecard().get();
      List<String> row = new ArrayList<>(List.of(p.code().toString()));
      for (Indicator i : system.indicators()) {
        row.add(PointsFormat.format(card.points(i.id())));
      }
      row.add(PointsFormat.format(card.total()));
      rows.add(row);
    }
    List<String> max = new ArrayList<>(List.of(lang.pick("满分", "Max")));
    for (Indicator i : system.indicators()) {
      max.add(PointsFormat.format(i.maxPoints()));
    }
    max.add(PointsFormat.format(system.total()));
    rows.add(max);
    boolean[] numeric = new boolean[header.size()];
    java.util.Arrays.fill(numeric, true);
    numeric[0] = false;
    doc.table(header, rows, numeric);
    List<List<String>> legend = new ArrayList<>();
    for (Indicator i : system.indicators()) {
      legend.add(List.of(i.id(), lang.pick(i.chineseName(), i.englishName()),
          PointsFormat.format(i.maxPoints()), system.policy(i.id()).toString()));
    }
    doc.table(List.of(lang.pick("指标", "Indicator"), lang.pick("名称", "Name"),
        lang.pick("满分", "Max"), lang.pick("评分规则", "Rule")), legend, false, false, true, false);
  }

  private void nonParticipants(Document doc) {
    doc.heading(2, lang.pick("七、未参与活跃度评价的联盟情况", "7. Alliances not evaluated"));
    var d = f.distribution();
    StringBuilder sb = new StringBuilder(lang.pick("未参评联盟共 " + d.nonParticipants() + " 家：",
        d.nonParticipants() + " alliances were not evaluated: "));
    for (Batch b : Batch.values()) {
      sb.append(b.ordinal() == 0 ? "" : lang.pick("，", ", ")).append(lang.batchShort(b))
          .append(" ").append(d.nonParticipants(b)).append(lang.pick(" 家", ""));
    }
    sb.append(lang.pick("。", "."));
    doc.paragraph(sb.toString());
    List<NonParticipant> named = f.result().nonParticipants();
    if (named.isEmpty()) {
      doc.paragraph(lang.pick("（未参评联盟的名单需要联盟名册：以 --roster 文件提供。）",
          "(Their names need the roster: give it with --roster FILE.)"));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (NonParticipant np : named) {
      rows.add(List.of(np.code().toString(), np.alliance().name(), lang.batchShort(
          np.alliance().batch()), np.reason() == NonParticipant.Reason.NO_RECORD
              ? lang.pick("无记录", "no record") : np.explanation()));
    }
    doc.table(List.of(lang.pick("编号", "Code"), lang.pick("联盟名称", "Alliance"),
        lang.pick("批次", "Batch"), lang.pick("原因", "Reason")), rows);
  }
}
