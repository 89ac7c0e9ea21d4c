package io.allianceeval.examples.server;

import static io.allianceeval.examples.server.web.Forms.account;
import static io.allianceeval.examples.server.web.Forms.actor;
import static io.allianceeval.examples.server.web.Forms.code;
import static io.allianceeval.examples.server.web.Forms.id;
import static io.allianceeval.examples.server.web.Forms.year;
import static io.allianceeval.examples.server.JsonBody.optionalText;
import static io.allianceeval.examples.server.JsonBody.text;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.allianceeval.activity.Period;
import io.allianceeval.examples.app.Accounts;
import io.allianceeval.examples.app.AllianceSteps;
import io.allianceeval.examples.app.Upload;
import io.allianceeval.examples.app.YearSteps;
import io.allianceeval.examples.server.web.Forms;
import io.allianceeval.examples.db.Account;
import io.allianceeval.examples.db.StoredEntry;
import io.allianceeval.examples.db.StoredYear;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.OneTimePasswords;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.year.Action;
import io.allianceeval.year.Role;
import io.allianceeval.year.Submission;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON API's routes ({@code /api/v1}): each reads its request, calls the application layer
 * with the session's actor, and writes the answer. Nothing here decides whether a step may be
 * taken; failures become statuses in {@link WebServer}.
 */
final class ApiRoutes {

  private final Accounts accounts;
  private final YearSteps years;
  private final AllianceSteps alliances;
  private final Logins logins;
  private final Gson gson;
  private final ReportRoutes reports;

  ApiRoutes(Accounts accounts, YearSteps years, AllianceSteps alliances, Logins logins,
      Gson gson) {
    this.accounts = accounts;
    this.years = years;
    this.alliances = alliances;
    this.logins = logins;
    this.gson = gson;
    this.reports = new ReportRoutes(years);
  }

  /** Every route of the API. */
  void register(RoutesConfig r) {
    r.get("/api/v1/openapi.json", this::openapi);
    r.post("/api/v1/login", this::login);
    r.post("/api/v1/logout", this::logout);
    r.post("/api/v1/password", this::password);
    r.get("/api/v1/me", ctx -> ctx.json(JsonViews.me(account(ctx), session(ctx))));
    r.get("/api/v1/accounts", ctx -> ctx.json(accounts.list(actor(ctx)).stream()
        .map(JsonViews::account).toList()));
    r.post("/api/v1/accounts", this::createAccount);
    r.post("/api/v1/accounts/roster", this::createForRoster);
    r.post("/api/v1/accounts/{username}/reset", this::reset);
    r.post("/api/v1/accounts/{username}/disable", ctx -> disable(ctx, true));
    r.post("/api/v1/accounts/{username}/enable", ctx -> disable(ctx, false));
    r.get("/api/v1/years", ctx -> ctx.json(years.years().stream().map(JsonViews::year)
        .toList()));
    r.post("/api/v1/years", this::openYear);
    r.get("/api/v1/years/{year}", ctx -> ctx.json(JsonViews.year(years.year(year(ctx)))));
    r.put("/api/v1/years/{year}", this::changeDeadline);
    r.get("/api/v1/years/{year}/status", ctx ->
        ctx.json(JsonViews.status(years.status(actor(ctx), year(ctx)), ServerText.lang(ctx))));
    String alliance = "/api/v1/years/{year}/alliances/{code}";
    r.get(alliance + "/entries", ctx -> ctx.json(alliances.entries(actor(ctx), year(ctx), code(ctx))
        .stream().map(JsonViews::entry).toList()));
    r.post(alliance + "/entries", ctx -> created(ctx, JsonViews.entry(
        alliances.add(actor(ctx), year(ctx), code(ctx), JsonBody.entryFields(body(ctx))))));
    r.post(alliance + "/entries/upload", this::upload);
    r.put(alliance + "/entries/{id}", ctx -> ctx.json(JsonViews.entry(alliances.update(actor(ctx),
        year(ctx), code(ctx), id(ctx), JsonBody.entryFields(body(ctx))))));
    r.delete(alliance + "/entries/{id}", ctx -> {
      alliances.delete(actor(ctx), year(ctx), code(ctx), id(ctx));
      ctx.status(204);
    });
    r.get(alliance + "/tally", ctx -> ctx.json(JsonViews.tally(alliances.tally(actor(ctx), year(ctx),
        code(ctx)), ServerText.lang(ctx))));
    r.post(alliance + "/submit", ctx -> step(ctx, Action.SUBMIT, null));
    r.post(alliance + "/approve", ctx -> step(ctx, Action.APPROVE, null));
    r.post(alliance + "/return", ctx -> step(ctx, Action.RETURN, "comment"));
    r.post(alliance + "/reopen", ctx -> step(ctx, Action.REOPEN, "reason"));
    r.post("/api/v1/years/{year}/lock", ctx ->
        ctx.json(JsonViews.year(years.lock(actor(ctx), year(ctx)))));
    r.get("/api/v1/years/{year}/report", reports::report);
    r.get("/api/v1/years/{year}/entries.xlsx", reports::entries);
    r.get("/api/v1/years/{year}/changes", ctx -> reports.changes(ctx, actor(ctx)));
  }

  // ---- sessions and passwords

  private void openapi(Context ctx) throws IOException {
    try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }

  private void login(Context ctx) throws Exception {
    JsonObject body = body(ctx);
    Logins.Result r = logins.attempt(ctx, text(body, "username"), text(body, "password"));
    if (r.session().isEmpty()) {
      throw new ApiException(r.status(), r.message(), List.of());
    }
    ctx.json(JsonViews.me(r.account().orElseThrow(), r.session().get()));
  }

  private void logout(Context ctx) {
    logins.logout(ctx);
    ctx.status(204);
  }

  private void password(Context ctx) throws Exception {
    JsonObject body = body(ctx);
    accounts.changePassword(actor(ctx), text(body, "currentPassword"),
        text(body, "newPassword"));
    // every other session of the account ends; this one goes on with a new id
    logins.renew(ctx, account(ctx).username());
    ctx.json(JsonViews.me(session(ctx).account(), session(ctx)));
  }

  // ---- accounts

  private void createAccount(Context ctx) throws Exception {
    JsonObject body = body(ctx);
    String username = text(body, "username");
    Role role = JsonBody.role(body);
    Optional<AllianceCode> alliance = JsonBody.alliance(body, "alliance");
    String password = text(body, "password");
    Account a = accounts.create(actor(ctx), new Accounts.NewAccount(username, role, alliance,
        password));
    created(ctx, JsonViews.account(a));
  }

  private void createForRoster(Context ctx) throws Exception {
    Upload roster = file(ctx, "roster");
    List<Accounts.Issued> issued = accounts.createForRoster(actor(ctx), roster);
    List<OneTimePasswords.Row> rows = new ArrayList<>();
    for (Accounts.Issued i : issued) {
      rows.add(new OneTimePasswords.Row(i.alliance().code().toString(), i.alliance().name(),
          i.username(), i.oneTimePassword()));
    }
    ctx.status(201);
    ReportRoutes.attachment(ctx, OneTimePasswords.workbook(rows), "one-time-passwords.xlsx",
        ReportRoutes.XLSX);
  }

  private void reset(Context ctx) throws Exception {
    String username = ctx.pathParam("username");
    String pw = accounts.reset(actor(ctx), username);
    logins.endAll(username);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("username", username);
    out.put("oneTimePassword", pw);
    ctx.json(out);
  }

  private void disable(Context ctx, boolean disabled) throws Exception {
    String username = ctx.pathParam("username");
    accounts.setDisabled(actor(ctx), username, disabled);
    if (disabled) {
      logins.endAll(username);
    }
    ctx.status(204);
  }

  // ---- years

  private void openYear(Context ctx) throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    Optional<Upload> system = Optional.empty();
    if (isMultipart(ctx)) {
      for (String f : List.of("year", "periodStart", "periodEnd", "deadline", "eligibility")) {
        fields.put(f, ctx.formParam(f));
      }
      UploadedFile file = ctx.uploadedFile("system");
      if (file != null && file.size() > 0) {
        system = Optional.of(new Upload(file.filename(), Forms.bytes(file)));
      }
    } else {
      JsonObject body = body(ctx);
      for (String f : List.of("year", "periodStart", "periodEnd", "deadline", "eligibility")) {
        fields.put(f, optionalText(body, f).orElse(null));
      }
    }
    List<InputProblem> problems = new ArrayList<>();
    Optional<Integer> year = JsonBody.integer(fields, "year", problems);
    Optional<LocalDate> start = JsonBody.date(fields, "periodStart", problems);
    Optional<LocalDate> end = JsonBody.date(fields, "periodEnd", problems);
    Optional<Instant> deadline = JsonBody.instant(fields, "deadline", true, problems);
    if (start.isPresent() != end.isPresent()) {
      problems.add(InputProblem.atField("request", 0, start.isPresent() ? "periodEnd"
          : "periodStart", "give both ends of the period, or neither for the calendar year"));
    }
    Optional<Period> period = Optional.empty();
    if (start.isPresent() && end.isPresent()) {
      if (end.get().isBefore(start.get())) {
        problems.add(InputProblem.atField("request", 0, "periodEnd", "expected a day on or"
            + " after periodStart " + start.get() + ", found " + end.get()));
      } else {
        period = Optional.of(Period.of(start.get(), end.get()));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    String eligibility = fields.get("eligibility") == null || fields.get("eligibility").isBlank()
        ? "at-least:1" : fields.get("eligibility").strip();
    StoredYear y = years.open(actor(ctx), new YearSteps.YearRequest(year.orElseThrow(), period,
        deadline.orElseThrow(), eligibility, system));
    created(ctx, JsonViews.year(y));
  }

  private void changeDeadline(Context ctx) throws Exception {
    JsonObject body = body(ctx);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deadline", optionalText(body, "deadline").orElse(null));
    List<InputProblem> problems = new ArrayList<>();
    Optional<Instant> deadline = JsonBody.instant(fields, "deadline", true, problems);
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    ctx.json(JsonViews.year(years.changeDeadline(actor(ctx), year(ctx), deadline.orElseThrow())));
  }

  // ---- entries and steps

  private void upload(Context ctx) throws Exception {
    Upload file = file(ctx, "file");
    List<StoredEntry> added = alliances.upload(actor(ctx), year(ctx), code(ctx), file);
    created(ctx, added.stream().map(JsonViews::entry).toList());
  }

  private void step(Context ctx, Action action, String textField) throws Exception {
    String text = null;
    if (textField != null) {
      text = optionalText(body(ctx), textField).orElse(null);
    }
    Submission s = alliances.step(actor(ctx), year(ctx), code(ctx), action, text);
    ctx.json(JsonViews.submission(s));
  }

  // ---- request parts

  static Upload file(Context ctx, String field) throws ApiException {
    Lang lang = ServerText.lang(ctx);
    if (!isMultipart(ctx) || ctx.uploadedFile(field) == null) {
      throw new ApiException(400, ServerText.text(lang, "error.fileMissing", field), List.of());
    }
    UploadedFile f = ctx.uploadedFile(field);
    return new Upload(f.filename() == null ? field : f.filename(), Forms.bytes(f));
  }

  private static boolean isMultipart(Context ctx) {
    String type = ctx.contentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  private JsonObject body(Context ctx) throws ApiException {
    return JsonBody.object(ctx, gson);
  }

  private static void created(Context ctx, Object body) {
    ctx.status(201);
    ctx.json(body);
  }

  static Sessions.Session session(Context ctx) {
    return ctx.attribute(WebServer.SESSION);
  }
}
