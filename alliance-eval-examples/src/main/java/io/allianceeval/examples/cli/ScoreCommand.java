package io.allianceeval.examples.cli;

import io.allianceeval.examples.app.RecordReports;
import io.allianceeval.examples.app.ScoringModel;
import io.allianceeval.examples.report.ReportSource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code score}: scores activity records with the standard 2019 model and reports them. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {
      "Scores activity records with the standard 2019 indicator system and reports as 'report' "
          + "does, plus group subtotals and indicator points.",
      "With --activities FILE... or --db FILE: the entries of the dynamic information database, "
          + "counted over the evaluation period (--period).",
      "With none of these: the shipped SYNTHETIC example records."
    })
final class ScoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin SheetOption xlsxSheet;

  @Mixin SystemOption systemOption;

  @Mixin YearOption yearOption;

  @Mixin ActivityOptions activities;
  @Mixin SectionOptions sections;
  @Mixin PopulationOptions population;
  @Mixin OutputOptions output;
  @Mixin DiagnosticsOptions diagnostics;

  @Override
  public Integer call() throws Exception {
    ReportSource source = RecordReports.read(new RecordReports.Request(activities.source(),
        yearOption.orElse(2019), ScoringModel.read(systemOption.file()), population.source(),
        activities.period(), activities.trace(),
        sections.prose(), sections.panel(), diagnostics.request(), xlsxSheet.name(),
        output.lang));
    output.write(source, spec.commandLine().getOut());
    return 0;
  }
}
