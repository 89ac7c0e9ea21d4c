package io.allianceeval.examples.server.web;

import static io.allianceeval.examples.server.web.Forms.actor;
import static io.allianceeval.examples.server.web.Forms.code;
import static io.allianceeval.examples.server.web.Forms.done;
import static io.allianceeval.examples.server.web.Forms.file;
import static io.allianceeval.examples.server.web.Forms.round;
import static io.allianceeval.examples.server.web.Forms.year;

import io.allianceeval.examples.app.CollectiveReview;
import io.allianceeval.examples.app.CorridorText;
import io.allianceeval.examples.app.PanelSteps;
import io.allianceeval.examples.app.Publicity;
import io.allianceeval.examples.app.RoundSteps;
import io.allianceeval.examples.app.StepException;
import io.allianceeval.examples.db.RoundState;
import io.allianceeval.examples.db.StoredAppeal;
import io.allianceeval.examples.db.StoredYear;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.report.DoubleText;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import io.allianceeval.review.AllianceReview;
import io.allianceeval.review.Assignment;
import io.allianceeval.review.Expert;
import io.allianceeval.review.ExpertBias;
import io.allianceeval.review.Round;
import io.allianceeval.year.Phase;
import io.allianceeval.year.ReviewRules;
import io.allianceeval.year.SheetState;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The office's pages of the second half of the year: the hub (panel, plan, rounds, publicity,
 * appeals, publication), a round's progress, and the collective review's meeting page, large
 * enough for a projector. Every form calls the same application layer as the API.
 */
final class ReviewPages {

  private final WebPages pages;
  private final PanelSteps panel;
  private final RoundSteps rounds;
  private final CollectiveReview review;
  private final Publicity publicity;

  ReviewPages(WebPages pages, PanelSteps panel, RoundSteps rounds, CollectiveReview review,
      Publicity publicity) {
    this.pages = pages;
    this.panel = panel;
    this.rounds = rounds;
    this.review = review;
    this.publicity = publicity;
  }

  void register(RoutesConfig r) {
    String y = "/years/{year}";
    r.get(y + "/review", this::hub);
    r.post(y + "/panel", this::importPanel);
    r.post(y + "/assignment", ctx -> {
      panel.makePlan(actor(ctx), year(ctx), number(ctx, "seed", 2019),
          (int) number(ctx, "minExperts", 2));
      done(ctx, hubHref(ctx), "planned");
    });
    r.post(y + "/assignment/move", ctx -> {
      panel.move(actor(ctx), year(ctx), codeField(ctx), text(ctx, "round"), text(ctx, "group"));
      done(ctx, hubHref(ctx), "moved");
    });
    r.get(y + "/rounds/{n}", this::progress);
    r.post(y + "/rounds/{n}/open", ctx -> {
      rounds.open(actor(ctx), year(ctx), round(ctx), due(ctx));
      done(ctx, roundHref(ctx), "roundOpened");
    });
    r.post(y + "/rounds/{n}/close", ctx -> {
      rounds.close(actor(ctx), year(ctx), round(ctx), ctx.formParam("reason"));
      done(ctx, roundHref(ctx), "roundClosed");
    });
    r.post(y + "/rounds/{n}/sheets/{expert}/reopen", ctx -> {
      rounds.reopen(actor(ctx), year(ctx), round(ctx), ctx.pathParam("expert"),
          ctx.formParam("reason"));
      done(ctx, roundHref(ctx), "reopened");
    });
    r.get(y + "/meeting", this::meeting);
    r.post(y + "/collective-review", ctx -> {
      review.start(actor(ctx), year(ctx));
      done(ctx, "/years/" + year(ctx) + "/meeting", "meetingStarted");
    });
    r.post(y + "/decisions/{code}", ctx -> {
      review.decide(actor(ctx), year(ctx), code(ctx), text(ctx, "score"),
          ctx.formParam("rationale"));
      done(ctx, "/years/" + year(ctx) + "/meeting", "decided");
    });
    r.post(y + "/publicity", ctx -> {
      publicity.open(actor(ctx), year(ctx), instant(ctx, "end"));
      done(ctx, hubHref(ctx), "publicityOpened");
    });
    r.post(y + "/appeals/{code}", ctx -> {
      publicity.answer(actor(ctx), year(ctx), code(ctx), "true".equals(ctx.formParam("upheld")),
          text(ctx, "score"), ctx.formParam("rationale"));
      done(ctx, hubHref(ctx), "answered");
    });
    r.post(y + "/publish", ctx -> {
      publicity.publish(actor(ctx), year(ctx));
      done(ctx, hubHref(ctx), "published");
    });
  }

  // ---- the hub

  private void hub(Context ctx) throws Exception {
    Texts t = WebPages.texts(ctx);
    PanelSteps.Plan p = panel.plan(actor(ctx), year(ctx));
    StoredYear y = p.year();
    Phase phase = y.phase();
    List<ReviewViews.ExpertRow> experts = p.experts().stream().map(e -> new ReviewViews.ExpertRow(
        e.id(), e.name(), e.group(), e.position(), e.organisation(),
        String.join(", ", e.affiliations().stream().map(Object::toString).toList()),
        e.username())).toList();
    Map<String, List<String>> byGroup = new TreeMap<>();
    p.experts().forEach(e -> byGroup.computeIfAbsent(e.group(), g -> new ArrayList<>())
        .add(e.id() + " " + e.name()));
    List<ReviewViews.GroupRow> groups = new ArrayList<>();
    byGroup.forEach((g, list) -> groups.add(new ReviewViews.GroupRow(g, list,
        codes(p.alliancesOf(g, Round.ONE)), codes(p.alliancesOf(g, Round.TWO)))));
    List<ReviewViews.PlanRow> plan = new ArrayList<>();
    p.assignment().ifPresent(a -> a.groups().forEach((code, g) -> plan.add(
        new ReviewViews.PlanRow(code.toString(), name(p, code), g.round1(), g.round2(),
            ids(a, code, Round.ONE), ids(a, code, Round.TWO)))));
    List<ReviewViews.RoundRow> roundRows = new ArrayList<>();
    for (Round round : Round.values()) {
      Phase open = ReviewRules.openPhase(round);
      String state = phase.compareTo(open) < 0 ? t.get("round.notOpen")
          : phase == open ? t.get("round.open") : t.get("round.closed");
      roundRows.add(new ReviewViews.RoundRow(round.number(), label(round, t), state,
          "/years/" + y.year().year() + "/rounds/" + round.number(),
          phase == (round == Round.ONE ? Phase.LOCKED : Phase.ROUND_1_CLOSED)
              && p.assignment().isPresent(), phase == open));
    }
    List<ReviewViews.AppealRow> appeals = new ArrayList<>();
    if (phase.compareTo(Phase.PUBLICITY) >= 0) {
      for (StoredAppeal a : publicity.appeals(actor(ctx), y.year().year())) {
        appeals.add(appeal(a, p, phase, t));
      }
    }
    boolean canPublish = phase == Phase.PUBLICITY && y.publicityEnd().isPresent()
        && pages.clock().instant().isAfter(y.publicityEnd().get())
        && appeals.stream().noneMatch(ReviewViews.AppealRow::canAnswer);
    ReviewViews.Hub hub = new ReviewViews.Hub(y.year().year(), t.get("phase." + phase.name()),
        phase.name(), experts, groups, plan, p.minExperts().map(Object::toString).orElse("2"),
        phase == Phase.ENTRY || phase == Phase.LOCKED, phase == Phase.LOCKED, roundRows,
        phase == Phase.ROUND_2_CLOSED, phase.compareTo(Phase.COLLECTIVE_REVIEW) >= 0,
        phase == Phase.COLLECTIVE_REVIEW, y.publicityEnd().map(e -> t.get("time.beijing",
            Views.time(e))).orElse(""), appeals, canPublish, phase == Phase.PUBLISHED,
        new ArrayList<>(byGroup.keySet()));
    pages.render(ctx, "review.jte", Map.of("h", hub));
  }

  private void importPanel(Context ctx) throws Exception {
    PanelSteps.Imported imported = panel.importPanel(actor(ctx), year(ctx), file(ctx, "file"));
    ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    ctx.header("Content-Disposition", "attachment; filename=\"expert-passwords.xlsx\"");
    ctx.result(imported.workbook());
  }

  // ---- a round

  private void progress(Context ctx) throws Exception {
    Texts t = WebPages.texts(ctx);
    Round round = round(ctx);
    RoundSteps.Progress p = rounds.progress(actor(ctx), year(ctx), round);
    Phase phase = p.year().phase();
    Phase open = ReviewRules.openPhase(round);
    List<ReviewViews.ProgressRow> rows = new ArrayList<>();
    for (RoundSteps.ExpertProgress e : p.experts()) {
      rows.add(new ReviewViews.ProgressRow(e.expert().id(), e.expert().name(),
          e.expert().group(), t.get("sheet." + e.state().name()), e.state().name(), e.late(),
          String.join(" ", codes2(e.assigned())), String.join(" ", codes2(e.missing())),
          e.sheet().flatMap(s -> s.reopenedBecause()).orElse(""),
          phase == open && e.state() == SheetState.SUBMITTED));
    }
    Optional<RoundState> s = p.state();
    String state = phase.compareTo(open) < 0 ? t.get("round.notOpen")
        : phase == open ? t.get("round.open") : t.get("round.closed");
    pages.render(ctx, "round.jte", Map.of("p", new ReviewViews.Progress(p.year().year().year(),
        round.number(), label(round, t), state,
        s.map(x -> Views.time(x.openedAt())).orElse(""),
        s.flatMap(RoundState::due).map(Views::time).orElse(""),
        s.flatMap(RoundState::closedAt).map(Views::time).orElse(""),
        s.flatMap(RoundState::missingReason).orElse(""), p.outstanding().size(), rows,
        phase == (round == Round.ONE ? Phase.LOCKED : Phase.ROUND_1_CLOSED), phase == open)));
  }

  // ---- the meeting

  private void meeting(Context ctx) throws Exception {
    Texts t = WebPages.texts(ctx);
    ExpertBias.Corridor corridor = CorridorText.ofQuery(ctx.queryParam("corridor"));
    String corridorText = Optional.ofNullable(ctx.queryParam("corridor"))
        .filter(c -> !c.isBlank()).orElse(CorridorText.DEFAULT);
    CollectiveReview.YearReview r = review.review(actor(ctx), year(ctx), corridor);
    Phase phase = r.year().phase();
    Map<String, String> names = new TreeMap<>();
    r.review().assignment().panel().experts().forEach(e -> names.put(e.id(), e.name()));
    List<ReviewViews.FlagRow> flagged = new ArrayList<>();
    List<ReviewViews.FlagRow> others = new ArrayList<>();
    for (AllianceReview a : r.review().alliances()) {
      ReviewViews.FlagRow row = new ReviewViews.FlagRow(a.code().toString(), a.alliance().name(),
          a.round1().toString(), a.round2().toString(),
          a.cause().map(c -> t.get("flag." + c.name())).orElse(""),
          t.get("review." + a.status().name()), a.status().name(),
          r.finalScore(a).map(Points::toString).orElse(""),
          a.tier().map(x -> t.lang().tier(x)).orElse(""),
          a.decision().map(d -> d.score() + " · " + d.rationale()).orElse(""),
          String.join(", ", a.unstableWithout()),
          a.flagged() && phase == Phase.COLLECTIVE_REVIEW,
          a.flagged() ? r.trail(a.code()) : List.of());
      (a.flagged() ? flagged : others).add(row);
    }
    ExpertBias bias = r.review().bias();
    List<ReviewViews.SeverityRow> severity = new ArrayList<>();
    r.review().severity().forEach((id, s) -> {
      Optional<ExpertBias.Estimate> e = bias.of(id);
      severity.add(new ReviewViews.SeverityRow(id, names.getOrDefault(id, ""),
          s.map(Points::toString).orElse("—"),
          e.map(x -> DoubleText.signed(x.bias())).orElse("—"),
          e.map(x -> DoubleText.two(x.standardError())).orElse("—"),
          e.map(x -> x.marks()).orElse(0),
          e.map(x -> x.flagged()).orElse(0)));
    });
    List<ReviewViews.CorridorRow> outside = bias.flags().stream().map(f ->
        new ReviewViews.CorridorRow(String.valueOf(f.mark().round().number()),
            f.mark().expertId(), f.mark().code().toString(),
            f.mark().points().toString(), DoubleText.two(f.othersMean()),
            DoubleText.signed(f.deviation()))).toList();
    pages.render(ctx, "meeting.jte", Map.of("m", new ReviewViews.Meeting(r.year().year().year(),
        t.get("phase." + phase.name()), flagged, others, severity,
        r.review().awaitingReview().size(), corridorText.strip(),
        DoubleText.two(bias.residualStandardDeviation()), outside)));
  }

  // ---- helpers

  private static ReviewViews.AppealRow appeal(StoredAppeal a, PanelSteps.Plan p, Phase phase,
      Texts t) {
    String answer = a.answer().map(x -> (x.upheld() ? t.get("appeal.upheld", x.score().get())
        : t.get("appeal.rejected")) + " · " + x.rationale()).orElse("");
    return new ReviewViews.AppealRow(a.code().toString(), name(p, a.code()), a.reasons(),
        t.get("time.beijing", Views.time(a.filedAt())), answer,
        a.answer().isEmpty() && phase == Phase.PUBLICITY);
  }

  static String label(Round round, Texts t) {
    return t.get("round.label", round.number(), t.lang() == io.allianceeval.examples.report.Lang.ZH
        ? round.chineseLabel() : round.englishLabel());
  }

  private static String name(PanelSteps.Plan p, AllianceCode code) {
    Alliance a = p.names().get(code);
    return a == null ? "" : a.name();
  }

  private static String ids(Assignment a, AllianceCode code, Round round) {
    return String.join(" ", a.experts(code, round).stream().map(Expert::id).toList());
  }

  private static List<String> codes(List<Alliance> alliances) {
    return alliances.stream().map(a -> a.code().toString()).toList();
  }

  private static List<String> codes2(List<AllianceCode> codes) {
    return codes.stream().map(Object::toString).toList();
  }

  private static String hubHref(Context ctx) throws StepException {
    return "/years/" + year(ctx) + "/review";
  }

  private static String roundHref(Context ctx) throws StepException {
    return "/years/" + year(ctx) + "/rounds/" + round(ctx).number();
  }

  private static String text(Context ctx, String field) {
    String v = ctx.formParam(field);
    return v == null ? "" : v;
  }

  private static AllianceCode codeField(Context ctx) throws BadInputException {
    try {
      return AllianceCode.parse(text(ctx, "code").strip());
    } catch (IllegalArgumentException e) {
      throw new BadInputException(InputProblem.atField("form", 0, "code", "expected an alliance"
          + " code such as 101 or D001, found '"
          + io.allianceeval.examples.io.InputLimits.echo(text(ctx, "code")) + "'"));
    }
  }

  private static long number(Context ctx, String field, long fallback)
      throws BadInputException {
    String v = text(ctx, field).strip();
    if (v.isEmpty()) {
      return fallback;
    }
    if (!v.matches("[0-9]{1,9}")) {
      throw new BadInputException(InputProblem.atField("form", 0, field, "expected a whole"
          + " number, found '" + io.allianceeval.examples.io.InputLimits.echo(v) + "'"));
    }
    return Long.parseLong(v);
  }

  /** A date and time typed in Beijing time ({@code datetime-local}). */
  static Instant instant(Context ctx, String field) throws BadInputException {
    String v = text(ctx, field).strip();
    try {
      return LocalDateTime.parse(v).atZone(Views.BEIJING).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadInputException(InputProblem.atField("form", 0, field, "expected a date and"
          + " time such as 2020-04-30T17:00 (Beijing time), found '"
          + io.allianceeval.examples.io.InputLimits.echo(v) + "'"));
    }
  }

  private static Optional<Instant> due(Context ctx) throws BadInputException {
    return text(ctx, "due").isBlank() ? Optional.empty() : Optional.of(instant(ctx, "due"));
  }
}
