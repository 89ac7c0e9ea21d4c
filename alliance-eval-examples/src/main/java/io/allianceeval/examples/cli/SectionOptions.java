package io.allianceeval.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --prose DIR} and {@code --panel FILE}: the report's sections beyond the figures. */
final class SectionOptions {

  @Option(names = "--prose", paramLabel = "DIR",
      description = "The office's own words as Markdown: DIR/preface.md (一、前言), summary.md "
          + "(六、总结), recommendations.md (八、建议); also 前言.md, 总结.md, 建议.md.")
  Path prose;

  @Option(names = "--panel", paramLabel = "FILE",
      description = "The panel (附件 1), CSV or .xlsx: role,name,organisation,title. Default with "
          + "the embedded table: the 2019 panel.")
  Path panel;

  /** The prose folder, if given. */
  Optional<Path> prose() {
    return Optional.ofNullable(prose);
  }

  /** The panel table, if given. */
  Optional<Path> panel() {
    return Optional.ofNullable(panel);
  }
}
