package io.allianceeval.examples.report;

import io.allianceeval.awards.AwardResult;
import io.allianceeval.examples.report.Document.Column;
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
final class InputSections {

  private final ReportModel f;
  private final Lang lang;
  private final ReportInputs inputs;

  InputSections(ReportModel f, Lang lang, ReportInputs inputs) {
    this.f = f;
    this.lang = lang;
    this.inputs = inputs;
  }

  /**
   * A prose section ({@code preface}, {@code summary} or {@code recommendations}) from the
   * office's Markdown, or the sentence that says how to add it.
   */
  void prose(Document doc, String key) {
    doc.heading(2, lang.text("section." + key));
    String text = inputs.prose().get(key);
    if (text == null) {
      doc.paragraph(lang.text("prose.missing", key));
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
    doc.heading(2, lang.text("section.organisation"));
    IndicatorSystem system = f.result().indicatorSystem();
    int year = f.year();
    var period = inputs.period(year);
    doc.paragraph(lang.text("organisation.period", lang.period(period.start(), period.end()),
        f.totals().population()));
    doc.paragraph(lang.text("organisation.system", system.groups().size(),
        system.indicators().size(), system.total().toString()));
    List<List<String>> rows = new ArrayList<>();
    for (IndicatorGroup g : system.groups()) {
      for (Indicator i : system.indicators(g)) {
        rows.add(List.of(g.id() + " " + lang.pick(g.chineseName(), g.englishName()) + "（"
            + g.points().toString() + "）", i.id() + " " + lang.pick(i.chineseName(),
            i.englishName()), i.maxPoints().toString()));
      }
    }
    doc.table(List.of(Column.text(lang.text("col.firstLevel")),
        Column.text(lang.text("col.secondLevel")), Column.number(lang.text("col.points"))), rows);
    TierScheme tiers = f.result().tierScheme();
    List<String> bands = new ArrayList<>();
    for (TierScheme.Band b : tiers.bands()) {
      bands.add(lang.text("organisation.band", lang.tier(b.tier()), b.min(), b.max()));
    }
    doc.paragraph(lang.text("organisation.tiers", String.join(lang.text("sep.clause"), bands)));
    if (inputs.panel().isPresent()) {
      doc.paragraph(lang.text("organisation.panel", inputs.panel().get().size()));
    } else {
      doc.paragraph(lang.text("organisation.panel.missing"));
    }
  }

  /** 五、A 级活跃度联盟评价的情况. */
  void award(Document doc) {
    doc.heading(2, lang.text("section.award"));
    if (inputs.award().isEmpty()) {
      doc.paragraph(lang.text("award.need.history"));
      return;
    }
    AwardResult a = inputs.award().get();
    StringBuilder sb = new StringBuilder();
    int[] byBatch = new int[Batch.values().length];
    a.awarded().forEach(x -> byBatch[x.batch().ordinal()]++);
    sb.append(lang.text("award.summary", a.year() - 2, a.year() - 1, a.year(),
        a.awarded().size(), byBatch[0], byBatch[1], byBatch[2],
        byBatch[3] > 0 ? lang.text("award.network", byBatch[3]) : ""));
    if (a.comparesWithYearBefore()) {
      sb.append(lang.text("award.newly", names(a.newlyAwarded())));
      for (AwardResult.Dropped d : a.dropped()) {
        sb.append(lang.text("award.dropped", d.alliance().name(), d.alliance().code(),
            d.brokenBy().year(),
            d.brokenBy().tier().map(lang::tier).orElse(lang.text("award.dropped.absent")),
            d.brokenBy().score().stream()
                .map(s -> lang.text("award.dropped.score", s.toString()))
                .findFirst().orElse("")));
      }
    }
    doc.paragraph(sb.toString());
    if (inputs.awardIsReconstructed()) {
      doc.paragraph(lang.text("award.reconstructed", a.year() - 3, a.year() - 1));
    }
  }

  private String names(List<Alliance> alliances) {
    return String.join(lang.text("sep.name"), alliances.stream()
        .map(a -> lang.text("name.withCode", a.name(), a.code())).toList());
  }

  /** 附件 1: the panel. */
  void annex1(Document doc) {
    if (inputs.panel().isPresent()) {
      doc.heading(2, lang.text("annex1.title"));
      doc.table(List.of(Column.text(lang.text("col.role")), Column.text(lang.text("col.person")),
          Column.text(lang.text("col.organisation")), Column.text(lang.text("col.title"))),
          inputs.panel().get());
    }
  }

  /** 附件 3: the A-level list. */
  void annex3(Document doc) {
    if (inputs.award().isPresent()) {
      AwardResult a = inputs.award().get();
      doc.heading(2, lang.text("annex3.title", a.year() - 2, a.year()));
      List<List<String>> rows = new ArrayList<>();
      int n = 1;
      for (Alliance x : a.awarded()) {
        rows.add(List.of(String.valueOf(n++), x.name(), x.code().toString()));
      }
      doc.table(List.of(Column.number(lang.text("col.no")), Column.text(lang.text("col.alliance")),
          Column.text(lang.text("col.annex3.code"))), rows);
    }
  }
}
