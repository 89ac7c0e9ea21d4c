package io.allianceeval.examples.cli;

import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.ITypeConverter;
import io.allianceeval.activity.Activity;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.activity.Period;
import io.allianceeval.activity.Tally;
import io.allianceeval.activity.TallyResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.evaluation.Population;
import io.allianceeval.examples.db.ActivityDatabase;
import io.allianceeval.examples.io.ActivityLogFile;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.scoring.IndicatorSystem;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where {@code score} takes the year's activity from when it is an activity log: {@code
 * --activities FILE...} or the database ({@code --db FILE} or {@code --jdbc-url URL}), over {@code
 * --period}; and {@code --trace CODE} to list the entries behind each score of an alliance.
 */
final class ActivityOptions {

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  /** Where the year's activity comes from: one of these, or none for the synthetic records. */
  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Source source = new Source();

  /** The sources of a year's activity; picocli refuses more than one. */
  static final class Source {
    @Option(names = "--records", paramLabel = "FILE",
        description = "Activity records, CSV or .xlsx (as 'template records' writes it): "
            + "code,name and one column per fact (council_meetings, …, media_reports, or the "
            + "indicators' Chinese names); a blank cell is a missing fact. Default: synthetic "
            + "examples.")
    Path records;

    @Option(names = "--activities", paramLabel = "FILE", arity = "1..*",
        description = "Activity logs, CSV or .xlsx (as 'template activities' writes it): "
            + "code,name,date,kind,title,evidence,value, one entry a row.")
    List<Path> logs = new ArrayList<>();

    @Option(names = "--db", paramLabel = "FILE",
        description = "The activity database (SQLite) that 'db import' fills.")
    Path db;

    @Option(names = "--jdbc-url", paramLabel = "URL",
        description = "Another database with the same schema, its JDBC driver on the class path.")
    String jdbcUrl;
  }

  @Option(names = "--period", paramLabel = "START..END",
      description = "The evaluation period, e.g. 2019-01-01..2019-12-31 (default: the calendar "
          + "year of --year).", converter = PeriodConverter.class)
  Period period;

  /** Reads {@code --period} with {@link Period#parse}, whose message names the impossible day. */
  static final class PeriodConverter implements ITypeConverter<Period> {
    @Override
    public Period convert(String text) {
      try {
        return Period.parse(text);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  @Option(names = "--trace", paramLabel = "CODE", split = ",",
      description = "List the entries each indicator score of these alliances was counted from.")
  List<String> trace = new ArrayList<>();

  /** Whether an activity log or database was asked for. */
  boolean given() {
    return !source.logs.isEmpty() || source.db != null || source.jdbcUrl != null;
  }

  /** The records file given, if any. */
  Optional<Path> records() {
    return Optional.ofNullable(source.records);
  }

  /**
   * The tally of the year.
   *
   * @throws ParameterException for {@code --period} or {@code --trace} without a log
   */
  Tally tally(int year, IndicatorSystem system, Optional<Population> population) {
    if ((period != null || !trace.isEmpty()) && !given()) {
      throw new ParameterException(mixee.commandLine(), (period != null ? "--period" : "--trace")
          + " needs --activities, --db or --jdbc-url");
    }
    Tally tally = Tally.forYear(year).withKinds(ActivityKinds.forSystem(system));
    if (period != null) {
      tally = tally.withPeriod(period);
    }
    if (population.isPresent() && population.get().hasRoster()) {
      tally = tally.withRoster(population.get().roster().get());
    }
    return tally;
  }

  /**
   * Tallies the log or the database.
   *
   * @throws BadInputException every problem of the log, or of the database's entries
   */
  TallyResult read(Tally tally, String sheet) throws BadInputException, SQLException {
    if (!source.logs.isEmpty()) {
      return ActivityLogFile.read(source.logs, sheet, tally.kinds()).tally(tally);
    }
    try (ActivityDatabase database = source.db != null ? ActivityDatabase.open(source.db, false)
        : ActivityDatabase.connect(source.jdbcUrl)) {
      List<Activity> entries = database.activities(tally.kinds());
      try {
        return tally.tally(entries);
      } catch (InvalidInputException e) {
        List<InputProblem> problems = new ArrayList<>();
        for (InvalidInputException.Problem p : e.problems()) {
          problems.add(InputProblem.inFile(database.name(), p.message()));
        }
        throw new BadInputException(problems);
      }
    }
  }

  /**
   * The notes on a tally: what was counted, left out and dropped, and the traces asked for.
   *
   * @throws IllegalArgumentException for a {@code --trace} code the result does not score
   */
  List<String> notes(TallyResult tally, List<Participant> participants, Lang lang) {
    List<String> notes = new ArrayList<>();
    int counted = 0;
    for (var r : tally.records()) {
      counted += tally.entries(r.code()).size();
    }
    notes.add(lang.text("log.summary", tally.period().start(), tally.period().end(), counted,
        tally.excluded().size(), tally.duplicates().size(), tally.ineligible().size()));
    list(notes, lang, "log.excluded", tally.excluded());
    list(notes, lang, "log.duplicates", tally.duplicates());
    for (String t : trace) {
      AllianceCode code = AllianceCode.parse(t.strip());
      Participant p = participants.stream().filter(x -> x.code().equals(code)).findFirst()
          .orElseThrow(() -> new ParameterException(mixee.commandLine(), "--trace " + t + ": alliance " + code
              + " was not scored"));
      notes.add(lang.text("log.trace", p.alliance().name(), code));
      for (TallyResult.TracedScore s : tally.trace(p.scorecard().orElseThrow())) {
        var i = s.score().indicator();
        String entries = s.entries().stream().map(a -> a.date() + " " + a.title()
            + (a.value().isPresent() ? " = " + a.value().getAsInt() : ""))
            .collect(java.util.stream.Collectors.joining(lang.text("sep.item")));
        notes.add(lang.text("log.traced", i.id(), lang.pick(i.chineseName(), i.englishName()),
            s.score().points().toString(), i.maxPoints().toString(),
            s.entries().size(), entries.isEmpty() ? "" : lang.text("log.traced.entries",
                entries)));
      }
    }
    return notes;
  }

  private static final int LISTED = 20;

  private static void list(List<String> notes, Lang lang, String key, List<Activity> entries) {
    if (entries.isEmpty()) {
      return;
    }
    List<String> shown = entries.stream().sorted(Comparator.comparing(Activity::date)
        .thenComparing(a -> a.alliance().code()).thenComparing(Activity::title)).limit(LISTED)
        .map(Activity::toString).toList();
    notes.add(lang.text(key, entries.size(), String.join(lang.text("sep.clause"), shown)
        + (entries.size() > LISTED ? lang.text("log.more", entries.size() - LISTED) : "")));
  }
}
