package io.allianceeval.examples.cli;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Population;
import io.allianceeval.examples.io.ScoreSheet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  static final String EMBEDDED_SCORES = "/io/allianceeval/examples/data/scores-2019.csv";
  static final String EMBEDDED_POPULATION = "FIRST=52,SECOND=39,THIRD=55,NETWORK=11";

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
    List<String> notes = new ArrayList<>();
    ScoreSheet sheet;
    Population pop;
    if (scores == null) {
      sheet = ScoreSheet.readResource(EMBEDDED_SCORES);
      pop = population.population(xlsxSheet.name())
          .orElse(PopulationOptions.parseCounts(EMBEDDED_POPULATION));
      notes.add(output.lang.text("report.note.embedded"));
    } else {
      sheet = ScoreSheet.read(scores, xlsxSheet.name());
      pop = population.population(xlsxSheet.name()).orElse(Population.evaluated());
    }
    Evaluation evaluation = Evaluation.forYear(yearOption.orElse(2019)).withPopulation(pop);
    EvaluationResult result = sheet.evaluate(evaluation);
    output.report(result, notes, diagnostics.compute(result, xlsxSheet.name()),
        sections.inputs(scores == null && yearOption.orElse(2019) == 2019, xlsxSheet.name()), spec.commandLine().getOut());
    return 0;
  }
}
