package io.allianceeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link Alliance}: names match after NFKC and without whitespace. */
class AllianceTest {

  private static final Alliance A = Alliance.of("105", "TD 产业技术创新战略联盟");

  @Test
  void namesMatchAfterNfkcAndWithoutWhitespace() {
    assertEquals("建筑信息模型(BIM)产业技术创新战略联盟",
        Alliance.normalizeName("建筑信息模型（BIM） 产业技术创新战略联盟"));
    assertEquals("TD产业技术创新战略联盟", A.normalizedName());
    assertEquals(Alliance.normalizeName("建筑信息模型 (BIM) 产业\u3000技术"),
        Alliance.normalizeName("建筑信息模型（BIM）产业技术"));
  }
}
