package io.allianceeval.examples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.activity.Period;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.examples.report.ReportSource;
import io.allianceeval.model.AllianceCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RecordReports}: records, a log or the database, tallied and scored once. */
class RecordReportsTest {

  @TempDir Path dir;

  private static RecordReports.Request request(ActivitySource source, Optional<Period> period,
      List<AllianceCode> trace) {
    return new RecordReports.Request(source, 2019, ScoringModel.standard2019(),
        PopulationSource.none(), period, trace, Optional.empty(),
        Optional.empty(), Optional.empty(), null, Lang.EN);
  }

  private Path log() throws Exception {
    return Files.writeString(dir.resolve("log.csv"), "code,name,date,kind,title,evidence,value\n"
        + "342,高粱,2019-02-11,secretariat_meetings,第一次,,\n"
        + "342,高粱,2018-12-20,council_meetings,上年,,\n"
        + "105,TD,2019-05-05,standards,标准一,,\n");
  }

  @Test
  void theSyntheticRecords_saySo() throws Exception {
    ReportSource s = RecordReports.read(request(ActivitySource.synthetic(), Optional.empty(),
        List.of()));
    assertTrue(s.result().scoredFromRecords());
    assertEquals(2, s.notes().size(), s.notes().toString());
    assertTrue(s.inputs().period().isEmpty());
  }

  @Test
  void aLog_isTalliedOverThePeriod_andTheTraceListsTheEntries() throws Exception {
    ActivitySource source = new ActivitySource(Optional.empty(), List.of(log()),
        Optional.empty(), Optional.empty());
    ReportSource s = RecordReports.read(request(source,
        Optional.of(Period.parse("2018-07-01..2019-06-30")), List.of(AllianceCode.parse("342"))));
    assertEquals(Period.parse("2018-07-01..2019-06-30"), s.inputs().period().orElseThrow());
    assertTrue(s.notes().stream().anyMatch(n -> n.contains("2018-12-20")), s.notes().toString());
  }

  @Test
  void tracingAnAllianceThatWasNotScored_isBadInput() throws Exception {
    ActivitySource source = new ActivitySource(Optional.empty(), List.of(log()),
        Optional.empty(), Optional.empty());
    BadInputException e = assertThrows(BadInputException.class, () -> RecordReports.read(
        request(source, Optional.empty(), List.of(AllianceCode.parse("110")))));
    assertEquals("--trace 110: alliance 110 was not scored", e.problems().get(0).toString());
  }

  @Test
  void aPeriodOrTraceWithoutALog_isRefused_asIsMoreThanOneSource() {
    assertThrows(IllegalArgumentException.class, () -> request(ActivitySource.synthetic(),
        Optional.of(Period.year(2019)), List.of()));
    assertThrows(IllegalArgumentException.class, () -> new ActivitySource(
        Optional.of(Path.of("r.csv")), List.of(Path.of("l.csv")), Optional.empty(),
        Optional.empty()));
  }
}
