package io.allianceeval.examples.server;

import static io.allianceeval.examples.server.JsonBody.optionalText;
import static io.allianceeval.examples.server.web.Forms.actor;
import static io.allianceeval.examples.server.web.Forms.code;
import static io.allianceeval.examples.server.web.Forms.year;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.allianceeval.examples.app.CollectiveReview;
import io.allianceeval.examples.app.CorridorText;
import io.allianceeval.examples.app.Publicity;
import io.allianceeval.examples.app.Upload;
import io.allianceeval.examples.app.YearHistory;
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
 * The API of the year's outcome: the collective review and its decisions, publicity with the
 * alliances' results and appeals, publication, the earlier years' results and each alliance's
 * history. Every route authorises on the server through the steps it calls.
 */
final class OutcomeRoutes {

  private static final String YEAR = "/api/v1/years/{year}";

  private final CollectiveReview review;
  private final Publicity publicity;
  private final YearHistory history;
  private final Gson gson;

  OutcomeRoutes(CollectiveReview review, Publicity publicity, YearHistory history, Gson gson) {
    this.review = review;
    this.publicity = publicity;
    this.history = history;
    this.gson = gson;
  }

  /** Every route of the outcome's API. */
  void register(RoutesConfig r) {
    r.post(YEAR + "/collective-review", ctx -> ctx.json(JsonViews.year(review.start(actor(ctx),
        year(ctx)))));
    r.get(YEAR + "/review", ctx -> ctx.json(OutcomeJson.review(review.review(actor(ctx),
        year(ctx), CorridorText.ofQuery(ctx.queryParam("corridor"))))));
    r.get(YEAR + "/review/{code}", ctx -> ctx.json(OutcomeJson.trail(review.review(actor(ctx),
        year(ctx)), code(ctx))));
    r.post(YEAR + "/decisions/{code}", ctx -> {
      JsonObject body = body(ctx);
      ctx.json(OutcomeJson.alliance(review.decide(actor(ctx), year(ctx), code(ctx),
          optionalText(body, "score").orElse(""), optionalText(body, "rationale").orElse(null)),
          Optional.empty()));
    });
    r.post(YEAR + "/publicity", this::openPublicity);
    r.get(YEAR + "/alliances/{code}/result", ctx -> ctx.json(OutcomeJson.result(
        publicity.result(actor(ctx), year(ctx), code(ctx)), ServerText.lang(ctx))));
    r.post(YEAR + "/alliances/{code}/appeal", ctx -> ctx.status(201).json(OutcomeJson.appeal(
        publicity.appeal(actor(ctx), year(ctx), code(ctx), optionalText(body(ctx), "reasons")
            .orElse(null)))));
    r.get(YEAR + "/appeals", ctx -> ctx.json(publicity.appeals(actor(ctx), year(ctx)).stream()
        .map(OutcomeJson::appeal).toList()));
    r.post(YEAR + "/appeals/{code}", this::answer);
    r.post(YEAR + "/publish", ctx -> ctx.json(JsonViews.year(publicity.publish(actor(ctx),
        year(ctx)))));
    r.get("/api/v1/alliances/{code}/history", ctx -> ctx.json(OutcomeJson.history(
        history.history(actor(ctx), code(ctx)))));
    r.post("/api/v1/results", this::importResults);
  }

  private void openPublicity(Context ctx) throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("end", optionalText(body(ctx), "end").orElse(null));
    List<InputProblem> problems = new ArrayList<>();
    Optional<Instant> end = JsonBody.instant(fields, "end", true, problems);
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    ctx.json(JsonViews.year(publicity.open(actor(ctx), year(ctx), end.orElseThrow())));
  }

  private void answer(Context ctx) throws Exception {
    JsonObject body = body(ctx);
    JsonElement upheld = body.get("upheld");
    if (upheld == null || !upheld.isJsonPrimitive() || !upheld.getAsJsonPrimitive().isBoolean()) {
      throw new BadInputException(InputProblem.atField("request", 0, "upheld",
          "expected true (upheld, with a new score) or false (rejected)"));
    }
    ctx.json(OutcomeJson.appeal(publicity.answer(actor(ctx), year(ctx), code(ctx),
        upheld.getAsBoolean(), optionalText(body, "score").orElse(""),
        optionalText(body, "rationale").orElse(null))));
  }

  private void importResults(Context ctx) throws Exception {
    Upload file = ApiRoutes.file(ctx, "file");
    String y = ctx.formParam("year");
    Optional<Integer> year = Optional.empty();
    if (y != null && !y.isBlank()) {
      if (!y.strip().matches("(20|21)[0-9]{2}")) {
        throw new BadInputException(InputProblem.atField("request", 0, "year", "expected a year"
            + " such as 2018, found '" + JsonBody.echo(y) + "'"));
      }
      year = Optional.of(Integer.parseInt(y.strip()));
    }
    ctx.status(201).json(Map.of("years", history.importResults(actor(ctx), file, year)));
  }

  private JsonObject body(Context ctx) throws ApiException {
    return ctx.body().isBlank() ? new JsonObject() : JsonBody.object(ctx, gson);
  }
}
