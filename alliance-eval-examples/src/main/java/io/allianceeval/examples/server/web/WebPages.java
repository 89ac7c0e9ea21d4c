package io.allianceeval.examples.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.allianceeval.activity.Period;
import static io.allianceeval.examples.server.web.Forms.account;
import static io.allianceeval.examples.server.web.Forms.actor;
import static io.allianceeval.examples.server.web.Forms.beijing;
import static io.allianceeval.examples.server.web.Forms.bytes;
import static io.allianceeval.examples.server.web.Forms.date;
import static io.allianceeval.examples.server.web.Forms.done;
import static io.allianceeval.examples.server.web.Forms.integer;
import static io.allianceeval.examples.server.web.Forms.year;

import io.allianceeval.examples.app.Accounts;
import io.allianceeval.examples.app.AllianceSteps;
import io.allianceeval.examples.app.SecondHalf;
import io.allianceeval.examples.app.Upload;
import io.allianceeval.examples.app.YearSteps;
import io.allianceeval.examples.db.Account;
import io.allianceeval.examples.db.StoredYear;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.year.Actor;
import io.allianceeval.year.Role;
import io.allianceeval.year.Submission;
import io.allianceeval.year.YearRules;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
      "password", "created", "disabled", "enabled", "planned", "moved", "roundOpened",
      "roundClosed", "meetingStarted", "decided", "publicityOpened", "answered", "published",
      "scored", "sheetSubmitted", "appealed", "imported");

  /** The cookie that holds the login form's token. */
  static final String LOGIN_COOKIE = "ae_login";

  private final Accounts accounts;
  private final YearSteps years;
  private final Clock clock;
  private final SessionAccess sessions;
  private final AlliancePages alliancePages;
  private final AccountPages accountPages;
  private final ReviewPages reviewPages;
  private final ExpertPages expertPages;
  private final ResultPages resultPages;
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
    void renew(Context ctx, String username) throws Exception;

    /** After a reset or disabling: every session of {@code username} ends. */
    void endAll(String username);

    /** A new random token (256 bits). */
    String newToken();
  }

  /** The pages over the application layer, with the sessions of {@code sessions}. */
  public WebPages(Accounts accounts, YearSteps years, AllianceSteps alliances,
      SecondHalf second, Clock clock, SessionAccess sessions) {
    this.accounts = accounts;
    this.years = years;
    this.clock = clock;
    this.sessions = sessions;
    this.alliancePages = new AlliancePages(this, years, alliances, clock);
    this.accountPages = new AccountPages(this, accounts, sessions);
    this.reviewPages = new ReviewPages(this, second.panel(), second.rounds(), second.review(),
        second.publicity());
    this.expertPages = new ExpertPages(this, years, second.sheets());
    this.resultPages = new ResultPages(this, second.publicity(), second.history(),
        second.uncertainty());
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
    alliancePages.register(r);
    accountPages.register(r);
    reviewPages.register(r);
    expertPages.register(r);
    resultPages.register(r);
  }

  // ---- rendering

  /** The clock the pages tell the time by. */
  Clock clock() {
    return clock;
  }

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

  static Texts texts(Context ctx) {
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
    if (a.role() == Role.EXPERT) {
      for (StoredYear y : open) {
        for (io.allianceeval.review.Round r : io.allianceeval.review.Round.values()) {
          if (y.phase() == io.allianceeval.year.ReviewRules.openPhase(r)) {
            ctx.redirect("/years/" + y.year().year() + "/rounds/" + r.number() + "/sheet"
                + keepDone(ctx));
            return;
          }
        }
      }
    }
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
    Actor actor = actor(ctx);
    render(ctx, "years.jte", Map.of("years", years.years().stream()
        .map(y -> Views.year(y, t, actor)).toList()));
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
}
