package io.allianceeval.examples.cli;

import io.allianceeval.examples.app.ScoringModel;
import io.allianceeval.examples.app.Templates;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code template}: workbooks to fill in or edit. */
@Command(name = "template", mixinStandardHelpOptions = true,
    description = "Writes an .xlsx workbook to fill in (activity records, an activity log) or to "
        + "edit (the indicator system).",
    subcommands = {TemplateCommand.Records.class, TemplateCommand.SystemTemplate.class,
        TemplateCommand.Activities.class})
final class TemplateCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(),
        "template needs a subcommand: records, activities or system");
  }

  /** The options the workbooks to fill in share: the year, the alliances, the system, the out. */
  static final class FillInOptions {

    @Mixin YearOption yearOption;

    @Option(names = "--roster", paramLabel = "FILE",
        description = "The alliances, CSV or .xlsx with code,name (default: the alliances of the "
            + "embedded 2019 table).")
    Path roster;

    @Mixin SystemOption system;

    @Mixin SheetOption xlsxSheet;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true,
        description = "The workbook to write.")
    Path out;

    /** The year, 2019 unless given. */
    int year() {
      return yearOption.orElse(2019);
    }
  }

  /** {@code template records}: the data-entry workbook for the secretariats. */
  @Command(name = "records", mixinStandardHelpOptions = true,
      description = "The data-entry workbook: one row per alliance (code and name locked), one "
          + "column per fact with the rule in a note, whole numbers of at least 0. "
          + "'score --records' reads it back.")
  static final class Records implements Callable<Integer> {

    @Mixin FillInOptions options;

    @Override
    public Integer call() throws Exception {
      Templates.records(options.out, Templates.alliances(Optional.ofNullable(options.roster),
          options.xlsxSheet.name()), options.year(),
          ScoringModel.read(options.system.file()).system());
      return 0;
    }
  }

  /** {@code template activities}: the activity log to fill in, entry by entry. */
  @Command(name = "activities", mixinStandardHelpOptions = true,
      description = "The activity log workbook: one entry a row (code, name, date, kind, title, "
          + "evidence, value), a dropdown of kinds and of alliance codes, date cells, whole "
          + "numbers for values, a sheet that explains the kinds. 'score --activities' and "
          + "'db import' read it back.")
  static final class Activities implements Callable<Integer> {

    @Mixin FillInOptions options;

    @Spec CommandSpec spec;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "500",
        description = "Empty rows to fill in (default: ${DEFAULT-VALUE}).")
    int rows;

    @Override
    public Integer call() throws Exception {
      if (rows < 1 || rows > 100_000) {
        throw new ParameterException(spec.commandLine(),
            "--rows: expected a number from 1 to 100000, found " + rows);
      }
      Templates.activities(options.out, Templates.alliances(
          Optional.ofNullable(options.roster), options.xlsxSheet.name()), options.year(),
          ScoringModel.read(options.system.file()).system(), rows);
      return 0;
    }
  }

  /** {@code template system}: the indicator system as a table to edit. */
  @Command(name = "system", mixinStandardHelpOptions = true,
      description = "The standard 2019 indicator system as a workbook the office can edit: one "
          + "row per indicator (group, names, fact, points, rule as ladder steps) and the tier "
          + "scheme on a second sheet. '--system FILE' reads it back.")
  static final class SystemTemplate implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true,
        description = "The workbook to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
      Templates.system(out);
      return 0;
    }
  }
}
