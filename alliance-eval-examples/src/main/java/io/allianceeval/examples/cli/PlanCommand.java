package io.allianceeval.examples.cli;

import io.allianceeval.examples.app.Plans;
import io.allianceeval.examples.app.ScoringModel;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.review.Panel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code plan}: the review's assignment and one scoring workbook per expert and round. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = {
      "Plans the expert review: each alliance gets a group for group initial scoring (分组初评) "
          + "and another for cross-group re-scoring (集中交叉分组复评), with enough experts not "
          + "affiliated with it. Writes DIR/assignment.xlsx and one scoring workbook per expert "
          + "and round, DIR/round-N/ID.xlsx, that 'review --scores DIR' reads back."
    })
final class PlanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--experts", paramLabel = "FILE", required = true,
      description = "Experts, CSV or .xlsx: id,name,group,affiliations (codes separated by ;).")
  Path experts;

  @Option(names = "--alliances", paramLabel = "FILE", required = true,
      description = "The alliances under review, CSV or .xlsx: code,name.")
  Path alliances;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "2019",
      description = "Seed of the planner's tie-breaking; the same inputs and seed give the same "
          + "plan (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--min-experts", paramLabel = "N", defaultValue = "2",
      description = "Experts not affiliated with an alliance that each of its groups needs "
          + "(default: ${DEFAULT-VALUE}).")
  int minExperts;

  @Mixin SystemOption systemOption;

  @Mixin SheetOption xlsxSheet;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The folder to write the workbooks to (created if need be).")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (minExperts < 1) {
      throw new ParameterException(spec.commandLine(),
          "--min-experts: expected at least 1, found " + minExperts);
    }
    Plans.Planned planned = Plans.plan(experts, alliances, seed, minExperts,
        ScoringModel.read(systemOption.file()).system(), xlsxSheet.name(), out);
    Panel panel = planned.panel();
    Map<AllianceCode, Alliance> names = planned.alliances();
    int written = planned.workbooks().size();
    PrintWriter w = spec.commandLine().getOut();
    w.println("planned " + names.size() + " alliances for " + panel.experts().size()
        + " experts in " + panel.groupNames().size() + " groups (seed " + seed + "): "
        + out.resolve("assignment.xlsx") + " and " + written + " scoring workbooks in "
        + out.resolve("round-1") + ", " + out.resolve("round-2"));
    w.flush();
    return 0;
  }
}
