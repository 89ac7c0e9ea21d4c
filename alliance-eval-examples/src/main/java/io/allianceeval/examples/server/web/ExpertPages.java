package io.allianceeval.examples.server.web;

import static io.allianceeval.examples.server.web.Forms.actor;
import static io.allianceeval.examples.server.web.Forms.code;
import static io.allianceeval.examples.server.web.Forms.done;
import static io.allianceeval.examples.server.web.Forms.round;
import static io.allianceeval.examples.server.web.Forms.year;

import io.allianceeval.examples.app.ScoreSheets;
import io.allianceeval.examples.app.YearSteps;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Points;
import io.allianceeval.review.Round;
import io.allianceeval.review.ScoreEntry;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.year.Role;
import io.allianceeval.year.SheetState;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An expert's pages: the sheet of the open round (the assigned alliances, their totals, the
 * submission) and the page that scores one alliance beside its approved entries and traced tally.
 * The office reads the same alliance page, with every expert's scores and no form.
 */
final class ExpertPages {

  private final WebPages pages;
  private final YearSteps years;
  private final ScoreSheets sheets;

  ExpertPages(WebPages pages, YearSteps years, ScoreSheets sheets) {
    this.pages = pages;
    this.years = years;
    this.sheets = sheets;
  }

  void register(RoutesConfig r) {
    String n = "/years/{year}/rounds/{n}";
    r.get(n + "/sheet", this::sheet);
    r.get(n + "/scores/{code}", this::scores);
    r.post(n + "/scores/{code}", ctx -> {
      Map<String, String> indicators = new LinkedHashMap<>();
      for (Indicator i : years.model(year(ctx)).system().indicators()) {
        String v = ctx.formParam("i." + i.id());
        indicators.put(i.id(), v == null ? "" : v);
      }
      String total = ctx.formParam("total");
      sheets.save(actor(ctx), year(ctx), round(ctx), code(ctx), new ScoreSheets.Scores(
          indicators, total == null || total.isBlank() ? Optional.empty() : Optional.of(total)));
      done(ctx, sheetHref(ctx), "scored");
    });
    r.post(n + "/submit", ctx -> {
      sheets.submit(actor(ctx), year(ctx), round(ctx));
      done(ctx, sheetHref(ctx), "sheetSubmitted");
    });
  }

  private void sheet(Context ctx) throws Exception {
    Texts t = WebPages.texts(ctx);
    Round round = round(ctx);
    ScoreSheets.Sheet s = sheets.sheet(actor(ctx), year(ctx), round);
    List<ReviewViews.SheetRow> rows = new ArrayList<>();
    int unscored = 0;
    for (Alliance a : s.alliances()) {
      Optional<Points> total = s.total(a.code());
      unscored += total.isEmpty() ? 1 : 0;
      rows.add(new ReviewViews.SheetRow(a.code().toString(), a.name(),
          total.map(Points::toString).orElse(""), sheetHref(ctx).replace("/sheet", "/scores/"
              + a.code())));
    }
    pages.render(ctx, "sheet.jte", Map.of("s", new ReviewViews.Sheet(year(ctx), round.number(),
        ReviewPages.label(round, t), s.expert().id() + " " + s.expert().name(),
        s.expert().group(), t.get("sheet." + s.state().name()), s.state().name(),
        s.reopenedBecause().orElse(""), rows, s.state() != SheetState.SUBMITTED
            && unscored == 0 && !rows.isEmpty(), unscored)));
  }

  private void scores(Context ctx) throws Exception {
    Texts t = WebPages.texts(ctx);
    Round round = round(ctx);
    ScoreSheets.AllianceSheet a = sheets.alliance(actor(ctx), year(ctx), round, code(ctx));
    Map<String, String> labels = Views.kindLabels(a.system(), t.lang());
    boolean office = actor(ctx).role() == Role.OFFICE;
    Map<String, String> mine = new LinkedHashMap<>();
    List<String> others = new ArrayList<>();
    for (ScoreEntry e : a.scores()) {
      if (office) {
        others.add(e.expertId() + " · " + e.indicator().orElse(t.get("score.total")) + " · "
            + e.points());
      } else {
        mine.put(e.indicator().orElse("total"), e.points().toString());
      }
    }
    List<ReviewViews.ScoreField> fields = new ArrayList<>();
    for (Indicator i : a.system().indicators()) {
      fields.add(new ReviewViews.ScoreField(i.id(), t.lang() == io.allianceeval.examples.report
          .Lang.ZH ? i.chineseName() : i.englishName(), i.maxPoints().toString(),
          mine.getOrDefault(i.id(), "")));
    }
    pages.render(ctx, "score.jte", Map.of("s", new ReviewViews.ScorePage(year(ctx),
        round.number(), a.tally().alliance().code().toString(), a.tally().alliance().name(),
        t.get("sheet." + a.state().name()),
        a.tally().entries().stream().map(e -> Views.entry(e, labels)).toList(),
        Views.indicators(a.tally().trace(), t.lang()), Views.total(a.tally().participant()),
        fields, mine.getOrDefault("total", ""), !office && a.state() != SheetState.SUBMITTED,
        others, office ? "/years/" + year(ctx) + "/rounds/" + round.number()
            : sheetHref(ctx))));
  }

  private static String sheetHref(Context ctx) throws Exception {
    return "/years/" + year(ctx) + "/rounds/" + round(ctx).number() + "/sheet";
  }
}
