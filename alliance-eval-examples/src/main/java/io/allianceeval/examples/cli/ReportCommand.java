package io.allianceeval.examples.cli;

import io.allianceeval.examples.app.PublishedReports;
import io.allianceeval.examples.report.ReportSource;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: the year's report from a published score sheet. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {
      "The year's report (section 三 figures, score table, charts) from a score sheet.",
      "With no options: the 2019 report from the embedded 附件 2 and the population "
          + "FIRST=52,SECOND=39,THIRD=55,NETWORK=11."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--scores", paramLabel = "FILE",
      description = "Score sheet, CSV or .xlsx (Excel, WPS): code,name,score,tier in any order, "
          + "English or Chinese headers (批次*, 联盟名称, 评分, 等级), or 附件 2 as published with "
          + "its group rows; score or tier may be blank, not both. Default: the embedded 2019 "
          + "table.")
  Path scores;

  @Mixin SheetOption xlsxSheet;

  @Mixin YearOption yearOption;

  @Mixin SectionOptions sections;
  @Mixin PopulationOptions population;
  @Mixin OutputOptions output;
  @Mixin DiagnosticsOptions diagnostics;

  @Override
  public Integer call() throws Exception {
    ReportSource source = PublishedReports.read(new PublishedReports.Request(
        Optional.ofNullable(scores), yearOption.orElse(2019), population.source(),
        sections.prose(), sections.panel(), diagnostics.request(), xlsxSheet.name(),
        output.lang));
    output.write(source, spec.commandLine().getOut());
    return 0;
  }
}
