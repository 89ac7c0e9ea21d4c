package io.allianceeval.examples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.evaluation.Population;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.examples.report.ReportSource;
import io.allianceeval.model.Tier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PublishedReports}: a score sheet, or the embedded 2019 table, read and evaluated once. */
class PublishedReportsTest {

  @TempDir Path dir;

  private static PublishedReports.Request request(Optional<Path> scores, int year,
      Optional<Path> prose) {
    return new PublishedReports.Request(scores, year, PopulationSource.none(), prose,
        Optional.empty(), Optional.empty(), null, Lang.ZH);
  }

  @Test
  void theEmbedded2019Table_comesWithItsPopulationPanelAndAward() throws Exception {
    ReportSource s = PublishedReports.read(request(Optional.empty(), 2019, Optional.empty()));
    assertEquals(99, s.result().participants().size());
    assertEquals(157, s.result().population().total());
    assertEquals(31, s.inputs().panel().orElseThrow().size(), "附件 1: 31 experts");
    assertEquals(22, s.inputs().award().orElseThrow().awarded().size(), "附件 3: 22 A-level");
    assertTrue(s.inputs().awardIsReconstructed());
    assertEquals(1, s.notes().size());
    assertTrue(s.diagnostics().isEmpty());
  }

  @Test
  void theEmbeddedTableOfAnotherYear_hasNoAwardOrPanel() throws Exception {
    ReportSource s = PublishedReports.read(request(Optional.empty(), 2020, Optional.empty()));
    assertEquals(2020, s.result().year());
    assertTrue(s.inputs().award().isEmpty());
    assertTrue(s.inputs().panel().isEmpty());
  }

  @Test
  void aScoreSheetOfYourOwn_isCountedAgainstTheEvaluatedAlliances_withItsProse() throws Exception {
    Path sheet = Files.writeString(dir.resolve("s.csv"),
        "code,name,score,tier\n105,甲,90,\n342,乙,80,\n");
    Path prose = Files.createDirectory(dir.resolve("prose"));
    Files.writeString(prose.resolve("前言.md"), "前言正文");
    ReportSource s = PublishedReports.read(request(Optional.of(sheet), 2019, Optional.of(prose)));
    assertEquals(2, s.result().population().total());
    assertEquals(Tier.HIGH, s.result().participants().get(0).tier());
    assertEquals("前言正文", s.inputs().prose().get("preface"));
    assertTrue(s.notes().isEmpty());
    assertFalse(s.inputs().award().isPresent());
  }

  @Test
  void givenCounts_replaceTheEmbeddedPopulation() throws Exception {
    ReportSource s = PublishedReports.read(new PublishedReports.Request(Optional.empty(), 2019,
        new PopulationSource(Optional.of(Population.ofCounts(60, 40, 60, 20)), Optional.empty()),
        Optional.empty(), Optional.empty(), Optional.empty(), null, Lang.EN));
    assertEquals(180, s.result().population().total());
  }

  @Test
  void proseThatIsNotAFolder_isBadInput_namingIt() throws Exception {
    Path file = Files.writeString(dir.resolve("prose.md"), "x");
    BadInputException e = assertThrows(BadInputException.class,
        () -> PublishedReports.read(request(Optional.empty(), 2019, Optional.of(file))));
    assertEquals(List.of(file + ": is not a folder; expected one with preface.md, summary.md, "
        + "recommendations.md"), e.problems().stream().map(Object::toString).toList());
  }
}
