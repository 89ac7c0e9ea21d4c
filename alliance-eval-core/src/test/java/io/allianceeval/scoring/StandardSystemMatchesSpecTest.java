package io.allianceeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Fact;
import io.allianceeval.model.Points;
import io.allianceeval.testing.RepositoryFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the indicator table of SPEC §2, kept in the repository as {@code docs/standard-model-2019.md}, and checks the standard 2019
 * system against every row: id, group, Chinese name, fact, points and the default rule, evaluated
 * for every value from 0 to 30.
 */
class StandardSystemMatchesSpecTest {

  private static final Pattern ROW = Pattern.compile(
      "^\\|\\s*(\\d+\\.\\d+)\\s*\\|([^|]*)\\|([^|]*)\\|\\s*`([a-z_]+)`[^|]*\\|\\s*(\\d+)\\s*\\|([^|]*)\\|\\s*$");
  private static final Pattern GROUP = Pattern.compile("^(.*)\\((.*)\\)\\s*(\\d+)\\s*$");

  private static final List<SpecRow> ROWS = new ArrayList<>();
  private static final Map<String, Points> GROUP_POINTS = new LinkedHashMap<>();
  private static final Map<String, String> GROUP_NAMES = new LinkedHashMap<>();

  private record SpecRow(String id, String chineseName, String fact, int points, String rule) {}

  @BeforeAll
  static void readSpec() throws IOException {
    for (String line : Files.readAllLines(RepositoryFiles.resolve("docs/standard-model-2019.md"))) {
      Matcher m = ROW.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String id = m.group(1);
      String group = m.group(2).trim();
      if (!group.isEmpty()) {
        Matcher g = GROUP.matcher(group);
        assertTrue(g.matches(), group);
        String groupId = id.substring(0, id.indexOf('.'));
        GROUP_POINTS.put(groupId, Points.parse(g.group(3)));
        GROUP_NAMES.put(groupId, g.group(2));
      }
      String second = m.group(3).trim();
      String chinese = second.substring(second.indexOf('(') + 1, second.lastIndexOf(')'));
      ROWS.add(new SpecRow(id, chinese, m.group(4), Integer.parseInt(m.group(5)), m.group(6).trim()));
    }
  }

  @Test
  void specTable_wasRead() {
    assertEquals(20, ROWS.size(), "SPEC §2 lists 20 indicators");
    assertEquals(3, GROUP_POINTS.size(), "SPEC §2 lists 3 groups");
  }

  @Test
  void standardSystem_hasTheSpecsGroupsAndTotal() {
    IndicatorSystem s = IndicatorSystem.standard2019();
    assertEquals(GROUP_POINTS.size(), s.groups().size());
    Points total = Points.ZERO;
    for (IndicatorGroup g : s.groups()) {
      assertEquals(GROUP_POINTS.get(g.id()), g.points(), g.toString());
      assertEquals(GROUP_NAMES.get(g.id()), g.chineseName(), g.toString());
      total = total.plus(g.points());
    }
    assertEquals(total, s.total());
    assertEquals(Points.of(100), s.total());
  }

  @Test
  void standardSystem_hasEverySpecIndicatorWithItsPointsNameAndFact() {
    IndicatorSystem s = IndicatorSystem.standard2019();
    assertEquals(ROWS.size(), s.indicators().size());
    for (SpecRow row : ROWS) {
      Indicator ind = s.indicator(row.id());
      assertEquals(Points.of(row.points()), ind.maxPoints(), row.id());
      assertEquals(row.chineseName(), ind.chineseName(), row.id());
      IndicatorPolicy p = s.policy(row.id());
      Fact fact = Fact.of(row.fact());
      assertTrue(p.requiredFacts().contains(fact) || p.optionalFacts().contains(fact), row.id());
      assertTrue(Standard2019.facts().contains(fact), row.fact());
    }
  }

  @Test
  void standardSystem_scoresEveryValueAsTheSpecRuleSays() {
    IndicatorSystem s = IndicatorSystem.standard2019();
    Alliance a = Alliance.of("105", "TD 产业技术创新战略联盟");
    for (SpecRow row : ROWS) {
      Fact fact = Fact.of(row.fact());
      IndicatorPolicy p = s.policy(row.id());
      for (int v = 0; v <= 30; v++) {
        ActivityRecord r = ActivityRecord.builder(a, 2019).fact(fact, v).build();
        assertEquals(Points.of(expected(row.rule(), v)), p.points(r), row.id() + " " + row.rule() + " at " + v);
        assertEquals(p.points(r), p.assess(r).points());
      }
      if (p.optionalFacts().contains(fact)) {
        assertTrue(row.rule().contains("else 0") || row.fact().startsWith("website"), row.id());
        assertEquals(Points.of(0), p.points(ActivityRecord.builder(a, 2019).build()), row.id() + " blank");
      }
    }
  }

  /** Evaluates a SPEC rule such as "≥4 → 4, 2–3 → 2, 1 → 1" or "≤6 → 4, 7–12 → 2, else 0". */
  static int expected(String rule, int v) {
    for (String part : rule.split(",")) {
      String[] sides = part.trim().split("→");
      String cond = sides[0].trim();
      if (cond.equals("else")) {
        return Integer.parseInt(sides.length > 1 ? sides[1].trim() : "0");
      }
      if (cond.startsWith("else")) {
        return Integer.parseInt(cond.substring(4).trim());
      }
      int points = Integer.parseInt(sides[1].trim());
      boolean matches;
      if (cond.startsWith("≥")) {
        matches = v >= Integer.parseInt(cond.substring(1));
      } else if (cond.startsWith("≤")) {
        matches = v <= Integer.parseInt(cond.substring(1));
      } else if (cond.contains("–")) {
        String[] range = cond.split("–");
        matches = v >= Integer.parseInt(range[0]) && v <= Integer.parseInt(range[1]);
      } else {
        matches = v == Integer.parseInt(cond);
      }
      if (matches) {
        return points;
      }
    }
    return 0;
  }
}
