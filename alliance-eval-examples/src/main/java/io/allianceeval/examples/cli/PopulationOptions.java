package io.allianceeval.examples.cli;

import io.allianceeval.evaluation.Population;
import io.allianceeval.examples.app.PopulationSource;
import io.allianceeval.model.Batch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --population} counts or a {@code --roster} file, one or the other. */
final class PopulationOptions {

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Choice choice;

  static final class Choice {
    @Option(names = "--population", paramLabel = "FIRST=52,SECOND=39,THIRD=55,NETWORK=11",
        converter = CountsConverter.class,
        description = "Alliances registered for evaluation, counted per batch (all four).")
    Population counts;

    @Option(names = "--roster", paramLabel = "FILE",
        description = "Alliances registered for evaluation: a CSV file with columns code,name.")
    Path roster;
  }

  /** Where the population comes from, as given. */
  PopulationSource source() {
    return choice == null ? PopulationSource.none()
        : new PopulationSource(Optional.ofNullable(choice.counts),
            Optional.ofNullable(choice.roster));
  }

  /** Reads {@code --population}: every problem of the value in one message. */
  static final class CountsConverter implements ITypeConverter<Population> {
    @Override
    public Population convert(String text) {
      return parseCounts(text);
    }
  }

  /**
   * Parses {@code FIRST=52,SECOND=39,THIRD=55,NETWORK=11}; every batch must be given once.
   *
   * @throws TypeConversionException naming every problem of the text
   */
  static Population parseCounts(String text) {
    Map<Batch, Integer> counts = new EnumMap<>(Batch.class);
    List<String> problems = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String[] kv = part.trim().split("=", -1);
      if (kv.length != 2) {
        problems.add("expected BATCH=COUNT, found '" + part.trim() + "'");
        continue;
      }
      Batch batch;
      try {
        batch = Batch.valueOf(kv[0].trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("batch must be FIRST, SECOND, THIRD or NETWORK, found '" + kv[0].trim() + "'");
        continue;
      }
      int n;
      try {
        n = Integer.parseInt(kv[1].trim());
      } catch (NumberFormatException e) {
        problems.add(batch + ": expected a whole number, found '" + kv[1].trim() + "'");
        continue;
      }
      if (n < 0) {
        problems.add(batch + ": count must not be negative: " + n);
      } else if (counts.put(batch, n) != null) {
        problems.add(batch + ": given twice");
      }
    }
    for (Batch b : Batch.values()) {
      if (!counts.containsKey(b) && problems.stream().noneMatch(p -> p.startsWith(b + ":"))) {
        problems.add(b + ": missing; give all four batches");
      }
    }
    if (!problems.isEmpty()) {
      throw new TypeConversionException(String.join("; ", problems));
    }
    return Population.ofCounts(counts);
  }
}
