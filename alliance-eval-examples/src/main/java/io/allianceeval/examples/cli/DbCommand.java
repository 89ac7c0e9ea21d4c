package io.allianceeval.examples.cli;

import io.allianceeval.activity.Activity;
import io.allianceeval.examples.app.ActivityLogs;
import io.allianceeval.examples.app.ScoringModel;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.scoring.IndicatorSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code db}: the dynamic information database, an SQLite file. */
@Command(name = "db", mixinStandardHelpOptions = true,
    description = "The dynamic information database (联盟动态信息数据库): one SQLite file with the "
        + "alliances and their dated entries. 'score --db FILE' scores from it.",
    subcommands = {DbCommand.Import.class, DbCommand.Export.class, DbCommand.Check.class,
        DbCommand.Backup.class})
final class DbCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(),
        "db needs a subcommand: import, export, check or backup");
  }

  /** Options both subcommands share. */
  static final class DbOptions {
    @Option(names = "--db", paramLabel = "FILE", required = true,
        description = "The database file (SQLite).")
    Path db;

    @Mixin SystemOption system;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
        converter = OutputOptions.LangConverter.class,
        description = "Language of the summary (default: ${DEFAULT-VALUE}).")
    Lang lang = Lang.ZH;

    /** The indicator system given, or the standard 2019 model. */
    IndicatorSystem indicatorSystem() throws BadInputException {
      return ScoringModel.read(system.file()).system();
    }
  }

  /** {@code db import}: validates every input, then imports all of it in one transaction. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Reads activity logs (CSV or .xlsx), checks every entry, and only if all are "
          + "good imports them in one transaction; entries already in the database are not "
          + "imported again. Creates the database if it does not exist.")
  static final class Import implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DbOptions options;
    @Mixin SheetOption xlsxSheet;

    @Option(names = "--roster", paramLabel = "FILE",
        description = "The alliances registered (code,name): an entry of another alliance is "
            + "refused, and the alliances are stored with these names.")
    Path roster;

    @Parameters(paramLabel = "LOG", arity = "1..*",
        description = "Activity logs: code,name,date,kind,title,evidence,value.")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      ActivityLogs.Imported r = ActivityLogs.importLogs(options.db, inputs,
          Optional.ofNullable(roster), options.indicatorSystem(), xlsxSheet.name());
      spec.commandLine().getOut().println(options.lang.text("db.imported", r.database(),
          r.result().entriesAdded(), r.result().entriesAlreadyPresent(),
          r.result().alliancesAdded(), r.size()));
      return 0;
    }
  }

  /** {@code db export}: the database as an activity log. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Writes every entry as an activity log: .xlsx (the template's layout, with "
          + "the alliances on a sheet of their own) or CSV. 'db import' reads it back.")
  static final class Export implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DbOptions options;

    @Option(names = "--out", paramLabel = "FILE.xlsx|FILE.csv", required = true,
        description = "The file to write; its extension chooses the format.")
    Path out;

    @Override
    public Integer call() throws Exception {
      String file = out.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!file.endsWith(".xlsx") && !file.endsWith(".csv")) {
        throw new ParameterException(spec.commandLine(),
            "--out must end in .xlsx or .csv: " + out);
      }
      ActivityLogs.Exported r = ActivityLogs.export(options.db, out, options.indicatorSystem());
      spec.commandLine().getOut().println(options.lang.text("db.exported", r.database(),
          r.entries(), r.alliances(), out));
      return 0;
    }
  }

  /** {@code db check}: SQLite's integrity check, in words. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Runs SQLite's integrity check on the database and says the result: exit 0 "
          + "when it is whole, 1 when it is damaged (restore a backup).")
  static final class Check implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DbOptions options;

    @Override
    public Integer call() throws Exception {
      ActivityLogs.Checked r = ActivityLogs.check(options.db);
      spec.commandLine().getOut().println(r.whole()
          ? options.lang.text("db.check.ok", r.database(), r.entries())
          : options.lang.text("db.check.damaged", r.database(), String.join("; ", r.problems())));
      return r.whole() ? 0 : AllianceEvalCommand.FAILED;
    }
  }

  /** {@code db backup}: a consistent copy while others read and write. */
  @Command(name = "backup", mixinStandardHelpOptions = true,
      description = "Writes a consistent copy of the database while other processes read and "
          + "write it (SQLite's VACUUM INTO). To restore, copy the backup back in place of the "
          + "database while nothing uses it.")
  static final class Backup implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DbOptions options;

    @Option(names = "--out", paramLabel = "COPY", required = true,
        description = "The backup file to write (replaced if it exists).")
    Path out;

    @Override
    public Integer call() throws Exception {
      int entries = ActivityLogs.backup(options.db, out);
      spec.commandLine().getOut().println(options.lang.text("db.backup", options.db, out,
          entries));
      return 0;
    }
  }
}
