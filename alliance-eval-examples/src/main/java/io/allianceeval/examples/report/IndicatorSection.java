package io.allianceeval.examples.report;

import io.allianceeval.evaluation.Participant;
import io.allianceeval.examples.report.Document.Column;
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
 * 四、从各项指标来看: for a result scored from records, the mean points lost by indicator and tier in
 * the report's three groups, and every alliance's points; otherwise what would add it.
 */
final class IndicatorSection implements Section {

  private final ReportModel f;
  private final Lang lang;

  IndicatorSection(ReportModel f, Lang lang) {
    this.f = f;
    this.lang = lang;
  }

  @Override
  public void compose(Document doc) {
    doc.heading(2, lang.text("section.indicators"));
    if (f.result().scoredFromRecords()) {
      lossesByGroup(doc);
      indicatorTable(doc, f.result().indicatorSystem());
    } else {
      doc.paragraph(lang.text("indicators.need.records"));
    }
  }

  /**
   * The points lost by indicator and tier, in the report's three groups: the mean points each
   * tier's alliances lost on each indicator.
   */
  private void lossesByGroup(Document doc) {
    Map<Indicator, Map<Tier, BigDecimal>> meanLost = f.meanLost().orElseThrow();
    List<Tier> tiers = List.copyOf(meanLost.values().iterator().next().keySet());
    for (IndicatorGroup g : f.result().indicatorSystem().groups()) {
      doc.heading(3, lang.text("indicators.group",
          "一二三四五六七八九".charAt(Math.min(8, f.result().indicatorSystem().groups().indexOf(g))),
          lang.pick(g.chineseName(), g.englishName()), g.points().toString()));
      List<Column> columns = new ArrayList<>(List.of(Column.text(lang.text("col.indicator")),
          Column.number(lang.text("col.max"))));
      tiers.forEach(t -> columns.add(Column.number(lang.text("col.meanLost", lang.tier(t)))));
      List<List<String>> rows = new ArrayList<>();
      for (Indicator i : f.result().indicatorSystem().indicators(g)) {
        List<String> row = new ArrayList<>(List.of(i.id() + " " + lang.pick(i.chineseName(),
            i.englishName()), i.maxPoints().toString()));
        for (Tier t : tiers) {
          row.add(meanLost.get(i).get(t).toPlainString());
        }
        rows.add(row);
      }
      doc.table(columns, rows);
    }
  }

  private void indicatorTable(Document doc, IndicatorSystem system) {
    doc.heading(3, lang.text("indicators.points"));
    List<Column> columns = new ArrayList<>(List.of(Column.text(lang.text("col.code"))));
    for (Indicator i : system.indicators()) {
      columns.add(Column.number(i.id()));
    }
    columns.add(Column.number(lang.text("col.total")));
    List<List<String>> rows = new ArrayList<>();
    for (Participant p : f.result().participants()) {
      Scorecard card = p.scorecard().get();
      List<String> row = new ArrayList<>(List.of(p.code().toString()));
      for (Indicator i : system.indicators()) {
        row.add(card.points(i.id()).toString());
      }
      row.add(card.total().toString());
      rows.add(row);
    }
    List<String> max = new ArrayList<>(List.of(lang.text("col.max")));
    for (Indicator i : system.indicators()) {
      max.add(i.maxPoints().toString());
    }
    max.add(system.total().toString());
    rows.add(max);
    doc.table(columns, rows);
    List<List<String>> legend = new ArrayList<>();
    for (Indicator i : system.indicators()) {
      legend.add(List.of(i.id(), lang.pick(i.chineseName(), i.englishName()),
          i.maxPoints().toString(), system.policy(i.id()).toString()));
    }
    doc.table(List.of(Column.text(lang.text("col.indicator")), Column.text(lang.text("col.name")),
        Column.number(lang.text("col.max")), Column.text(lang.text("col.rule"))), legend);
  }
}
