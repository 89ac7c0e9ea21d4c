package io.allianceeval.examples.server.web;

import static io.allianceeval.examples.server.web.Forms.actor;
import static io.allianceeval.examples.server.web.Forms.code;
import static io.allianceeval.examples.server.web.Forms.done;
import static io.allianceeval.examples.server.web.Forms.file;
import static io.allianceeval.examples.server.web.Forms.year;

import io.allianceeval.diagnostics.Uncertainty;
import io.allianceeval.examples.app.Publicity;
import io.allianceeval.examples.app.YearHistory;
import io.allianceeval.examples.app.YearUncertainty;
import io.allianceeval.examples.db.StoredAppeal;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import io.allianceeval.year.Phase;
import io.allianceeval.year.ReviewRules;
import io.allianceeval.year.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
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
  private final YearUncertainty uncertainty;

  ResultPages(WebPages pages, Publicity publicity, YearHistory history,
      YearUncertainty uncertainty) {
    this.pages = pages;
    this.publicity = publicity;
    this.history = history;
    this.uncertainty = uncertainty;
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
        phase == Phase.PUBLISHED, chances(ctx, t, r))));
  }

  /**
   * For the office, how sure the alliance's tier is — unless a decision or an upheld appeal set
   * its score, which the analysis does not vary; nothing for anyone else.
   */
  private ReviewViews.Chances chances(Context ctx, Texts t, Publicity.AllianceResult r)
      throws Exception {
    if (actor(ctx).role() != Role.OFFICE) {
      return ReviewViews.Chances.none();
    }
    boolean upheld = r.appeal().flatMap(StoredAppeal::answer).map(StoredAppeal.Answer::upheld)
        .orElse(false);
    if (r.review().decision().isPresent() || upheld) {
      return ReviewViews.Chances.note(t.get("chances.decided"));
    }
    Uncertainty u = uncertainty.analyse(actor(ctx), year(ctx));
    AllianceCode code = code(ctx);
    Optional<Uncertainty.AllianceUncertainty> mine = u.alliances().stream()
        .filter(a -> a.alliance().code().equals(code)).findFirst();
    if (mine.isEmpty()) {
      return ReviewViews.Chances.none();
    }
    Uncertainty.AllianceUncertainty a = mine.get();
    List<ReviewViews.Chance> tiers = new ArrayList<>();
    a.tiers().forEach((tier, share) -> tiers.add(new ReviewViews.Chance(t.lang().tier(tier),
        share.percent(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%",
        (int) Math.round(share.ratio() * 100))));
    String method = t.get("chances.method", u.runs(), u.settings().samples(),
        Math.round(YearUncertainty.VARIATION * 100), YearUncertainty.RELIABILITY,
        2 * u.settings().samples());
    return new ReviewViews.Chances(true, method, String.valueOf(a.total()),
        t.lang().tier(a.tier()), tiers, String.valueOf(a.rank()),
        t.get("chances.interval", a.rankLow(), a.rankHigh(), a.rankMedian()), "");
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
