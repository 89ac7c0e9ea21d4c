package io.allianceeval.examples;

import io.allianceeval.activity.Activity;
import io.allianceeval.activity.ActivityKind;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.activity.Tally;
import io.allianceeval.activity.TallyResult;
import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.Alliance;
import java.time.LocalDate;
import java.util.List;

/**
 * The example of {@code docs/activity-database.md}, compiled and run by the build
 * (DocumentationExamplesTest): dated entries tallied over the evaluation period, scored, and each
 * score traced back to the entries that earned it.
 */
public final class ActivityLogExample {

  private ActivityLogExample() {}

  /** Tallies a small log, scores it and prints the traces. */
  public static void main(String[] args) {
    // activitylog:begin
    Alliance sorghum = Alliance.of("342", "高粱产业技术创新战略联盟");
    ActivityKind meetings = ActivityKinds.standard2019().kind("secretariat_meetings").orElseThrow();
    List<Activity> log = List.of(
        Activity.of(sorghum, meetings, LocalDate.of(2019, 2, 11), "第一次秘书处工作会议"),
        Activity.of(sorghum, meetings, LocalDate.of(2019, 6, 3), "第二次秘书处工作会议")
            .withEvidence("http://example.org/minutes-2"),
        Activity.of(sorghum, meetings, LocalDate.of(2019, 6, 3), " 第二次秘书处工作会议 "), // duplicate
        Activity.of(sorghum, meetings, LocalDate.of(2020, 1, 8), "2020 年第一次会议"), // after the period
        Activity.of(sorghum, ActivityKinds.STAFF, LocalDate.of(2018, 9, 1), "专职人员", 2),
        Activity.of(sorghum, ActivityKinds.WEBSITE_UPDATE, LocalDate.of(2019, 8, 15), "网站改版"));

    TallyResult tally = Tally.forYear(2019)
        .withRoster(List.of(sorghum, Alliance.of("D101", "食醋产业技术创新战略联盟")))
        .tally(log);
    System.out.println(tally);
    EvaluationResult result = tally.evaluate(Evaluation.forYear(2019));
    Participant p = result.participants().get(0);
    System.out.println(p);
    tally.trace(p.scorecard().orElseThrow()).stream().limit(6).forEach(System.out::println);
    result.nonParticipants().forEach(n -> System.out.println("not evaluated: " + n));
    // activitylog:end
  }
}
