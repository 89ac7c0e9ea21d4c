package io.allianceeval.examples.cli;

import io.allianceeval.activity.Tally;
import io.allianceeval.activity.TallyResult;
import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Population;
import io.allianceeval.examples.io.ActivityRecords;
import io.allianceeval.examples.report.ReportInputs;
import io.allianceeval.scoring.IndicatorSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  static final String EMBEDDED_RECORDS =
      "/io/allianceeval/examples/data/synthetic-activity-records-2019.csv";

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
    int year = yearOption.orElse(2019);
    IndicatorSystem system = systemOption.indicatorSystem();
    List<String> notes = new ArrayList<>();
    Optional<Population> given = population.population(xlsxSheet.name());
    Evaluation evaluation = Evaluation.forYear(year).withIndicatorSystem(system)
        .withTierScheme(systemOption.tierScheme()).withPopulation(given.orElse(Population.evaluated()));
    Tally tally = activities.tally(year, system, given);
    EvaluationResult result;
    ReportInputs inputs = sections.inputs(false, xlsxSheet.name());
    if (activities.given()) {
      TallyResult log = activities.read(tally, xlsxSheet.name());
      result = log.evaluate(evaluation);
      notes.addAll(activities.notes(log, result.participants(), output.lang));
      inputs = inputs.withPeriod(log.period());
    } else {
      ActivityRecords input;
      Optional<Path> records = activities.records();
      if (records.isEmpty()) {
        input = ActivityRecords.readResource(EMBEDDED_RECORDS, system, year);
        notes.add(output.lang.text("score.note.synthetic"));
      } else {
        input = ActivityRecords.read(records.get(), xlsxSheet.name(), system, year);
      }
      result = input.evaluate(evaluation);
    }
    if (!systemOption.given()) {
      notes.add(output.lang.text("score.note.standardModel"));
    }
    output.report(result, notes, diagnostics.compute(result, xlsxSheet.name()),
        inputs, spec.commandLine().getOut());
    return 0;
  }
}
