package io.allianceeval.examples;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.NonParticipant;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.scoring.IndicatorScore;
import io.allianceeval.scoring.Standard2019;
import java.util.List;

/** The README's quick start, compiled and run by the build (DocumentationExamplesTest). */
public final class QuickStart {

  private QuickStart() {}

  /** Scores two activity records with the standard 2019 model and prints the result. */
  public static void main(String[] args) {
    // quickstart:begin
    Alliance sorghum = Alliance.of("342", "高粱产业技术创新战略联盟");
    ActivityRecord record = ActivityRecord.builder(sorghum, 2019)
        .fact(Standard2019.COUNCIL_MEETINGS, 1)
        .fact(Standard2019.EXPERT_COMMITTEE_MEETINGS, 1)
        .fact(Standard2019.MEMBER_ASSEMBLIES, 1)
        .fact(Standard2019.SECRETARIAT_MEETINGS, 3)          // 2-3 meetings -> 2 of 4
        .fact(Standard2019.WEBSITE_MONTHS_SINCE_UPDATE, 2)   // leave out: no website
        .fact(Standard2019.SECRETARIAT_FULL_TIME_STAFF, 2)
        .fact(Standard2019.SELF_INITIATED_PROJECTS, 1)
        .fact(Standard2019.GOVERNMENT_PROJECTS, 2)
        .fact(Standard2019.COMMISSIONED_PROJECTS, 0)
        .fact(Standard2019.IP_SHARING_ACTIVITIES, 1)
        .fact(Standard2019.STANDARDS, 2)
        .fact(Standard2019.JOINT_RD_PLATFORMS, 1)
        .fact(Standard2019.ACADEMIC_EXCHANGES, 4)
        .fact(Standard2019.TREND_STUDIES, 1)
        .fact(Standard2019.CROSS_ALLIANCE_COOPERATIONS, 0)
        .fact(Standard2019.INNOVATION_CHAIN_ACTIONS, 1)
        .fact(Standard2019.CORE_TECHNOLOGIES, 2)
        .fact(Standard2019.PROMOTION_SERVICES, 2)
        .fact(Standard2019.TALENT_PROGRAMS, 2)
        .fact(Standard2019.MEDIA_REPORTS, 3)
        .build();
    ActivityRecord incomplete = ActivityRecord.builder(
            Alliance.of("D101", "食醋产业技术创新战略联盟"), 2019)
        .fact(Standard2019.COUNCIL_MEETINGS, 1)
        .build();

    EvaluationResult result = Evaluation.forYear(2019).score(List.of(record, incomplete));

    for (Participant p : result.participants()) {
      System.out.println(p);
      for (IndicatorScore s : p.scorecard().orElseThrow().indicatorScores()) {
        System.out.println("  " + s);
      }
    }
    for (NonParticipant n : result.nonParticipants()) {
      System.out.println("not evaluated: " + n);
    }
    // quickstart:end
  }
}
