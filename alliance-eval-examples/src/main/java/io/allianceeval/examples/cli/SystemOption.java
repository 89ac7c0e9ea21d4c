package io.allianceeval.examples.cli;

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


  /** The system file given, if any. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }
}
