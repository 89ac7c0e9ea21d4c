package io.allianceeval.examples.cli;

import io.allianceeval.evaluation.Population;
import io.allianceeval.examples.io.AtomicFiles;
import io.allianceeval.examples.io.RecordsTemplate;
import io.allianceeval.examples.io.Roster;
import io.allianceeval.examples.io.ScoreSheet;
import io.allianceeval.examples.io.SystemTable;
import io.allianceeval.model.Alliance;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.TierScheme;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code template}: workbooks to fill in or edit. */
@Command(name = "template", mixinStandardHelpOptions = true,
    description = "Writes an .xlsx workbook to fill in (activity records) or to edit (the "
        + "indicator system).",
    subcommands = {TemplateCommand.Records.class, TemplateCommand.SystemTemplate.class})
final class TemplateCommand implements Runnable {

  @Override
  public void run() {
    throw new IllegalArgumentException("template needs a subcommand: records or system");
  }

  /** {@code template records}: the data-entry workbook for the secretariats. */
  @Command(name = "records", mixinStandardHelpOptions = true,
      description = "The data-entry workbook: one row per alliance (code and name locked), one "
          + "column per fact with the rule in a note, whole numbers of at least 0. "
          + "'score --records' reads it back.")
  static final class Records implements Callable<Integer> {

    @Option(names = "--year", paramLabel = "N", defaultValue = "2019",
        description = "The year of the records (default: ${DEFAULT-VALUE}).")
    int year;

    @Option(names = "--roster", paramLabel = "FILE",
        description = "The alliances, CSV or .xlsx with code,name (default: the alliances of the "
            + "embedded 2019 table).")
    Path roster;

    @Option(names = "--system", paramLabel = "FILE",
        description = "The indicator system as 'template system' writes it (default: the "
            + "standard 2019 model).")
    Path system;

    @Mixin SheetOption xlsxSheet;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true,
        description = "The workbook to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
      IndicatorSystem s = system == null ? IndicatorSystem.standard2019()
          : SystemTable.read(system).system();
      List<Alliance> alliances;
      if (roster == null) {
        alliances = ScoreSheet.readResource(ReportCommand.EMBEDDED_SCORES).results().stream()
            .map(io.allianceeval.evaluation.PublishedResult::alliance).sorted().toList();
      } else {
        Population p = Roster.read(roster, xlsxSheet.name());
        alliances = p.roster().orElseThrow();
      }
      io.allianceeval.evaluation.Evaluation.forYear(year); // the year range
      AtomicFiles.write(out, RecordsTemplate.workbook(alliances, year, s));
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
      AtomicFiles.write(out, SystemTable.workbook(IndicatorSystem.standard2019(),
          TierScheme.standard()));
      return 0;
    }
  }
}
