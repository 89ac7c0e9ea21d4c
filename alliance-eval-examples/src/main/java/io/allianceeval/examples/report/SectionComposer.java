package io.allianceeval.examples.report;

import io.allianceeval.awards.AwardResult;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Batch;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorGroup;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.TierScheme;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections of the published report beyond the figures: 一、前言, 六、总结 and 八、建议 from the
 * office's Markdown, 二、活跃度评价工作的组织 (the indicator system, tiers, period, scope and
 * panel), 五、A 级活跃度联盟评价的情况 with 附件 3, and 附件 1 (the panel). A section whose input
 * is missing is left out, and a sentence says which input would add it.
 */
final class SectionComposer {

  private final ReportFigures f;
  private final Lang lang;
  private final ReportInputs inputs;

  SectionComposer(ReportFigures f, Lang lang, ReportInputs inputs) {
    this.f = f;
    this.lang = lang;
    this.inputs = inputs;
  }

  /** A prose section from the office's Markdown, or the sentence that says how to add it. */
  void prose(Document doc, String key, String zhTitle, String enTitle) {
    doc.heading(2, lang.pick(zhTitle, enTitle));
    String text = inputs.prose().get(key);
    if (text == null) {
      doc.paragraph(lang.pick("（本节为评价办公室的文字：以 --prose 目录中的 " + key + ".md 提供。）",
          "(This section is the office's own words: give them as " + key
              + ".md in the --prose folder.)"));
      return;
    }
    for (String block : text.strip().split("\\R\\s*\\R")) {
      String p = block.strip();
      if (p.startsWith("#")) {
        doc.heading(3, p.replaceFirst("^#+\\s*", ""));
      } else if (!p.isEmpty()) {
        doc.paragraph(p.replaceAll("\\s*\\R\\s*", ""));
      }
    }
  }

  /** 二、活跃度评价工作的组织: the indicator system, the tiers, the period, the scope, the panel. */
  void organisation(Document doc) {
    doc.heading(2, lang.pick("二、活跃度评价工作的组织", "2. How the evaluation was organised"));
    IndicatorSystem system = f.result().indicatorSystem();
    int year = f.year();
    doc.paragraph(lang.pick("评价内容时限为 " + year + " 年 1 月 1 日—12 月 31 日，以联盟动态信息数据库信息为"
        + "主要依据。评价范围为登记参加评价的 " + f.distribution().population() + " 家联盟。",
        "The evaluation covers 1 January to 31 December " + year + ", based mainly on the "
            + "alliance dynamic information database, and the " + f.distribution().population()
            + " alliances registered for it."));
    doc.paragraph(lang.pick("评价指标体系由 " + system.groups().size() + " 个一级指标、"
        + system.indicators().size() + " 个二级指标构成，满分 " + PointsFormat.format(system.total())
        + " 分：", "The indicator system has " + system.groups().size() + " first-level and "
        + system.indicators().size() + " second-level indicators, " + PointsFormat.format(
            system.total()) + " points in all:"));
    List<List<String>> rows = new ArrayList<>();
    for (IndicatorGroup g : system.groups()) {
      for (Indicator i : system.indicators(g)) {
        rows.add(List.of(g.id() + " " + lang.pick(g.chineseName(), g.englishName()) + "（"
            + PointsFormat.format(g.points()) + "）", i.id() + " " + lang.pick(i.chineseName(),
            i.englishName()), PointsFormat.format(i.maxPoints())));
      }
    }
    doc.table(List.of(lang.pick("一级指标", "First-level indicator"),
        lang.pick("二级指标", "Second-level indicator"), lang.pick("分值", "Points")), rows,
        false, false, true);
    TierScheme tiers = f.result().tierScheme();
    StringBuilder sb = new StringBuilder(lang.pick("评价结果分为四档：", "Four tiers: "));
    for (TierScheme.Band b : tiers.bands()) {
      sb.append(lang.tier(b.tier())).append(" ").append(b.min()).append("–").append(b.max())
          .append(lang.pick(" 分；", " points; "));
    }
    sb.setLength(sb.length() - 2);
    sb.append(lang.pick("。总分先四舍五入为整数分再定档。",
        ". A total is rounded half-up to whole points before it is tiered."));
    doc.paragraph(sb.toString());
    if (inputs.panel().isPresent()) {
      doc.paragraph(lang.pick("评价专家组由 " + inputs.panel().get().size() + " 名专家组成（见附件 1），"
          + "按分组初评、集中交叉分组复评、重要差异集体讨论复核会评三个步骤进行，以减少专家评分尺度不一带来的影响；"
          + "专家不评价本人所在的联盟。", "The panel of " + inputs.panel().get().size()
          + " experts (annex 1) scored in three steps — group initial scoring, cross-group "
          + "re-scoring, collective review of significant differences — to reduce the effect of "
          + "experts applying the scale differently; no expert scored his or her own alliance."));
    } else {
      doc.paragraph(lang.pick("（评价专家组：以 --panel 文件提供。）",
          "(The panel: give it with --panel FILE.)"));
    }
  }

  /** 五、A 级活跃度联盟评价的情况. */
  void award(Document doc) {
    doc.heading(2, lang.pick("五、A 级活跃度联盟评价的情况", "5. The A-level alliances"));
    if (inputs.award().isEmpty()) {
      doc.paragraph(lang.pick("（需要连续三年的评价结果：以 awards 命令的 --history 文件计算。）",
          "(This needs three consecutive years of results: see the awards command and its "
              + "--history files.)"));
      return;
    }
    AwardResult a = inputs.award().get();
    StringBuilder sb = new StringBuilder();
    int[] byBatch = new int[Batch.values().length];
    a.awarded().forEach(x -> byBatch[x.batch().ordinal()]++);
    sb.append(lang.pick("对 " + (a.year() - 2) + "、" + (a.year() - 1) + "、" + a.year()
        + " 三年评价结果进行综合分析，有 " + a.awarded().size() + " 家联盟连续三年保持高活跃度，评为 A 级"
        + "活跃度联盟（见附件 3）。其中，第一批试点联盟 " + byBatch[0] + " 家、第二批试点联盟 " + byBatch[1]
        + " 家、第三批试点联盟 " + byBatch[2] + " 家" + (byBatch[3] > 0 ? "、协发网网员联盟 " + byBatch[3]
            + " 家" : "") + "。", a.awarded().size() + " alliances were HIGH in each of "
        + (a.year() - 2) + "–" + a.year() + " and are A-level (annex 3): " + byBatch[0]
        + " of the first batch, " + byBatch[1] + " of the second, " + byBatch[2]
        + " of the third" + (byBatch[3] > 0 ? ", " + byBatch[3] + " network members" : "")
        + "."));
    if (a.comparesWithYearBefore()) {
      sb.append(lang.pick("新增" + names(a.newlyAwarded()) + "。", " Newly awarded: "
          + names(a.newlyAwarded()) + "."));
      for (AwardResult.Dropped d : a.dropped()) {
        sb.append(lang.pick(d.alliance().name() + "（" + d.alliance().code() + "）" + d.brokenBy()
            .year() + " 年" + d.brokenBy().tier().map(lang::tier).orElse("未参评")
            + d.brokenBy().score().stream().mapToObj(s -> "（" + PointsFormat.format(s) + " 分）")
                .findFirst().orElse("") + "，不再列入。", " " + d.alliance().name() + " ("
            + d.alliance().code() + ") dropped off: " + d.brokenBy().tier().map(lang::tier)
                .orElse("did not take part") + " in " + d.brokenBy().year()
            + d.brokenBy().score().stream().mapToObj(s -> " (" + PointsFormat.format(s) + ")")
                .findFirst().orElse("") + "."));
      }
    }
    doc.paragraph(sb.toString());
    if (inputs.awardIsReconstructed()) {
      doc.paragraph(lang.pick("注：" + (a.year() - 3) + "–" + (a.year() - 1) + " 年的等级并非公布的表格，"
          + "而是根据报告的表述重建。", "Note: the tiers of " + (a.year() - 3) + "–"
          + (a.year() - 1) + " are not a published table but reconstructed from the report's "
          + "statements."));
    }
  }

  private String names(List<Alliance> alliances) {
    return String.join(lang.pick("、", ", "), alliances.stream()
        .map(a -> a.name() + lang.pick("（" + a.code() + "）", " (" + a.code() + ")")).toList());
  }

  /** 附件 1: the panel. */
  void annex1(Document doc) {
    if (inputs.panel().isPresent()) {
      doc.heading(2, lang.pick("附件 1：评价专家组名单", "Annex 1: the panel"));
      doc.table(List.of(lang.pick("职务", "Role"), lang.pick("姓名", "Name"),
          lang.pick("单位", "Organisation"), lang.pick("职务职称", "Title")),
          inputs.panel().get());
    }
  }

  /** 附件 3: the A-level list. */
  void annex3(Document doc) {
    if (inputs.award().isPresent()) {
      AwardResult a = inputs.award().get();
      doc.heading(2, lang.pick("附件 3：A 级活跃度产业技术创新战略联盟名单（" + (a.year() - 2) + "—"
          + a.year() + " 连续三年活跃度高）", "Annex 3: the A-level alliances (" + (a.year() - 2)
          + "–" + a.year() + ")"));
      List<List<String>> rows = new ArrayList<>();
      int n = 1;
      for (Alliance x : a.awarded()) {
        rows.add(List.of(String.valueOf(n++), x.name(), x.code().toString()));
      }
      doc.table(List.of(lang.pick("序号", "No."), lang.pick("联盟名称", "Alliance"),
          lang.pick("批次", "Code")), rows, true, false, false);
    }
  }
}
