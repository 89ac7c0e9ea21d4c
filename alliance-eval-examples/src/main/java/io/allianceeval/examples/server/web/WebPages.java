package io.allianceeval.examples.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.allianceeval.activity.Period;
import io.allianceeval.examples.app.Accounts;
import io.allianceeval.examples.app.StepException;
import io.allianceeval.examples.app.Upload;
import io.allianceeval.examples.app.YearSteps;
import io.allianceeval.examples.db.Account;
import io.allianceeval.examples.db.StoredEntry;
import io.allianceeval.examples.db.StoredYear;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.OneTimePasswords;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.year.Action;
import io.allianceeval.year.Actor;
import io.allianceeval.year.Role;
import io.allianceeval.year.Submission;
import io.allianceeval.year.YearRules;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pages: rendered on the server from precompiled jte templates, plain forms that work without
 * JavaScript, each step a POST with the session's CSRF token that calls the same application layer
 * as the API and answers with a redirect (post/redirect/get). What a page offers is what the year's
 * rules allow the user now ({@link YearRules#refusal}); the rules decide again when the form is
 * sent.
 */
public final class WebPages {

  /** What a successful step says on the page it leads back to, by key. */
  private static final List<String> DONE = List.of("added", "updated", "deleted", "uploaded",
      "submitted", "approved", "returned", "reopened", "locked", "deadline", "opened",
      "password", "created", "disabled", "enabled");

  /** The cookie that holds the login form's token. */
  static final String LOGIN_COOKIE = "ae_login";

  private final Accounts accounts;
  private final YearSteps years;
  private final Clock clock;
  private final SessionAccess sessions;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

  /** How the pages reach the session of a request: its account, token, and a new login. */
  public interface SessionAccess {
    /** The account logged in on {@code ctx}, if any. */
    Optional<Account> account(Context ctx);

    /** The CSRF token of {@code ctx}'s session, or empty. */
    String csrf(Context ctx);

    /**
     * Logs {@code username} in with {@code password} on {@code ctx} (limits, a new session and its
     * cookie); the error message in the page's language if it fails.
     */
    Optional<String> login(Context ctx, String username, String password) throws Exception;

    /** Ends the session of {@code ctx}. */
    void logout(Context ctx);

    /** After a password change: the account's other sessions end, this one gets a new id. */
    void renew(Context ctx, String username);

    /** After a reset or disabling: every session of {@code username} ends. */
    void endAll(String username);

    /** A new random token (256 bits). */
    String newToken();
  }

  public WebPages(Accounts accounts, YearSteps years, Clock clock, SessionAccess sessions) {
    this.accounts = accounts;
    this.years = years;
    this.clock = clock;
    this.sessions = sessions;
  }

  /** Every page's route. */
  public void register(RoutesConfig r) {
    r.get("/static/app.css", this::css);
    r.get("/favicon.ico", ctx -> ctx.status(204));
    r.get("/lang", this::switchLang);
    r.get("/login", ctx -> loginPage(ctx, null));
    r.post("/login", this::login);
    r.post("/logout", ctx -> {
      sessions.logout(ctx);
      ctx.redirect("/login");
    });
    r.get("/password", ctx -> render(ctx, "password.jte", Map.of("forced",
        account(ctx).mustChangePassword())));
    r.post("/password", this::changePassword);
    r.get("/", this::home);
    r.get("/years", this::yearList);
    r.post("/years", this::openYear);
    r.get("/years/{year}", this::dashboard);
    r.post("/years/{year}/deadline", this::changeDeadline);
    r.post("/years/{year}/lock", ctx -> {
      years.lock(actor(ctx), year(ctx));
      done(ctx, "/years/" + year(ctx), "locked");
    });
    String a = "/years/{year}/alliances/{code}";
    r.get(a, this::alliance);
    r.post(a + "/entries", ctx -> {
      years.add(actor(ctx), year(ctx), code(ctx), entryFields(ctx));
      done(ctx, base(ctx), "added");
    });
    r.post(a + "/entries/upload", ctx -> {
      List<StoredEntry> added = years.upload(actor(ctx), year(ctx), code(ctx), file(ctx, "file"));
      done(ctx, base(ctx), "uploaded");
    });
    r.get(a + "/entries/{id}/edit", this::editEntry);
    r.post(a + "/entries/{id}", ctx -> {
      years.update(actor(ctx), year(ctx), code(ctx), id(ctx), entryFields(ctx));
      done(ctx, base(ctx), "updated");
    });
    r.post(a + "/entries/{id}/delete", ctx -> {
      years.delete(actor(ctx), year(ctx), code(ctx), id(ctx));
      done(ctx, base(ctx), "deleted");
    });
    r.post(a + "/submit", ctx -> step(ctx, Action.SUBMIT, null, "submitted"));
    r.post(a + "/approve", ctx -> step(ctx, Action.APPROVE, null, "approved"));
    r.post(a + "/return", ctx -> step(ctx, Action.RETURN, ctx.formParam("comment"), "returned"));
    r.post(a + "/reopen", ctx -> step(ctx, Action.REOPEN, ctx.formParam("reason"), "reopened"));
    r.get("/accounts", ctx -> render(ctx, "accounts.jte", Map.of("accounts",
        accounts.list(actor(ctx)).stream().map(x -> Views.account(x, texts(ctx))).toList())));
    r.post("/accounts", this::createAccount);
    r.post("/accounts/roster", this::roster);
    r.post("/accounts/{username}/reset", ctx -> {
      String username = ctx.pathParam("username");
      String pw = accounts.reset(actor(ctx), username);
      sessions.endAll(username);
      render(ctx, "secret.jte", Map.of("username", username, "password", pw));
    });
    r.post("/accounts/{username}/disable", ctx -> {
      accounts.setDisabled(actor(ctx), ctx.pathParam("username"), true);
      sessions.endAll(ctx.pathParam("username"));
      done(ctx, "/accounts", "disabled");
    });
    r.post("/accounts/{username}/enable", ctx -> {
      accounts.setDisabled(actor(ctx), ctx.pathParam("username"), false);
      done(ctx, "/accounts", "enabled");
    });
  }

  // ---- rendering

  /** The common part of {@code ctx}'s page. */
  Page page(Context ctx) {
    Texts t = texts(ctx);
    String done = ctx.queryParam("done");
    Optional<String> message = done != null && DONE.contains(done)
        ? Optional.of(t.get("done." + done)) : Optional.empty();
    String query = ctx.queryString();
    String path = ctx.path() + (query == null ? "" : "?" + query.replaceAll("(^|&)done=[^&]*",
        "").replaceAll("^&", ""));
    if (path.endsWith("?")) {
      path = path.substring(0, path.length() - 1);
    }
    return new Page(t, sessions.account(ctx), sessions.csrf(ctx), path, message);
  }

  void render(Context ctx, String template, Map<String, Object> params) {
    Map<String, Object> all = new LinkedHashMap<>(params);
    all.put("page", page(ctx));
    StringOutput out = new StringOutput();
    templates.render(template, all, out);
    ctx.contentType("text/html; charset=utf-8").result(out.toString());
  }

  /**
   * The page of a failed step: the message and every problem, with the status, and the way back.
   */
  public void problem(Context ctx, int status, String message, List<String> problems) {
    ctx.status(status);
    render(ctx, "problem.jte", Map.of("message", message, "problems", problems,
        "back", backOf(ctx.path())));
  }

  static String backOf(String path) {
    String[] p = path.split("/");
    if (p.length >= 5 && p[1].equals("years") && p[3].equals("alliances")) {
      return "/years/" + p[2] + "/alliances/" + p[4];
    }
    if (p.length >= 3 && p[1].equals("years")) {
      return "/years/" + p[2];
    }
    if (p.length >= 2 && (p[1].equals("accounts") || p[1].equals("years")
        || p[1].equals("password"))) {
      return "/" + p[1];
    }
    return "/";
  }

  private static Texts texts(Context ctx) {
    return new Texts(io.allianceeval.examples.server.ServerText.lang(ctx));
  }

  private void css(Context ctx) throws IOException {
    try (InputStream in = WebPages.class.getResourceAsStream("app.css")) {
      ctx.contentType("text/css; charset=utf-8").result(in.readAllBytes());
    }
  }

  private void switchLang(Context ctx) {
    String to = "en".equals(ctx.queryParam("to")) ? "en" : "zh";
    String back = ctx.queryParam("back");
    if (back == null || !back.startsWith("/") || back.startsWith("//")
        || back.contains("\\")) {
      back = "/";
    }
    ctx.header("Set-Cookie", "lang=" + to + "; Path=/; SameSite=Strict; Max-Age=31536000");
    ctx.redirect(back.replaceAll("[?&]lang=[a-z]+", ""));
  }

  // ---- sessions

  /**
   * The login form, with a token of its own (there is no session yet) that the form sends back and
   * a SameSite=Strict cookie holds: a login posted from another site lacks the cookie and is
   * refused, so no one can log a browser into an account of theirs.
   */
  private void loginPage(Context ctx, String error) {
    // one token per browser: a second tab, or a request that lands here, keeps the first valid
    String token = ctx.cookie(LOGIN_COOKIE);
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
      token = sessions.newToken();
      ctx.header("Set-Cookie", LOGIN_COOKIE + "=" + token + "; Path=/login; HttpOnly;"
          + " SameSite=Strict");
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("error", error);
    params.put("token", token);
    render(ctx, "login.jte", params);
  }

  private void login(Context ctx) throws Exception {
    String cookie = ctx.cookie(LOGIN_COOKIE);
    String sent = ctx.formParam("_csrf");
    if (cookie == null || sent == null || !java.security.MessageDigest.isEqual(
        cookie.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        sent.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      ctx.status(403);
      loginPage(ctx, texts(ctx).get("error.csrf"));
      return;
    }
    Optional<String> error = sessions.login(ctx, ctx.formParam("username"),
        ctx.formParam("password"));
    if (error.isPresent()) {
      int status = ctx.statusCode();
      loginPage(ctx, error.get());
      ctx.status(status);
      return;
    }
    ctx.redirect("/");
  }

  private void changePassword(Context ctx) throws Exception {
    accounts.changePassword(actor(ctx), ctx.formParam("currentPassword"),
        ctx.formParam("newPassword"));
    sessions.renew(ctx, account(ctx).username());
    done(ctx, "/", "password");
  }

  private void home(Context ctx) throws Exception {
    Account a = account(ctx);
    List<StoredYear> open = years.years();
    if (a.role() == Role.SECRETARIAT && !open.isEmpty()) {
      ctx.redirect("/years/" + open.get(0).year().year() + "/alliances/" + a.alliance().get()
          + keepDone(ctx));
      return;
    }
    ctx.redirect("/years" + keepDone(ctx));
  }

  private static String keepDone(Context ctx) {
    String done = ctx.queryParam("done");
    return done != null && DONE.contains(done) ? "?done=" + done : "";
  }

  // ---- years

  private void yearList(Context ctx) throws Exception {
    Texts t = texts(ctx);
    render(ctx, "years.jte", Map.of("years", years.years().stream().map(y -> Views.year(y, t))
        .toList()));
  }

  private void openYear(Context ctx) throws Exception {
    List<InputProblem> problems = new ArrayList<>();
    int year = integer(ctx.formParam("year"), "year", problems);
    LocalDate start = date(ctx.formParam("periodStart"), "periodStart", problems);
    LocalDate end = date(ctx.formParam("periodEnd"), "periodEnd", problems);
    Instant deadline = beijing(ctx.formParam("deadline"), "deadline", problems);
    if ((start == null) != (end == null) && problems.isEmpty()) {
      problems.add(InputProblem.atField("form", 0, start == null ? "periodStart" : "periodEnd",
          "give both ends of the period, or neither for the calendar year"));
    }
    if (start != null && end != null && end.isBefore(start)) {
      problems.add(InputProblem.atField("form", 0, "periodEnd", "expected a day on or after "
          + start + ", found " + end));
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    UploadedFile system = ctx.uploadedFile("system");
    Optional<Upload> workbook = system == null || system.size() == 0 ? Optional.empty()
        : Optional.of(new Upload(system.filename(), bytes(system)));
    String eligibility = Optional.ofNullable(ctx.formParam("eligibility")).orElse("at-least:1");
    years.open(actor(ctx), new YearSteps.YearRequest(year, start == null ? Optional.empty()
        : Optional.of(Period.of(start, end)), deadline, eligibility, workbook));
    done(ctx, "/years/" + year, "opened");
  }

  private void dashboard(Context ctx) throws Exception {
    Actor actor = actor(ctx);
    int year = year(ctx);
    if (actor.role() == Role.SECRETARIAT) {
      ctx.redirect("/years/" + year + "/alliances/" + actor.alliance().get());
      return;
    }
    YearSteps.YearStatus status = years.status(actor, year);
    Texts t = texts(ctx);
    List<Submission> all = new ArrayList<>(status.submissions().values());
    String refused = YearRules.lockRefusal(actor, status.year().year(), all, clock.instant())
        .map(r -> t.get("refusal." + r.name(), String.join(", ", YearRules.undecided(all)
            .stream().map(Object::toString).toList()))).orElse("");
    render(ctx, "dashboard.jte", Map.of("d", Views.dashboard(status, t, refused)));
  }

  private void changeDeadline(Context ctx) throws Exception {
    List<InputProblem> problems = new ArrayList<>();
    Instant deadline = beijing(ctx.formParam("deadline"), "deadline", problems);
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    years.changeDeadline(actor(ctx), year(ctx), deadline);
    done(ctx, "/years/" + year(ctx), "deadline");
  }

  // ---- an alliance

  private void alliance(Context ctx) throws Exception {
    Actor actor = actor(ctx);
    int year = year(ctx);
    AllianceCode code = code(ctx);
    Texts t = texts(ctx);
    YearSteps.AllianceTally tally = years.tally(actor, year, code);
    IndicatorSystem system = years.model(year).system();
    Map<String, String> labels = Views.kindLabels(system, t.lang());
    Instant now = clock.instant();
    Submission s = tally.submission();
    var y = tally.year().year();
    Views.Steps steps = new Views.Steps(
        YearRules.refusal(actor, Action.CHANGE_ENTRIES, s, y, now, null).isEmpty(),
        YearRules.refusal(actor, Action.SUBMIT, s, y, now, null).isEmpty(),
        YearRules.refusal(actor, Action.APPROVE, s, y, now, null).isEmpty(),
        YearRules.refusal(actor, Action.RETURN, s, y, now, "-").isEmpty(),
        YearRules.refusal(actor, Action.REOPEN, s, y, now, "-").isEmpty());
    List<Views.ChangeRow> history = List.of();
    if (actor.role() == Role.OFFICE) {
      history = years.changes(actor, year, Optional.of(code)).stream()
          .map(c -> Views.change(c, t)).toList();
    }
    Views.AlliancePage a = new Views.AlliancePage(Views.year(tally.year(), t), code.toString(),
        tally.alliance().name(), Views.state(s.state(), t), s.state().name(),
        s.comment().orElse(""), s.reopenedBecause().orElse(""),
        tally.entries().stream().sorted(java.util.Comparator.comparing(
            (StoredEntry e) -> e.activity().date()).thenComparing(StoredEntry::id))
            .map(e -> Views.entry(e, labels)).toList(),
        Views.indicators(tally.trace(), t.lang()), Views.total(tally.participant()),
        tally.participant().map(p -> t.lang().tier(p.tier())).orElse(""),
        tally.ineligible().orElse(""), Views.activities(tally.excluded()),
        Views.activities(tally.duplicates()), Views.kinds(labels), steps, history, base(ctx));
    render(ctx, "alliance.jte", Map.of("a", a));
  }

  private void editEntry(Context ctx) throws Exception {
    long id = id(ctx);
    Texts t = texts(ctx);
    List<StoredEntry> entries = years.entries(actor(ctx), year(ctx), code(ctx));
    StoredEntry e = entries.stream().filter(x -> x.id() == id).findFirst()
        .orElseThrow(() -> new StepException(StepException.Reason.NO_SUCH_ENTRY, id));
    Map<String, String> labels = Views.kindLabels(years.model(year(ctx)).system(), t.lang());
    render(ctx, "entry.jte", Map.of("base", base(ctx), "e", Views.entry(e, labels),
        "kind", e.activity().kind().name(), "kinds", Views.kinds(labels)));
  }

  private void step(Context ctx, Action action, String text, String done) throws Exception {
    years.step(actor(ctx), year(ctx), code(ctx), action, text);
    done(ctx, base(ctx), done);
  }

  // ---- accounts

  private void createAccount(Context ctx) throws Exception {
    Role role;
    try {
      role = Role.valueOf(Optional.ofNullable(ctx.formParam("role")).orElse("")
          .toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(InputProblem.atField("form", 0, "role",
          "expected office, secretariat or expert"));
    }
    String alliance = Optional.ofNullable(ctx.formParam("alliance")).orElse("").strip();
    Optional<AllianceCode> code = Optional.empty();
    if (!alliance.isEmpty()) {
      try {
        code = Optional.of(AllianceCode.parse(alliance));
      } catch (IllegalArgumentException e) {
        throw new BadInputException(InputProblem.atField("form", 0, "alliance",
            "expected an alliance code such as 101 or D001, found '" + alliance + "'"));
      }
    }
    accounts.create(actor(ctx), new Accounts.NewAccount(Optional.ofNullable(
        ctx.formParam("username")).orElse("").strip(), role, code,
        Optional.ofNullable(ctx.formParam("password")).orElse("")));
    done(ctx, "/accounts", "created");
  }

  private void roster(Context ctx) throws Exception {
    List<Accounts.Issued> issued = accounts.createForRoster(actor(ctx), file(ctx, "roster"));
    List<OneTimePasswords.Row> rows = new ArrayList<>();
    for (Accounts.Issued i : issued) {
      rows.add(new OneTimePasswords.Row(i.alliance().code().toString(), i.alliance().name(),
          i.username(), i.oneTimePassword()));
    }
    ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    ctx.header("Content-Disposition", "attachment; filename=\"one-time-passwords.xlsx\"");
    ctx.result(OneTimePasswords.workbook(rows));
  }

  // ---- request parts

  private static void done(Context ctx, String to, String what) {
    ctx.redirect(to + "?done=" + what);
  }

  private static Account account(Context ctx) {
    return ctx.attribute("account");
  }

  private static Actor actor(Context ctx) {
    return account(ctx).actor();
  }

  private static String base(Context ctx) {
    return "/years/" + ctx.pathParam("year") + "/alliances/" + ctx.pathParam("code");
  }

  private static int year(Context ctx) throws StepException {
    String y = ctx.pathParam("year");
    if (!y.matches("[0-9]{4}")) {
      throw new StepException(StepException.Reason.NO_SUCH_YEAR, y);
    }
    return Integer.parseInt(y);
  }

  private static AllianceCode code(Context ctx) throws StepException {
    try {
      return AllianceCode.parse(ctx.pathParam("code"));
    } catch (IllegalArgumentException e) {
      throw new StepException(StepException.Reason.NO_SUCH_ALLIANCE, ctx.pathParam("code"));
    }
  }

  private static long id(Context ctx) throws StepException {
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9]{1,18}")) {
      throw new StepException(StepException.Reason.NO_SUCH_ENTRY, id);
    }
    return Long.parseLong(id);
  }

  private static Map<String, String> entryFields(Context ctx) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String f : List.of("kind", "date", "title", "evidence", "value")) {
      fields.put(f, ctx.formParam(f));
    }
    return fields;
  }

  private static Upload file(Context ctx, String field) throws BadInputException {
    UploadedFile f = ctx.uploadedFile(field);
    if (f == null || f.size() == 0) {
      throw new BadInputException(InputProblem.atField("form", 0, field,
          "expected a file (.xlsx or .csv)"));
    }
    return new Upload(f.filename() == null ? field : f.filename(), bytes(f));
  }

  private static byte[] bytes(UploadedFile f) {
    return f.contentAndClose(in -> {
      try {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static int integer(String text, String field, List<InputProblem> problems) {
    if (text == null || !text.strip().matches("[0-9]{4}")) {
      problems.add(InputProblem.atField("form", 0, field, "expected a year such as 2019, found '"
          + (text == null ? "" : text) + "'"));
      return 0;
    }
    return Integer.parseInt(text.strip());
  }

  private static LocalDate date(String text, String field, List<InputProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(InputProblem.atField("form", 0, field, "expected a date yyyy-mm-dd, found '"
          + text + "'"));
      return null;
    }
  }

  /** A time of a {@code datetime-local} field, in Beijing time. */
  private static Instant beijing(String text, String field, List<InputProblem> problems) {
    if (text == null || text.isBlank()) {
      problems.add(InputProblem.atField("form", 0, field, "required"));
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip()).atZone(Views.BEIJING).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(InputProblem.atField("form", 0, field, "expected a time yyyy-mm-ddThh:mm,"
          + " found '" + text + "'"));
      return null;
    }
  }
}
