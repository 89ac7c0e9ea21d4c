package io.allianceeval.examples.cli;

import picocli.CommandLine.Option;

/** {@code --sheet NAME}: which sheet of an .xlsx input to read, shared by every command. */
final class SheetOption {

  @Option(names = "--sheet", paramLabel = "NAME",
      description = "The sheet of .xlsx inputs to read (default: the first with a header).")
  private String name;

  /** The sheet asked for, or null: the first sheet with a recognisable header. */
  String name() {
    return name;
  }
}
