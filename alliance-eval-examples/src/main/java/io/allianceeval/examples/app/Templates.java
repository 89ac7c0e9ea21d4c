package io.allianceeval.examples.app;

import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.examples.io.ActivityLogWorkbook;
import io.allianceeval.examples.io.AtomicFiles;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.RecordsTemplate;
import io.allianceeval.examples.io.Roster;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.examples.io.SystemTable;
import io.allianceeval.model.Alliance;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.TierScheme;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The workbooks to fill in or edit ({@code template}): the secretariats' records workbook, the
 * activity log, and the indicator system as a table.
 */
public final class Templates {

  private Templates() {}

  /**
   * The alliances a workbook is for: the roster's, or those of the embedded 2019 table.
   *
   * @throws BadInputException every problem of the roster
   */
  public static List<Alliance> alliances(Optional<Path> roster, String sheet)
      throws BadInputException {
    if (roster.isEmpty()) {
      return EmbeddedData.scores2019().results().stream().map(PublishedResult::alliance)
          .sorted().toList();
    }
    return Roster.read(roster.get(), sheet).roster().orElseThrow();
  }

  /** Writes the records workbook: one row per alliance, one column per fact. */
  public static void records(Path out, List<Alliance> alliances, int year, IndicatorSystem system)
      throws StorageException {
    AtomicFiles.write(out, RecordsTemplate.workbook(alliances, year, system));
  }

  /** Writes the activity log workbook with {@code rows} empty rows. */
  public static void activities(Path out, List<Alliance> alliances, int year,
      IndicatorSystem system, int rows) throws StorageException {
    AtomicFiles.write(out, ActivityLogWorkbook.template(alliances,
        ActivityKinds.forSystem(system), system, year, rows));
  }

  /** Writes the standard 2019 indicator system and tier scheme as a table to edit. */
  public static void system(Path out) throws StorageException {
    AtomicFiles.write(out, SystemTable.workbook(IndicatorSystem.standard2019(),
        TierScheme.standard()));
  }
}
