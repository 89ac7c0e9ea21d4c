package io.allianceeval.examples.cli;

import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.model.Points;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code alliance-eval} command: the year's report, scoring, awards. */
@Command(
    name = "alliance-eval",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Activity evaluation (活跃度评价) of industrial technology innovation strategic alliances.",
      "Run a subcommand with --help for its options."
    },
    subcommands = {ReportCommand.class, ScoreCommand.class, AwardsCommand.class, ReviewCommand.class,
        TemplateCommand.class, PlanCommand.class, DbCommand.class,
        CommandLine.HelpCommand.class})
public final class AllianceEvalCommand implements Runnable {

  /** Exit code for bad input: unreadable or invalid files and options. */
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new AllianceEvalCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(Points.class, Points::parse);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof BadInputException || e instanceof IllegalArgumentException) {
        commandLine.getErr().println("alliance-eval: " + e.getMessage());
        commandLine.getErr().flush();
        return BAD_INPUT;
      }
      commandLine.getErr().println("alliance-eval: failed: " + e);
      commandLine.getErr().flush();
      return 1;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
