package io.allianceeval.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AssignmentTest {

  private static List<AllianceCode> codes(int n) {
    List<AllianceCode> codes = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      codes.add(AllianceCode.parse(String.format("1%02d", i)));
    }
    return codes;
  }

  @Test
  void plan_balancesTheLoad_andIsDeterministicForASeed() {
    Panel panel = ReviewFixtures.PANEL;
    List<AllianceCode> codes = codes(30);
    Assignment a = Assignment.plan(panel, codes, 7, 1);
    for (Round r : Round.values()) {
      Map<String, Integer> load = a.load(r);
      int max = Collections.max(load.values());
      int min = Collections.min(load.values());
      assertTrue(max - min <= 1, r + " " + load);
    }
    List<AllianceCode> reversed = new ArrayList<>(codes);
    Collections.reverse(reversed);
    assertEquals(a, Assignment.plan(panel, reversed, 7, 1));
    assertEquals(30, a.groups().size());
  }

  @Test
  void plan_respectsAffiliations_andMinimumExperts() {
    Assignment a = Assignment.plan(ReviewFixtures.PANEL, List.of(ReviewFixtures.C342,
        ReviewFixtures.C105), 1, 2);
    // 342: E01 in A is affiliated, so A has one eligible expert: B and C remain
    assertEquals(Set.of("B", "C"), Set.of(a.groups(ReviewFixtures.C342).get().round1(),
        a.groups(ReviewFixtures.C342).get().round2()));
    assertEquals(Set.of("A", "C"), Set.of(a.groups(ReviewFixtures.C105).get().round1(),
        a.groups(ReviewFixtures.C105).get().round2()));
  }

  @Test
  void plan_impossibleConstraints_areReportedNotHalfSolved() {
    AllianceCode c = AllianceCode.parse("101");
    Panel panel = Panel.of(Map.of(
        "A", List.of(Expert.of("E1", "a", Set.of(c))),
        "B", List.of(Expert.of("E2", "b", Set.of(c))),
        "C", List.of(Expert.of("E3", "c", Set.of()))));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Assignment.plan(panel, List.of(c, AllianceCode.parse("102")), 1, 1));
    assertEquals(List.of("alliance 101: needs two groups with at least 1 expert(s) not affiliated "
        + "with it; only [C] qualify"), e.messages());
  }

  @Test
  void givenAssignment_isChecked() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Assignment.of(ReviewFixtures.PANEL, Map.of(AllianceCode.parse("101"),
            new Assignment.Groups("A", "Z"))));
    assertTrue(e.messages().get(0).contains("no group 'Z'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Assignment.Groups("A", "A"));
  }

  @Test
  void panel_isChecked() {
    assertThrows(InvalidInputException.class,
        () -> Panel.of(Map.of("A", List.of(Expert.of("E1", "a", Set.of())))));
    InvalidInputException twice = assertThrows(InvalidInputException.class, () -> Panel.of(Map.of(
        "A", List.of(Expert.of("E1", "a", Set.of())), "B", List.of(Expert.of("E1", "a", Set.of())))));
    assertTrue(twice.messages().get(0).contains("expert E1: in group A and in group B"),
        twice.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Expert.of("E 1", "a", Set.of()));
  }

  @Property
  void plannerNeverAssignsOwnAlliance_norTheSameGroupTwice(
      @ForAll @IntRange(min = 2, max = 6) int groups,
      @ForAll @IntRange(min = 1, max = 4) int perGroup,
      @ForAll @IntRange(min = 1, max = 40) int alliances,
      @ForAll long seed) {
    java.util.Random random = new java.util.Random(seed);
    List<AllianceCode> codes = codes(alliances);
    Map<String, List<Expert>> members = new HashMap<>();
    int id = 0;
    for (int g = 0; g < groups; g++) {
      List<Expert> list = new ArrayList<>();
      for (int k = 0; k < perGroup; k++) {
        Set<AllianceCode> aff = new HashSet<>();
        for (AllianceCode c : codes) {
          if (random.nextInt(4) == 0) {
            aff.add(c);
          }
        }
        list.add(Expert.of("E" + (id++), "expert", aff));
      }
      members.put("G" + g, list);
    }
    Panel panel = Panel.of(members);
    Assignment a;
    try {
      a = Assignment.plan(panel, codes, seed, 1);
    } catch (InvalidInputException e) {
      // impossible only where an alliance lacks two groups with an unaffiliated expert
      for (String p : e.messages()) {
        AllianceCode c = AllianceCode.parse(p.substring("alliance ".length(), p.indexOf(':')));
        long ok = panel.groupNames().stream().filter(g -> !panel.eligible(g, c).isEmpty()).count();
        assertTrue(ok < 2, p);
      }
      return;
    }
    for (AllianceCode c : codes) {
      Assignment.Groups g = a.groups(c).orElseThrow();
      assertNotEquals(g.round1(), g.round2());
      for (Round r : Round.values()) {
        assertTrue(!a.experts(c, r).isEmpty());
        for (Expert e : a.experts(c, r)) {
          assertTrue(!e.isAffiliatedWith(c));
        }
      }
    }
  }

  @Test
  void assignmentLoad_countsEachGroupsAlliances() {
    Assignment a = ReviewFixtures.ASSIGNMENT;
    assertEquals(Map.of("A", 1, "B", 1, "C", 1), a.load(Round.ONE));
    assertEquals("Assignment{105: A/B, 110: B/C, 342: C/A}", a.toString());
  }

  @Test
  void planner_dependsOnTheSeed_andPlacesTheMostConstrainedFirst() {
    List<Expert> many = List.of(Expert.of("E1", "一", Set.of()), Expert.of("E2", "二", Set.of()));
    Panel panel = Panel.of(Map.of("A", many,
        "B", List.of(Expert.of("E3", "三", Set.of()), Expert.of("E4", "四", Set.of())),
        "C", List.of(Expert.of("E5", "五", Set.of()), Expert.of("E6", "六", Set.of())),
        "D", List.of(Expert.of("E7", "七", Set.of()), Expert.of("E8", "八", Set.of()))));
    List<AllianceCode> codes = java.util.stream.IntStream.rangeClosed(1, 12)
        .mapToObj(n -> AllianceCode.parse(String.format("1%02d", n))).toList();
    java.util.Set<Map<AllianceCode, Assignment.Groups>> plans = new java.util.HashSet<>();
    for (long seed = 0; seed < 8; seed++) {
      Assignment plan = Assignment.plan(panel, codes, seed, 1);
      assertEquals(plan, Assignment.plan(panel, codes, seed, 1), "deterministic for a seed");
      plans.add(plan.groups());
      assertEquals(Map.of("A", 3, "B", 3, "C", 3, "D", 3), plan.load(Round.ONE), "balanced");
    }
    assertTrue(plans.size() > 1, "different seeds give different plans");
    // 101 can only be scored by A and B (its officers sit in C and D): placed first, it gets them
    Panel constrained = Panel.of(Map.of("A", many,
        "B", List.of(Expert.of("E3", "三", Set.of()), Expert.of("E4", "四", Set.of())),
        "C", List.of(Expert.of("E5", "五", Set.of(codes.get(0))),
            Expert.of("E6", "六", Set.of(codes.get(0)))),
        "D", List.of(Expert.of("E7", "七", Set.of(codes.get(0))),
            Expert.of("E8", "八", Set.of(codes.get(0))))));
    for (long seed = 0; seed < 8; seed++) {
      Assignment.Groups g = Assignment.plan(constrained, codes, seed, 1).groups()
          .get(codes.get(0));
      assertEquals(Set.of("A", "B"), Set.of(g.round1(), g.round2()));
    }
  }
}
