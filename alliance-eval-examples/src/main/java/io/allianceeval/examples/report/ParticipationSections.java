package io.allianceeval.examples.report;

import io.allianceeval.evaluation.NonParticipant;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.examples.report.Document.Column;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.IndicatorGroup;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Scorecard;
import java.util.ArrayList;
import java.util.List;

/**
 * The alliances themselves: 七、未参与活跃度评价的联盟情况 (who did not take part, and why) and 附件 2
 * (every participant's score, by tier).
 */
final class ParticipationSections {

  private final ReportModel f;
  private final Lang lang;

  ParticipationSections(ReportModel f, Lang lang) {
    this.f = f;
    this.lang = lang;
  }

  /** 附件 2: the participants of each tier in result order, with their ranks and scores. */
  void scoreTable(Document doc) {
    doc.heading(2, lang.text("annex2.title", f.year()));
    boolean scored = f.result().scoredFromRecords();
    IndicatorSystem system = scored ? f.result().indicatorSystem() : null;
    for (Tier t : Tier.values()) {
      List<Participant> ps = f.result().participants(t);
      if (ps.isEmpty()) {
        continue;
      }
      doc.heading(3, lang.text("annex2.tier", lang.tier(t), ps.size()));
      List<Column> columns = new ArrayList<>(List.of(Column.number(lang.text("col.rank")),
          Column.text(lang.text("col.code")), Column.text(lang.text("col.alliance")),
          Column.text(lang.text("col.batch")), Column.number(lang.text("col.score"))));
      if (scored) {
        for (IndicatorGroup g : system.groups()) {
          columns.add(Column.number(g.id() + " " + lang.pick(g.chineseName(),
              g.englishName())));
        }
      }
      List<List<String>> rows = new ArrayList<>();
      for (Participant p : ps) {
        List<String> row = new ArrayList<>(List.of(
            p.rank().isPresent() ? String.valueOf(p.rank().getAsInt()) : "—",
            p.code().toString(), p.alliance().name(), lang.batchShort(p.batch()),
            p.total().isPresent() ? p.total().get().toString() : "—"));
        if (scored) {
          Scorecard card = p.scorecard().get();
          for (IndicatorGroup g : system.groups()) {
            row.add(card.subtotal(g.id()).toString());
          }
        }
        rows.add(row);
      }
      doc.table(columns, rows);
    }
  }

  /** 七: the alliances that did not take part, by batch, and each one's reason. */
  void nonParticipants(Document doc) {
    doc.heading(2, lang.text("section.nonParticipants"));
    List<String> byBatch = new ArrayList<>();
    for (Batch b : Batch.values()) {
      byBatch.add(lang.text("nonParticipants.batch", lang.batchShort(b),
          f.batch(b).nonParticipants()));
    }
    doc.paragraph(lang.text("nonParticipants.summary", f.totals().nonParticipants(),
        String.join(lang.text("sep.item"), byBatch)));
    List<NonParticipant> named = f.result().nonParticipants();
    if (named.isEmpty()) {
      doc.paragraph(lang.text("nonParticipants.need.roster"));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (NonParticipant np : named) {
      rows.add(List.of(np.code().toString(), np.alliance().name(), lang.batchShort(
          np.alliance().batch()), np.reason() == NonParticipant.Reason.NO_RECORD
              ? lang.text("reason.noRecord") : np.reason() == NonParticipant.Reason.INELIGIBLE
              ? lang.text("reason.ineligible", np.explanation()) : np.explanation()));
    }
    doc.table(List.of(Column.text(lang.text("col.code")), Column.text(lang.text("col.alliance")),
        Column.text(lang.text("col.batch")), Column.text(lang.text("col.reason"))), rows);
  }
}
