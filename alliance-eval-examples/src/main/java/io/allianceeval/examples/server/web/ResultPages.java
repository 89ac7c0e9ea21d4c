package io.allianceeval.examples.server.web;

import static io.allianceeval.examples.server.web.Forms.actor;
import static io.allianceeval.examples.server.web.Forms.code;
import static io.allianceeval.examples.server.web.Forms.done;
import static io.allianceeval.examples.server.web.Forms.file;
import static io.allianceeval.examples.server.web.Forms.year;

import io.allianceeval.examples.app.Publicity;
import io.allianceeval.examples.app.YearHistory;
import io.allianceeval.examples.db.StoredAppeal;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.model.Points;
import io.allianceeval.year.Phase;
import io.allianceeval.year.ReviewRules;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages of the year's outcome for an alliance: its result during publicity with its appeal
 * (复核申请), its history across the years with its A-level status; and the office's import of
 * earlier years' results.
 */
final class ResultPages {

  private final WebPages pages;
  private final Publicity publicity;
  private final YearHistory history;

  ResultPages(WebPages pages, Publicity publicity, YearHistory history) {
    this.pages = pages;
    this.publicity = publicity;
    this.history = history;
  }

  void register(RoutesConfig r) {
    String a = "/years/{year}/alliances/{code}";
    r.get(a + "/result", this::result);
    r.post(a + "/appeal", ctx -> {
      publicity.appeal(actor(ctx), year(ctx), code(ctx), ctx.formParam("reasons"));
      done(ctx, "/years/" + year(ctx) + "/alliances/" + code(ctx) + "/result", "appealed");
    });
    r.get("/alliances/{code}/history", this::history);
    r.post("/results", ctx -> {
      String y = ctx.formParam("year");
      Optional<Integer> year = Optional.empty();
      if (y != null && !y.isBlank()) {
        if (!y.strip().matches("(20|21)[0-9]{2}")) {
          throw new BadInputException(InputProblem.atField("form", 0, "year", "expected a year"
              + " such as 2018, found '" + io.allianceeval.examples.io.InputLimits.echo(y)
              + "'"));
        }
        year = Optional.of(Integer.parseInt(y.strip()));
      }
      history.importResults(actor(ctx), file(ctx, "file"), year);
      done(ctx, "/years", "imported");
    });
  }

  private void result(Context ctx) throws Exception {
    Texts t = WebPages.texts(ctx);
    Publicity.AllianceResult r = publicity.result(actor(ctx), year(ctx), code(ctx));
    Phase phase = r.year().phase();
    Optional<StoredAppeal> appeal = r.appeal();
    boolean canAppeal = ReviewRules.fileAppeal(actor(ctx), code(ctx), phase,
        pages.clock().instant(), r.year().publicityEnd(), appeal.isPresent(), "-").isEmpty();
    String answer = appeal.flatMap(StoredAppeal::answer).map(x -> (x.upheld()
        ? t.get("appeal.upheld", x.score().get()) : t.get("appeal.rejected")) + " · "
        + x.rationale()).orElse(appeal.isPresent() ? t.get("appeal.waiting") : "");
    pages.render(ctx, "result.jte", Map.of("r", new ReviewViews.Result(year(ctx),
        code(ctx).toString(), r.tally().alliance().name(), r.review().round1().toString(),
        r.review().round2().toString(), r.finalScore().map(Points::toString).orElse(""),
        r.tier().map(x -> t.lang().tier(x)).orElse(""),
        Views.indicators(r.tally().trace(), t.lang()),
        appeal.map(StoredAppeal::reasons).orElse(""), answer, canAppeal,
        r.year().publicityEnd().map(e -> t.get("time.beijing", Views.time(e))).orElse(""),
        phase == Phase.PUBLISHED)));
  }

  private void history(Context ctx) throws Exception {
    Texts t = WebPages.texts(ctx);
    YearHistory.AllianceHistory h = history.history(actor(ctx), code(ctx));
    List<ReviewViews.HistoryRow> rows = h.years().stream().map(y -> new ReviewViews.HistoryRow(
        y.year(), t.get("source." + y.source().name()), y.score().map(Points::toString)
            .orElse(""), y.tier().map(x -> t.lang().tier(x)).orElse(t.get("history.none")),
        y.aLevel().map(b -> b ? t.get("history.aLevel") : "—").orElse(t.get("history.undecided"))))
        .toList();
    pages.render(ctx, "history.jte", Map.of("code", code(ctx).toString(), "rows", rows));
  }
}
