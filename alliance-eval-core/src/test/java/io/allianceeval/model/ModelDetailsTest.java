package io.allianceeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Name matching, code hashing, the year range and record building. */
class ModelDetailsTest {

  private static final Alliance A = Alliance.of("105", "TD 产业技术创新战略联盟");

  @Test
  void namesMatchAfterNfkcAndWithoutWhitespace() {
    assertEquals("建筑信息模型(BIM)产业技术创新战略联盟",
        Alliance.normalizeName("建筑信息模型（BIM） 产业技术创新战略联盟"));
    assertEquals("TD产业技术创新战略联盟", A.normalizedName());
    assertEquals(Alliance.normalizeName("建筑信息模型 (BIM) 产业\u3000技术"),
        Alliance.normalizeName("建筑信息模型（BIM）产业技术"));
  }

  @Test
  void everyPossibleCode_hasItsOwnHashCode() {
    Set<Integer> hashes = new HashSet<>();
    int codes = 0;
    for (char batch : new char[] {'1', '2', '3'}) {
      for (int n = 1; n <= 99; n++) {
        hashes.add(AllianceCode.parse(batch + String.format("%02d", n)).hashCode());
        codes++;
      }
    }
    for (int n = 1; n <= 999; n++) {
      hashes.add(AllianceCode.parse(String.format("D%03d", n)).hashCode());
      codes++;
    }
    assertEquals(1296, codes);
    assertEquals(codes, hashes.size());
  }

  @Test
  void yearsFrom2000To2100_areAccepted() {
    ActivityRecord.builder(A, 2000);
    ActivityRecord.builder(A, 2100);
    assertThrows(IllegalArgumentException.class, () -> ActivityRecord.builder(A, 1999));
    assertThrows(IllegalArgumentException.class, () -> ActivityRecord.builder(A, 2101));
  }

  @Test
  void missing_removesAFact_andRecordsDifferByTheirFacts() {
    Fact f = Fact.of("model_details_fact");
    ActivityRecord.Builder b = ActivityRecord.builder(A, 2019).fact(f, 3);
    ActivityRecord with = b.build();
    ActivityRecord without = b.missing(f).build();
    assertFalse(without.has(f));
    assertEquals(-1, without.fact(f, -1));
    assertNotEquals(with, without);
    assertNotEquals(with.hashCode(), without.hashCode());
    assertNotEquals(with.hashCode(), ActivityRecord.builder(A, 2019).fact(f, 4).build().hashCode());
    assertNotEquals(with.hashCode(), ActivityRecord.builder(A, 2018).fact(f, 3).build().hashCode());
  }
}
