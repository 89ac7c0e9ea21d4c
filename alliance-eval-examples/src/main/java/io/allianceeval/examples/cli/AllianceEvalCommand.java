package io.allianceeval.examples.cli;

import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.model.Points;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

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
        TemplateCommand.class, PlanCommand.class, DbCommand.class, ServeCommand.class,
        CommandLine.HelpCommand.class})
public final class AllianceEvalCommand implements Runnable {

  /** Exit code for bad input: unreadable or invalid files and options, which the user can fix. */
  public static final int BAD_INPUT = 2;

  /**
   * Exit code for work that could not be done: a full disk, a locked database, a folder that
   * cannot be written. One line names the file and the cause.
   */
  public static final int FAILED = 1;

  /** Exit code for a bug in alliance-eval ({@code EX_SOFTWARE} of sysexits.h). */
  public static final int INTERNAL_ERROR = 70;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /**
   * What a command's exception means to the user: bad input (exit 2, every problem), work that could
   * not be done (exit 1, one line naming the file and the cause), or a bug (exit 70, "internal
   * error" with the stack trace). Anything not known to be the user's input or the machine's
   * storage is a bug: an {@code IllegalArgumentException} from the core included.
   */
  static int handle(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    int code;
    if (e instanceof BadInputException || e instanceof ParameterException) {
      err.println("alliance-eval: " + e.getMessage());
      code = BAD_INPUT;
    } else if (e instanceof StorageException storage) {
      err.println("alliance-eval: " + StorageMessages.of(storage, lang(parseResult)));
      code = FAILED;
    } else if (e instanceof IOException io) {
      String file = io instanceof FileSystemException fse && fse.getFile() != null
          ? fse.getFile() : "";
      err.println("alliance-eval: " + StorageMessages.of(StorageException.of(file,
          StorageException.Action.USE, io), lang(parseResult)));
      code = FAILED;
    } else if (e instanceof SQLException sql) {
      String said = String.valueOf(sql.getMessage()).replaceAll("\\s+", " ").strip();
      err.println("alliance-eval: " + StorageMessages.of(new StorageException("--db",
          StorageException.Action.USE, StorageException.reason(said), said, sql),
          lang(parseResult)));
      code = FAILED;
    } else {
      err.println("alliance-eval: internal error (a bug in alliance-eval; please report it with "
          + "what follows): " + e);
      e.printStackTrace(err);
      code = INTERNAL_ERROR;
    }
    err.flush();
    return code;
  }

  /** The language the command was asked for ({@code --lang}), Chinese by default. */
  private static Lang lang(ParseResult parseResult) {
    ParseResult pr = parseResult;
    while (pr != null && pr.hasSubcommand()) {
      pr = pr.subcommand();
    }
    if (pr != null && pr.hasMatchedOption("--lang")) {
      Object value = pr.matchedOptionValue("--lang", Lang.ZH);
      return value instanceof Lang l ? l : Lang.ZH;
    }
    return Lang.ZH;
  }

  /**
   * An option that cannot be used, found while the command line is parsed: one line that says what
   * was expected, and where to read the options; exit code 2.
   */
  private static int handleOptions(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("alliance-eval: " + e.getMessage());
    if (!UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println("Try 'alliance-eval " + (cl.getCommandSpec().qualifiedName().equals(
          "alliance-eval") ? "" : cl.getCommandSpec().qualifiedName().substring(
              "alliance-eval ".length()) + " ") + "--help' for the options.");
    }
    err.flush();
    return BAD_INPUT;
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** The command line, its converters registered, ready to parse or execute. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new AllianceEvalCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(Points.class, Points::parse);
    return cli;
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(AllianceEvalCommand::handle);
    cli.setParameterExceptionHandler(AllianceEvalCommand::handleOptions);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
