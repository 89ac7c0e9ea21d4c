package io.allianceeval.review;

import static io.allianceeval.review.ScoreEntry.total;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-worked panel the review's tests share: three groups of two experts, three alliances,
 * one flag of each cause (105: TIER, 110: DIFFERENCE, 342 none). Public for the tests of other
 * packages that need a review.
 */
public final class ReviewFixtures {

  private ReviewFixtures() {}

  public static final AllianceCode C105 = AllianceCode.parse("105");
  public static final AllianceCode C110 = AllianceCode.parse("110");
  public static final AllianceCode C342 = AllianceCode.parse("342");
  public static final List<Alliance> ALLIANCES = List.of(Alliance.of(C105, "TD 产业技术创新战略联盟"),
      Alliance.of(C110, "半导体照明产业技术创新战略联盟"), Alliance.of(C342, "高粱产业技术创新战略联盟"));

  public static final Panel PANEL = Panel.of(Map.of(
      "A", List.of(Expert.of("E01", "甲", Set.of(C342)), Expert.of("E02", "乙", Set.of())),
      "B", List.of(Expert.of("E03", "丙", Set.of()), Expert.of("E04", "丁", Set.of(C105))),
      "C", List.of(Expert.of("E05", "戊", Set.of()), Expert.of("E06", "己", Set.of()))));
  public static final Assignment ASSIGNMENT = Assignment.of(PANEL, Map.of(
      C105, new Assignment.Groups("A", "B"),
      C110, new Assignment.Groups("B", "C"),
      C342, new Assignment.Groups("C", "A")));

  /** Every expert total of both rounds. */
  public static List<ScoreEntry> entries() {
    return List.of(
        total(Round.ONE, "E01", C105, 88), total(Round.ONE, "E02", C105, 89),
        total(Round.TWO, "E03", C105, 86),
        total(Round.ONE, "E03", C110, 90), total(Round.ONE, "E04", C110, 92),
        total(Round.TWO, "E05", C110, 80), total(Round.TWO, "E06", C110, 82),
        total(Round.ONE, "E05", C342, 86), total(Round.ONE, "E06", C342, 84),
        total(Round.TWO, "E02", C342, 82));
  }

  /** A builder with the panel, assignment and alliances, and {@code entries}. */
  public static PanelReview.Builder builder(List<ScoreEntry> entries) {
    return PanelReview.builder(PANEL).assignment(ASSIGNMENT).alliances(ALLIANCES).entries(entries);
  }

  /** A builder with the panel, assignment, alliances and every entry. */
  public static PanelReview.Builder builder() {
    return builder(entries());
  }
}
