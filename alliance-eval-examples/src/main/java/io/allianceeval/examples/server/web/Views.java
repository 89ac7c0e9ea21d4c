package io.allianceeval.examples.server.web;

import io.allianceeval.activity.Activity;
import io.allianceeval.activity.ActivityKind;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.activity.TallyResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.examples.app.YearSteps;
import io.allianceeval.examples.db.Account;
import io.allianceeval.examples.db.Change;
import io.allianceeval.examples.db.StoredEntry;
import io.allianceeval.examples.db.StoredYear;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.model.Alliance;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorPolicy;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.statistics.Share;
import io.allianceeval.year.SubmissionState;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the pages show, made ready for the templates: labels in the page's language, rows. */
public final class Views {

  /** Beijing time, in which deadlines are set and shown. */
  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Views() {}

  /** A year in a list. */
  public record YearRow(int year, String period, String deadline, boolean locked, String href,
      String phase, String phaseKey, List<Link> links) {}

  /** A link a page offers. */
  public record Link(String label, String href) {}

  /** A count of a state in a batch, with its share of the batch. */
  public record Cell(int count, String percent) {}

  /** A batch's row of the dashboard. */
  public record StatusRow(String label, int total, List<Cell> cells) {}

  /** An alliance in the dashboard's list. */
  public record AllianceRow(String code, String name, String batch, String state, String stateKey,
      String comment, String href) {}

  /** The office's dashboard of a year. */
  public record Dashboard(YearRow year, List<String> states, List<StatusRow> rows,
      List<AllianceRow> nothingYet, List<AllianceRow> alliances, String deadlineInput,
      String lockRefused) {}

  /** An entry in a list. */
  public record EntryRow(long id, String kind, String date, String title, String evidence,
      String value) {}

  /** An indicator of the tally, with the entries that earned its points. */
  public record IndicatorRow(String id, String name, String points, String max,
      List<String> entries) {}

  /** A kind to choose in a form. */
  public record KindOption(String name, String label) {}

  /** A line of the change history. */
  public record ChangeRow(String at, String username, String action, String entry,
      String before, String after) {}

  /** What the user may do on the alliance's page now, as the year's rules say. */
  public record Steps(boolean changeEntries, boolean submit, boolean approve, boolean giveBack,
      boolean reopen) {}

  /** An alliance's page. */
  public record AlliancePage(YearRow year, String code, String name, String state,
      String stateKey, String comment, String reopenedBecause, List<EntryRow> entries,
      List<IndicatorRow> indicators, String total, String tier, String ineligible,
      List<String> excluded, List<String> duplicates, List<KindOption> kinds, Steps steps,
      List<ChangeRow> history, String base) {}

  /** An account in the list. */
  public record AccountRow(String username, String role, String alliance, boolean disabled,
      boolean mustChange, String created) {}

  static String time(Instant i) {
    return MINUTE.format(i.atZone(BEIJING));
  }

  static YearRow year(StoredYear y, Texts t) {
    return new YearRow(y.year().year(), t.lang().period(y.year().period().start(),
        y.year().period().end()), t.get("time.beijing", time(y.year().deadline())),
        y.year().locked(), "/years/" + y.year().year(), t.get("phase." + y.phase().name()),
        y.phase().name(), List.of());
  }

  /**
   * {@code y} in the list of years, with the links {@code actor} has in it now: the office its
   * review; an expert the sheet of the open round; a secretariat its alliance, and its result
   * from publicity on; everyone the published report.
   */
  static YearRow year(StoredYear y, Texts t, io.allianceeval.year.Actor actor) {
    YearRow row = year(y, t);
    int n = y.year().year();
    io.allianceeval.year.Phase phase = y.phase();
    List<Link> links = new ArrayList<>();
    switch (actor.role()) {
      case OFFICE -> {
        links.add(new Link(t.get("years.dashboard"), "/years/" + n));
        if (phase != io.allianceeval.year.Phase.ENTRY) {
          links.add(new Link(t.get("years.review"), "/years/" + n + "/review"));
        }
      }
      case EXPERT -> {
        for (io.allianceeval.review.Round r : io.allianceeval.review.Round.values()) {
          if (phase == io.allianceeval.year.ReviewRules.openPhase(r)) {
            links.add(new Link(t.get("years.sheet", r.number()), "/years/" + n + "/rounds/"
                + r.number() + "/sheet"));
          }
        }
      }
      default -> {
        String a = "/years/" + n + "/alliances/" + actor.alliance().orElseThrow();
        links.add(new Link(t.get("years.alliance"), a));
        if (phase.compareTo(io.allianceeval.year.Phase.PUBLICITY) >= 0) {
          links.add(new Link(t.get("years.result"), a + "/result"));
        }
      }
    }
    if (phase == io.allianceeval.year.Phase.PUBLISHED) {
      links.add(new Link(t.get("years.report"), "/api/v1/years/" + n + "/report?format=html&lang="
          + (t.lang() == Lang.ZH ? "zh" : "en")));
    }
    return new YearRow(row.year(), row.period(), row.deadline(), row.locked(), row.href(),
        row.phase(), row.phaseKey(), links);
  }

  static String state(SubmissionState s, Texts t) {
    return t.get("state." + s.name());
  }

  /**
   * The dashboard of {@code s}; {@code lockRefused} says why the year cannot be locked now, empty
   * when it can.
   */
  static Dashboard dashboard(YearSteps.YearStatus s, Texts t, String lockRefused) {
    List<String> states = new ArrayList<>();
    for (SubmissionState st : SubmissionState.values()) {
      states.add(state(st, t));
    }
    List<StatusRow> rows = new ArrayList<>();
    for (YearSteps.StatusRow r : s.rows()) {
      List<Cell> cells = new ArrayList<>();
      for (SubmissionState st : SubmissionState.values()) {
        int n = r.counts().getOrDefault(st, 0);
        Share share = Share.of(n, r.total());
        cells.add(new Cell(n, share.isDefined() ? share.percent().toPlainString() + "%" : "—"));
      }
      rows.add(new StatusRow(r.batch().map(t.lang()::batch).orElse(t.get("dashboard.all")),
          r.total(), cells));
    }
    String base = "/years/" + s.year().year().year() + "/alliances/";
    List<AllianceRow> all = new ArrayList<>();
    List<AllianceRow> nothing = new ArrayList<>();
    for (Alliance a : s.alliances()) {
      var sub = s.submissions().get(a.code());
      AllianceRow row = new AllianceRow(a.code().toString(), a.name(),
          t.lang().batchShort(a.batch()), state(sub.state(), t), sub.state().name(),
          sub.comment().orElse(""), base + a.code());
      all.add(row);
      if (sub.state() == SubmissionState.NOT_STARTED) {
        nothing.add(row);
      }
    }
    return new Dashboard(year(s.year(), t), states, rows, nothing, all,
        s.year().year().deadline().atZone(BEIJING).toLocalDateTime().toString(), lockRefused);
  }

  static EntryRow entry(StoredEntry e, Map<String, String> kindLabels) {
    Activity a = e.activity();
    return new EntryRow(e.id(), kindLabels.getOrDefault(a.kind().name(), a.kind().name()),
        a.date().toString(), a.title(), a.evidence().orElse(""),
        a.value().isPresent() ? Integer.toString(a.value().getAsInt()) : "");
  }

  /** Each kind's label: the indicator it counts for, in the page's language, and its name. */
  static Map<String, String> kindLabels(IndicatorSystem system, Lang lang) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (ActivityKind k : ActivityKinds.forSystem(system).kinds()) {
      String label = k.name();
      for (Indicator i : system.indicators()) {
        IndicatorPolicy p = system.policy(i.id());
        if (p.requiredFacts().contains(k.fact()) || p.optionalFacts().contains(k.fact())) {
          label = lang.pick(i.chineseName(), i.englishName()) + " · " + k.name();
          break;
        }
      }
      labels.put(k.name(), label);
    }
    return labels;
  }

  static List<KindOption> kinds(Map<String, String> labels) {
    List<KindOption> list = new ArrayList<>();
    labels.forEach((k, v) -> list.add(new KindOption(k, v)));
    return list;
  }

  static List<IndicatorRow> indicators(List<TallyResult.TracedScore> trace, Lang lang) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (TallyResult.TracedScore s : trace) {
      Indicator i = s.score().indicator();
      List<String> entries = new ArrayList<>();
      for (Activity a : s.entries()) {
        entries.add(a.date() + " " + a.title() + (a.value().isPresent() ? " = "
            + a.value().getAsInt() : ""));
      }
      rows.add(new IndicatorRow(i.id(), lang.pick(i.chineseName(), i.englishName()),
          s.score().points().toString(), i.maxPoints().toString(), entries));
    }
    return rows;
  }

  static String total(java.util.Optional<Participant> p) {
    return p.flatMap(Participant::total).map(Object::toString).orElse("");
  }

  static List<String> activities(List<Activity> list) {
    return list.stream().map(a -> a.date() + " " + a.kind().name() + " " + a.title()).toList();
  }

  static ChangeRow change(Change c, Texts t) {
    String action = t.has("action." + c.action()) ? t.get("action." + c.action()) : c.action();
    return new ChangeRow(time(c.at()), c.username(), action,
        c.entryId().isPresent() ? Long.toString(c.entryId().getAsLong()) : "",
        c.before().orElse(""), c.after().orElse(""));
  }

  static AccountRow account(Account a, Texts t) {
    return new AccountRow(a.username(), t.get("role." + a.role().name()),
        a.alliance().map(Object::toString).orElse(""), a.disabled(), a.mustChangePassword(),
        time(a.createdAt()));
  }
}
