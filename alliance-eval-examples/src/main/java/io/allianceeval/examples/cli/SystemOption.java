package io.allianceeval.examples.cli;

import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.SystemTable;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.TierScheme;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --system FILE}: the indicator system and tier scheme as {@code template system} writes
 * them, shared by every command that scores, plans, reviews or writes a template.
 */
final class SystemOption {

  @Option(names = "--system", paramLabel = "FILE",
      description = "The indicator system (and tier scheme) as 'template system' writes it, .xlsx "
          + "or CSV (default: the standard 2019 model).")
  private Path file;

  private SystemTable table;

  /** Whether a file was given: without one, the standard 2019 model applies. */
  boolean given() {
    return file != null;
  }

  /** The system of the file given, or the standard 2019 model. */
  IndicatorSystem indicatorSystem() throws BadInputException {
    return table().map(SystemTable::system).orElseGet(IndicatorSystem::standard2019);
  }

  /** The tier scheme of the file given, or the standard scheme. */
  TierScheme tierScheme() throws BadInputException {
    return table().map(SystemTable::tierScheme).orElseGet(TierScheme::standard);
  }

  /** The file read once; empty when none was given. */
  private Optional<SystemTable> table() throws BadInputException {
    if (file != null && table == null) {
      table = SystemTable.read(file);
    }
    return Optional.ofNullable(table);
  }
}
