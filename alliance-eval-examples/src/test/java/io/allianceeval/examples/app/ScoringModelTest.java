package io.allianceeval.examples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.TierScheme;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ScoringModel} and {@link Templates#system}: the system workbook reads back equal. */
class ScoringModelTest {

  @TempDir Path dir;

  @Test
  void withoutAFile_theStandardModel() throws Exception {
    ScoringModel m = ScoringModel.read(Optional.empty());
    assertTrue(m.standard());
    assertEquals(IndicatorSystem.standard2019(), m.system());
    assertEquals(TierScheme.standard(), m.tiers());
  }

  @Test
  void theSystemTemplate_readsBackAsTheStandardSystem_butIsNotCalledStandard() throws Exception {
    Path file = dir.resolve("system.xlsx");
    Templates.system(file);
    ScoringModel m = ScoringModel.read(Optional.of(file));
    assertFalse(m.standard(), "a file is the office's own, even when equal");
    assertEquals(IndicatorSystem.standard2019().indicators(), m.system().indicators());
    assertEquals(TierScheme.standard(), m.tiers());
  }
}
