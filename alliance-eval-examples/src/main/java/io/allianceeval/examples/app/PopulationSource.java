package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.Population;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.Roster;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the population of a year comes from: counts per batch, a roster file, or neither (then
 * the evaluated alliances, or a default the caller chooses).
 *
 * @param counts the counts per batch, if given
 * @param roster a roster file ({@code code,name}), if given; not together with counts
 */
public record PopulationSource(Optional<Population> counts, Optional<Path> roster) {

  /** Checks that at most one is given. */
  public PopulationSource {
    requireNonNull(counts, "counts");
    requireNonNull(roster, "roster");
    if (counts.isPresent() && roster.isPresent()) {
      throw new IllegalArgumentException("give counts or a roster, not both");
    }
  }

  /** Neither counts nor a roster. */
  public static PopulationSource none() {
    return new PopulationSource(Optional.empty(), Optional.empty());
  }

  /**
   * The population given, if any: the counts, or the roster read from its file.
   *
   * @param sheet the sheet of an .xlsx roster; null for the first with a header
   * @throws BadInputException every problem of the roster
   */
  public Optional<Population> read(String sheet) throws BadInputException {
    if (roster.isPresent()) {
      return Optional.of(Roster.read(roster.get(), sheet));
    }
    return counts;
  }
}
