package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.SystemTable;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.TierScheme;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The indicator system and tier scheme a year is scored with: the standard 2019 model, or a
 * system workbook as {@code template system} writes it.
 *
 * @param system the indicator system
 * @param tiers the tier scheme
 * @param standard whether this is the standard 2019 model (reports then say so)
 */
public record ScoringModel(IndicatorSystem system, TierScheme tiers, boolean standard) {

  /** Checks the parts. */
  public ScoringModel {
    requireNonNull(system, "system");
    requireNonNull(tiers, "tiers");
  }

  /** The standard 2019 indicator system with the standard tier scheme. */
  public static ScoringModel standard2019() {
    return new ScoringModel(IndicatorSystem.standard2019(), TierScheme.standard(), true);
  }

  /**
   * The model of {@code file} (read once), or the standard one when there is none.
   *
   * @throws BadInputException every problem of the system workbook, by row and cell
   */
  public static ScoringModel read(Optional<Path> file) throws BadInputException {
    if (file.isEmpty()) {
      return standard2019();
    }
    SystemTable table = SystemTable.read(file.get());
    return new ScoringModel(table.system(), table.tierScheme(), false);
  }
}
