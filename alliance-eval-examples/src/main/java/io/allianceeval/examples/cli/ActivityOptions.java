package io.allianceeval.examples.cli;

import io.allianceeval.activity.Activity;
import io.allianceeval.activity.Period;
import io.allianceeval.examples.app.ActivitySource;
import io.allianceeval.model.AllianceCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

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

  @Option(names = "--trace", paramLabel = "CODE", split = ",", converter = CodeConverter.class,
      description = "List the entries each indicator score of these alliances was counted from.")
  List<AllianceCode> trace = new ArrayList<>();

  /** Reads an alliance code with {@link AllianceCode#parse}, whose message says the forms. */
  static final class CodeConverter implements ITypeConverter<AllianceCode> {
    @Override
    public AllianceCode convert(String text) {
      try {
        return AllianceCode.parse(text.strip());
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /**
   * The source given, with the options that go with a log.
   *
   * @throws ParameterException for {@code --period} or {@code --trace} without a log
   */
  ActivitySource source() {
    ActivitySource given = new ActivitySource(Optional.ofNullable(source.records), source.logs,
        Optional.ofNullable(source.db), Optional.ofNullable(source.jdbcUrl));
    if ((period != null || !trace.isEmpty()) && !given.isLog()) {
      throw new ParameterException(mixee.commandLine(), (period != null ? "--period" : "--trace")
          + " needs --activities, --db or --jdbc-url");
    }
    return given;
  }

  /** The evaluation period, if given. */
  Optional<Period> period() {
    return Optional.ofNullable(period);
  }

  /** The alliances to trace. */
  List<AllianceCode> trace() {
    return trace;
  }
}
