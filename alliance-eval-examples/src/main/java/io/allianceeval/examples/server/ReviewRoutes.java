package io.allianceeval.examples.server;

import static io.allianceeval.examples.server.JsonBody.optionalText;
import static io.allianceeval.examples.server.web.Forms.actor;
import static io.allianceeval.examples.server.web.Forms.code;
import static io.allianceeval.examples.server.web.Forms.round;
import static io.allianceeval.examples.server.web.Forms.year;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.allianceeval.examples.app.PanelSteps;
import io.allianceeval.examples.app.RoundSteps;
import io.allianceeval.examples.app.ScoreSheets;
import io.allianceeval.examples.app.Upload;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API of the expert review: the panel, the plan, the rounds, the experts' score sheets. Every
 * route authorises on the server through the steps it calls, which ask the core's rules.
 */
final class ReviewRoutes {

  private static final String YEAR = "/api/v1/years/{year}";
  private static final String ROUND = YEAR + "/rounds/{n}";

  private final PanelSteps panel;
  private final RoundSteps rounds;
  private final ScoreSheets sheets;
  private final Gson gson;

  ReviewRoutes(PanelSteps panel, RoundSteps rounds, ScoreSheets sheets, Gson gson) {
    this.panel = panel;
    this.rounds = rounds;
    this.sheets = sheets;
    this.gson = gson;
  }

  /** Every route of the review's API. */
  void register(RoutesConfig r) {
    r.post(YEAR + "/panel", this::importPanel);
    r.get(YEAR + "/panel", ctx -> ctx.json(panel.plan(actor(ctx), year(ctx)).experts().stream()
        .map(ReviewJson::expert).toList()));
    r.post(YEAR + "/assignment", this::plan);
    r.get(YEAR + "/assignment", ctx -> ctx.json(ReviewJson.plan(panel.plan(actor(ctx),
        year(ctx)))));
    r.put(YEAR + "/assignment/{code}", this::move);
    r.post(ROUND + "/open", this::open);
    r.post(ROUND + "/close", ctx -> ctx.json(JsonViews.year(rounds.close(actor(ctx), year(ctx),
        round(ctx), optionalText(body(ctx), "reason").orElse(null)))));
    r.get(ROUND + "/progress", ctx -> ctx.json(ReviewJson.progress(rounds.progress(actor(ctx),
        year(ctx), round(ctx)))));
    r.post(ROUND + "/sheets/{expert}/reopen", ctx -> {
      rounds.reopen(actor(ctx), year(ctx), round(ctx), ctx.pathParam("expert"),
          optionalText(body(ctx), "reason").orElse(null));
      ctx.json(ReviewJson.progress(rounds.progress(actor(ctx), year(ctx), round(ctx))));
    });
    r.get(ROUND + "/sheet", ctx -> ctx.json(ReviewJson.sheet(sheets.sheet(actor(ctx), year(ctx),
        round(ctx)))));
    r.get(ROUND + "/scores/{code}", ctx -> ctx.json(ReviewJson.allianceSheet(sheets.alliance(
        actor(ctx), year(ctx), round(ctx), code(ctx)), ServerText.lang(ctx))));
    r.put(ROUND + "/scores/{code}", ctx -> ctx.json(ReviewJson.scores(sheets.save(actor(ctx),
        year(ctx), round(ctx), code(ctx), JsonBody.scores(body(ctx))))));
    r.post(ROUND + "/submit", ctx -> ctx.json(ReviewJson.sheet(sheets.submit(actor(ctx),
        year(ctx), round(ctx)))));
  }

  private void importPanel(Context ctx) throws Exception {
    Upload file = ApiRoutes.file(ctx, "file");
    PanelSteps.Imported imported = panel.importPanel(actor(ctx), year(ctx), file);
    ctx.status(201);
    ReportRoutes.attachment(ctx, imported.workbook(), "expert-passwords.xlsx", ReportRoutes.XLSX);
  }

  private void plan(Context ctx) throws Exception {
    JsonObject body = body(ctx);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("seed", optionalText(body, "seed").orElse("2019"));
    fields.put("minExperts", optionalText(body, "minExperts").orElse("2"));
    List<InputProblem> problems = new ArrayList<>();
    Optional<Integer> seed = JsonBody.integer(fields, "seed", problems);
    Optional<Integer> min = JsonBody.integer(fields, "minExperts", problems);
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    ctx.status(201).json(ReviewJson.plan(panel.makePlan(actor(ctx), year(ctx), seed.get(),
        min.get())));
  }

  private void move(Context ctx) throws Exception {
    JsonObject body = body(ctx);
    ctx.json(ReviewJson.plan(panel.move(actor(ctx), year(ctx), code(ctx),
        optionalText(body, "round").orElse(""), optionalText(body, "group").orElse(""))));
  }

  private void open(Context ctx) throws Exception {
    Optional<Instant> due = Optional.empty();
    if (ctx.body().isBlank()) {
      due = Optional.empty();
    } else {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("due", optionalText(body(ctx), "due").orElse(null));
      List<InputProblem> problems = new ArrayList<>();
      due = JsonBody.instant(fields, "due", false, problems);
      if (!problems.isEmpty()) {
        throw new BadInputException(problems);
      }
    }
    ctx.json(JsonViews.year(rounds.open(actor(ctx), year(ctx), round(ctx), due)));
  }

  private JsonObject body(Context ctx) throws ApiException {
    return ctx.body().isBlank() ? new JsonObject() : JsonBody.object(ctx, gson);
  }
}
