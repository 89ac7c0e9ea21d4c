package io.allianceeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.allianceeval.scoring.Standard2019;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ModelValueTypesTest {

  private static final Alliance TD = Alliance.of("105", "TD 产业技术创新战略联盟");

  @Test
  void alliance_batchFollowsFromCode() {
    assertEquals(Batch.FIRST, TD.batch());
    assertEquals(Batch.NETWORK, Alliance.of("d103", "水环境治理产业技术创新战略联盟").batch());
  }

  @Test
  void alliance_blankName_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Alliance.of("105", "  "));
    assertTrue(e.getMessage().contains("105"), e.getMessage());
  }

  @Test
  void normalizeName_foldsBracketWidthAndWhitespace() {
    String annex2 = "建筑信息模型（BIM）产业技术创新战略联盟";
    String annex3 = "建筑信息模型 (BIM) 产业技术创新战略联盟";
    assertEquals(Alliance.normalizeName(annex2), Alliance.normalizeName(annex3));
    assertEquals("TD产业技术创新战略联盟", TD.normalizedName());
    assertEquals(Alliance.normalizeName("TD\u3000产业"), Alliance.normalizeName("TD产业"));
  }

  @Test
  void tier_parseAcceptsNamesAndChineseLabels() {
    assertEquals(Tier.HIGH, Tier.parse("HIGH"));
    assertEquals(Tier.FAIRLY_HIGH, Tier.parse("fairly_high"));
    assertEquals(Tier.FAIRLY_HIGH, Tier.parse("活跃度较高"));
    assertEquals(Tier.AVERAGE, Tier.parse("活跃度一般"));
    assertEquals(Tier.INACTIVE, Tier.parse("不活跃"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Tier.parse("很活跃"));
    assertTrue(e.getMessage().contains("'很活跃'"), e.getMessage());
  }

  @Test
  void tier_orderAndNext() {
    assertTrue(Tier.HIGH.isAtLeast(Tier.FAIRLY_HIGH));
    assertTrue(Tier.AVERAGE.isAtLeast(Tier.AVERAGE));
    assertFalse(Tier.INACTIVE.isAtLeast(Tier.AVERAGE));
    assertEquals(Tier.AVERAGE, Tier.INACTIVE.next());
    assertEquals(Tier.HIGH, Tier.HIGH.next());
  }

  @Test
  void record_missingIsNotZero() {
    ActivityRecord r = ActivityRecord.builder(TD, 2019).fact(Standard2019.STANDARDS, 0).build();
    assertEquals(OptionalInt.of(0), r.fact(Standard2019.STANDARDS));
    assertEquals(OptionalInt.empty(), r.fact(Standard2019.MEDIA_REPORTS));
    assertTrue(r.has(Standard2019.STANDARDS));
    assertFalse(r.has(Standard2019.MEDIA_REPORTS));
  }

  @Test
  void record_negativeFact_isRejectedNamingAllianceAndFact() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ActivityRecord.builder(TD, 2019).fact(Standard2019.STANDARDS, -1));
    assertTrue(e.getMessage().contains("105") && e.getMessage().contains("standards")
        && e.getMessage().contains("-1"), e.getMessage());
  }

  @Test
  void record_yearOutOfRange_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ActivityRecord.builder(TD, 219));
    assertTrue(e.getMessage().contains("2000 to 2100") && e.getMessage().contains("219"));
  }

  @Test
  void fact_nameMustBeSnakeCase() {
    assertThrows(IllegalArgumentException.class, () -> Fact.of("Council Meetings"));
    assertEquals(20, Standard2019.facts().size());
    assertEquals(20, Standard2019.facts().stream().distinct().count());
    assertEquals("1 meeting", Standard2019.COUNCIL_MEETINGS.quantity(1));
    assertEquals("3 meetings", Standard2019.COUNCIL_MEETINGS.quantity(3));
  }

  @Test
  void invalidInput_listsEveryProblem() {
    InvalidInputException e = InvalidInputException.of("input", java.util.List.of("a", "b"));
    assertEquals(java.util.List.of("a", "b"), e.messages());
    assertTrue(e.getMessage().startsWith("input: 2 problems"));
    assertThrows(IllegalArgumentException.class,
        () -> InvalidInputException.of("input", java.util.List.of()));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(TD, Alliance.of("105", "TD 产业技术创新战略联盟"))
        .addEqualityGroup(Alliance.of("105", "TD产业技术创新战略联盟"))
        .addEqualityGroup(Alliance.of("110", "半导体照明产业技术创新战略联盟"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Fact.of("standards"), Standard2019.STANDARDS)
        .addEqualityGroup(Standard2019.MEDIA_REPORTS)
        .testEquals();
    ActivityRecord a = ActivityRecord.of(TD, 2019, Map.of(Standard2019.STANDARDS, 2));
    new EqualsTester()
        .addEqualityGroup(a, ActivityRecord.builder(TD, 2019).fact(Standard2019.STANDARDS, 2).build())
        .addEqualityGroup(ActivityRecord.of(TD, 2018, Map.of(Standard2019.STANDARDS, 2)))
        .addEqualityGroup(ActivityRecord.of(TD, 2019, Map.of(Standard2019.STANDARDS, 3)))
        .addEqualityGroup(ActivityRecord.of(TD, 2019, Map.of()))
        .testEquals();
    NullPointerTester npt = new NullPointerTester()
        .setDefault(Alliance.class, TD)
        .setDefault(AllianceCode.class, TD.code())
        .setDefault(Fact.class, Standard2019.STANDARDS);
    npt.testAllPublicStaticMethods(Alliance.class);
    npt.testAllPublicStaticMethods(Fact.class);
    npt.testAllPublicStaticMethods(ActivityRecord.class);
    npt.testAllPublicStaticMethods(Tier.class);
    npt.testAllPublicInstanceMethods(a);
    npt.testAllPublicInstanceMethods(ActivityRecord.builder(TD, 2019));
    npt.testAllPublicInstanceMethods(Tier.HIGH);
  }
}
