package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import io.allianceeval.activity.Activity;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.activity.Period;
import io.allianceeval.activity.Tally;
import io.allianceeval.activity.TallyResult;
import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.evaluation.Population;
import io.allianceeval.examples.io.ActivityRecords;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.examples.report.DiagnosticsFigures;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.examples.report.ReportInputs;
import io.allianceeval.examples.report.ReportSource;
import io.allianceeval.model.AllianceCode;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The report of a year scored from activity ({@code score}): records, a log or the database read
 * once, tallied over the period, scored, and reported with what the tally counted, left out and
 * dropped, and the entries behind the scores asked for.
 */
public final class RecordReports {

  /** At most this many excluded or duplicate entries are listed in the notes. */
  private static final int LISTED = 20;

  /**
   * What to score and report.
   *
   * @param activity where the activity comes from
   * @param year the evaluation year
   * @param model the indicator system and tier scheme (a standard model is said so)
   * @param population the population, if given
   * @param period the evaluation period of a log; empty for the calendar year
   * @param trace the alliances whose scores are traced to their entries
   * @param prose the folder with the office's prose, if any
   * @param panel the panel table, if any
   * @param diagnostics the diagnostics asked for, if any
   * @param sheet the sheet of .xlsx inputs to read; null for the first with a header
   * @param lang the language of the notes
   */
  public record Request(ActivitySource activity, int year, ScoringModel model,
      PopulationSource population,
      Optional<Period> period, List<AllianceCode> trace, Optional<Path> prose,
      Optional<Path> panel, Optional<DiagnosticsRequest> diagnostics, String sheet, Lang lang) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException for a period or a trace without a log
     */
    public Request {
      requireNonNull(activity, "activity");
      requireNonNull(model, "model");
      requireNonNull(population, "population");
      requireNonNull(period, "period");
      trace = List.copyOf(trace);
      requireNonNull(prose, "prose");
      requireNonNull(panel, "panel");
      requireNonNull(diagnostics, "diagnostics");
      requireNonNull(lang, "lang");
      if ((period.isPresent() || !trace.isEmpty()) && !activity.isLog()) {
        throw new IllegalArgumentException("a period or a trace needs an activity log");
      }
    }
  }

  private RecordReports() {}

  /**
   * Reads, tallies, scores and evaluates what {@code request} names.
   *
   * @throws BadInputException every problem of the inputs, or a traced alliance not scored
   * @throws StorageException if a file cannot be read for a reason other than its content
   * @throws SQLException if the database cannot be read
   */
  public static ReportSource read(Request request)
      throws BadInputException, StorageException, SQLException {
    Optional<Population> given = request.population().read(request.sheet());
    Evaluation evaluation = Evaluation.forYear(request.year())
        .withIndicatorSystem(request.model().system())
        .withTierScheme(request.model().tiers())
        .withPopulation(given.orElse(Population.evaluated()));
    List<String> notes = new ArrayList<>();
    EvaluationResult result;
    Optional<Period> period = Optional.empty();
    Lang lang = request.lang();
    if (request.activity().isLog()) {
      TallyResult log = request.activity().tally(tally(request, given), request.sheet());
      result = log.evaluate(evaluation);
      notes.addAll(notes(log, result.participants(), request.trace(), lang));
      period = Optional.of(log.period());
    } else {
      ActivityRecords input;
      if (request.activity().records().isEmpty()) {
        input = ActivityRecords.readResource(EmbeddedData.SYNTHETIC_RECORDS,
            request.model().system(), request.year());
        notes.add(lang.text("score.note.synthetic"));
      } else {
        input = ActivityRecords.read(request.activity().records().get(), request.sheet(),
            request.model().system(), request.year());
      }
      result = input.evaluate(evaluation);
    }
    if (request.model().standard()) {
      notes.add(lang.text("score.note.standardModel"));
    }
    Optional<DiagnosticsFigures> diagnostics = request.diagnostics().isPresent()
        ? Optional.of(request.diagnostics().get().compute(result, request.sheet()))
        : Optional.empty();
    ReportInputs inputs = ReportSections.read(result, request.prose(), request.panel(),
        request.sheet(), false);
    return new ReportSource(result, notes, period.map(inputs::withPeriod).orElse(inputs),
        diagnostics);
  }

  /**
   * The report of a log already tallied over a roster (the server's locked year): evaluated with
   * the roster as the population, with the same notes as {@link #read} gives a log with {@code
   * --roster}, so that the same entries give the same report.
   *
   * @param log the tally, over a roster
   * @throws IllegalArgumentException if the tally has no roster
   */
  public static ReportSource ofTally(TallyResult log, ScoringModel model, Lang lang)
      throws BadInputException, StorageException {
    Population population = Population.ofRoster(log.tally().roster().orElseThrow(() ->
        new IllegalArgumentException("the tally has no roster")));
    Evaluation evaluation = Evaluation.forYear(log.tally().year())
        .withIndicatorSystem(model.system())
        .withTierScheme(model.tiers())
        .withPopulation(population);
    EvaluationResult result = log.evaluate(evaluation);
    List<String> notes = new ArrayList<>(notes(log, result.participants(), List.of(), lang));
    if (model.standard()) {
      notes.add(lang.text("score.note.standardModel"));
    }
    ReportInputs inputs = ReportSections.read(result, Optional.empty(), Optional.empty(), null,
        false);
    return new ReportSource(result, notes, inputs.withPeriod(log.period()), Optional.empty());
  }

  private static Tally tally(Request request, Optional<Population> population) {
    Tally tally = Tally.forYear(request.year())
        .withKinds(ActivityKinds.forSystem(request.model().system()));
    if (request.period().isPresent()) {
      tally = tally.withPeriod(request.period().get());
    }
    if (population.isPresent() && population.get().hasRoster()) {
      tally = tally.withRoster(population.get().roster().get());
    }
    return tally;
  }

  /** What the tally counted, left out and dropped, and the traces asked for. */
  private static List<String> notes(TallyResult tally, List<Participant> participants,
      List<AllianceCode> trace, Lang lang) throws BadInputException {
    List<String> notes = new ArrayList<>();
    int counted = 0;
    for (var r : tally.records()) {
      counted += tally.entries(r.code()).size();
    }
    notes.add(lang.text("log.summary", tally.period().start(), tally.period().end(), counted,
        tally.excluded().size(), tally.duplicates().size(), tally.ineligible().size()));
    list(notes, lang, "log.excluded", tally.excluded());
    list(notes, lang, "log.duplicates", tally.duplicates());
    List<InputProblem> unscored = new ArrayList<>();
    for (AllianceCode code : trace) {
      Optional<Participant> p = participants.stream().filter(x -> x.code().equals(code))
          .findFirst();
      if (p.isEmpty()) {
        unscored.add(InputProblem.inFile("--trace " + code, "alliance " + code
            + " was not scored"));
        continue;
      }
      notes.add(lang.text("log.trace", p.get().alliance().name(), code));
      for (TallyResult.TracedScore s : tally.trace(p.get().scorecard().orElseThrow())) {
        var i = s.score().indicator();
        String entries = s.entries().stream().map(a -> a.date() + " " + a.title()
            + (a.value().isPresent() ? " = " + a.value().getAsInt() : ""))
            .collect(Collectors.joining(lang.text("sep.item")));
        notes.add(lang.text("log.traced", i.id(), lang.pick(i.chineseName(), i.englishName()),
            s.score().points().toString(), i.maxPoints().toString(),
            s.entries().size(), entries.isEmpty() ? "" : lang.text("log.traced.entries",
                entries)));
      }
    }
    if (!unscored.isEmpty()) {
      throw new BadInputException(unscored);
    }
    return notes;
  }

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
