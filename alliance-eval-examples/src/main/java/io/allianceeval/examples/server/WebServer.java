package io.allianceeval.examples.server;

import static java.util.Objects.requireNonNull;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import io.allianceeval.examples.app.Accounts;
import io.allianceeval.examples.app.AllianceSteps;
import io.allianceeval.examples.app.Passwords;
import io.allianceeval.examples.app.SecondHalf;
import io.allianceeval.examples.app.StepException;
import io.allianceeval.examples.app.YearSteps;
import io.allianceeval.examples.db.Account;
import io.allianceeval.examples.db.YearStore;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.examples.server.web.WebPages;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.year.Refusal;
import io.allianceeval.year.StepRefusedException;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.json.JavalinGson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The evaluation year's web server: Javalin on Jetty, serving the JSON API ({@code /api/v1}, see
 * {@code openapi.json}) over the application layer ({@link Accounts}, {@link YearSteps}), which
 * asks the core's rules for every step. This class owns what every request shares: the security
 * headers, the session and its CSRF token, the language, the mapping of failures to statuses
 * and JSON, and a graceful stop.
 *
 * <p>Every request to the API but the login and the API description needs a live session; every
 * request that changes anything needs the session's {@code X-CSRF-Token} header and a JSON body
 * ({@code Content-Type: application/json}, which a form on another site cannot send) or a
 * multipart upload. Authorisation by role and alliance is the application layer's and the core's:
 * every step is given the {@linkplain io.allianceeval.year.Actor actor} of the session.
 */
public final class WebServer implements AutoCloseable {

  /** The session cookie's name. */
  static final String SESSION_COOKIE = "ae_session";

  /** The request attribute holding the logged-in account. */
  static final String ACCOUNT = "account";

  /** The request attribute holding the session. */
  static final String SESSION = "session";

  /** What every answer says about itself. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self';"
      + " frame-ancestors 'none'";

  /** Paths of the API that need no session. */
  private static final Set<String> OPEN = Set.of("/api/v1/login", "/api/v1/openapi.json");

  /** Pages that need no session. */
  private static final Set<String> OPEN_PAGES = Set.of("/login", "/lang", "/static/app.css",
      "/favicon.ico");

  /** Paths a session that must change its password may still use. */
  private static final Set<String> BEFORE_PASSWORD_CHANGE =
      Set.of("/api/v1/password", "/api/v1/logout", "/api/v1/me");

  private final Javalin app;
  private final YearStore store;
  private final WebPages pages;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicInteger inFlight = new AtomicInteger();

  private WebServer(Javalin app, YearStore store, WebPages pages) {
    this.app = app;
    this.store = store;
    this.pages = pages;
  }

  /**
   * Starts the server over {@code store} and returns once it listens.
   *
   * @throws IllegalStateException (from Jetty) if the port cannot be bound
   */
  public static WebServer start(YearStore store, ServerOptions options) {
    requireNonNull(store, "store");
    requireNonNull(options, "options");
    Passwords passwords = new Passwords();
    Accounts accounts = new Accounts(store, passwords, options.clock());
    YearSteps years = new YearSteps(store, options.clock());
    AllianceSteps alliances = new AllianceSteps(years);
    Sessions sessions = new Sessions(options.idle(), options.ticker());
    LoginLimiter limiter = new LoginLimiter(options.ticker());
    Gson gson = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    Logins logins = new Logins(accounts, sessions, limiter, options.secureCookies());
    ApiRoutes api = new ApiRoutes(accounts, years, alliances, logins, gson);
    SecondHalf second = SecondHalf.of(years, alliances, passwords);
    ReviewRoutes review = new ReviewRoutes(second.panel(), second.rounds(), second.sheets(), gson);
    OutcomeRoutes outcome = new OutcomeRoutes(second.review(), second.publicity(),
        second.history(), gson);
    WebPages pages = new WebPages(accounts, years, alliances, second, options.clock(), logins);
    WebServer[] self = new WebServer[1];
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jsonMapper(new JavalinGson(gson, false));
      config.http.maxRequestSize = ServerOptions.MAX_UPLOAD_BYTES + 1024 * 1024;
      config.jetty.multipartConfig.maxFileSize(ServerOptions.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(ServerOptions.MAX_UPLOAD_BYTES + 1024 * 1024,
          SizeUnit.BYTES);
      config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
      config.jetty.modifyServer(server -> server.setStopTimeout(30_000));
      if (options.tlsKeystore().isPresent()) {
        config.jetty.addConnector((server, http) -> tls(server, http, options));
      } else {
        config.jetty.host = options.host();
        config.jetty.port = options.port();
      }
      config.routes.before(ctx -> self[0].enter(ctx, sessions));
      config.routes.after(ctx -> self[0].leave(ctx));
      api.register(config.routes);
      review.register(config.routes);
      outcome.register(config.routes);
      pages.register(config.routes);
      config.routes.exception(PageRedirect.class, (e, ctx) -> ctx.redirect(e.getMessage()));
      config.routes.exception(BadInputException.class, (e, ctx) ->
          error(pages, ctx, 400, ServerText.text(ServerText.lang(ctx), "error.badInput",
              e.problems().size()), problems(e.problems())));
      config.routes.exception(StepRefusedException.class, (e, ctx) -> refused(pages, ctx, e));
      config.routes.exception(StepException.class, (e, ctx) -> stepFailed(pages, ctx, e));
      config.routes.exception(StorageException.class, (e, ctx) -> {
        // the operator reads the cause on the console; the user learns nothing of the database
        System.err.println("alliance-eval serve: " + e.getMessage());
        error(pages, ctx, 503, ServerText.text(ServerText.lang(ctx), "error.storage"), List.of());
      });
      config.routes.exception(ApiException.class, (e, ctx) ->
          error(pages, ctx, e.status(), e.getMessage(), e.problems()));
      config.routes.exception(JsonParseException.class, (e, ctx) ->
          error(pages, ctx, 400, ServerText.text(ServerText.lang(ctx), "error.badJson",
              oneLine(e.getMessage())), List.of()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        System.err.println("alliance-eval serve: a bug answered 500 on " + ctx.method() + " "
            + ctx.path() + ": " + e);
        error(pages, ctx, 500, ServerText.text(ServerText.lang(ctx), "error.internal"), List.of());
      });
      config.routes.error(404, "*", ctx -> {
        if (ctx.attribute("answered") == null) {
          error(pages, ctx, 404, ServerText.text(ServerText.lang(ctx), "error.notFound"), List.of());
        }
      });
      config.routes.error(413, "*", ctx -> error(pages, ctx, 413, ServerText.text(ServerText.lang(ctx),
          "error.tooLarge", ServerOptions.MAX_UPLOAD_BYTES / (1024 * 1024)), List.of()));
    });
    WebServer server = new WebServer(app, store, pages);
    self[0] = server;
    app.start();
    return server;
  }

  private static ServerConnector tls(org.eclipse.jetty.server.Server server,
      HttpConfiguration http, ServerOptions options) {
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setKeyStorePath(options.tlsKeystore().get().toAbsolutePath().toString());
    ssl.setKeyStorePassword(options.tlsPassword().orElse(""));
    HttpConfiguration https = new HttpConfiguration(http);
    https.addCustomizer(new SecureRequestCustomizer());
    ServerConnector c = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
        new HttpConnectionFactory(https));
    c.setHost(options.host());
    c.setPort(options.port());
    return c;
  }

  /** Every request: the headers, the gate of a stopping server, the session and the CSRF check. */
  private void enter(Context ctx, Sessions sessions) throws Exception {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    inFlight.incrementAndGet();
    ctx.attribute("counted", Boolean.TRUE);
    if (stopping.get()) {
      ctx.header("Connection", "close");
      throw new ApiException(503, "the server is stopping", List.of());
    }
    String path = ctx.path();
    boolean api = path.startsWith("/api/");
    if (api ? OPEN.contains(path) : OPEN_PAGES.contains(path)) {
      return;
    }
    Lang lang = ServerText.lang(ctx);
    Optional<Sessions.Session> session = sessions.get(ctx.cookie(SESSION_COOKIE));
    Optional<Account> account = session.map(Sessions.Session::account);
    if (account.isEmpty() || account.get().disabled()) {
      session.ifPresent(s -> sessions.end(s.id()));
      if (!api) {
        throw new PageRedirect("/login");
      }
      throw new ApiException(401, ServerText.text(lang, "error.unauthenticated"), List.of());
    }
    String method = ctx.method().name();
    boolean changes = !method.equals("GET") && !method.equals("HEAD");
    String token = ctx.header("X-CSRF-Token");
    if (token == null && !api && changes) {
      token = ctx.formParam("_csrf");
    }
    if (changes && !Sessions.csrfMatches(session.get(), token)) {
      throw new ApiException(403, ServerText.text(lang, "error.csrf"), List.of());
    }
    ctx.attribute(SESSION, session.get());
    ctx.attribute(ACCOUNT, account.get());
    if (account.get().mustChangePassword() && !BEFORE_PASSWORD_CHANGE.contains(path)
        && !path.equals("/password") && !path.equals("/logout")) {
      if (!api) {
        throw new PageRedirect("/password");
      }
      throw new ApiException(403, ServerText.text(lang, "error.mustChangePassword"), List.of());
    }
  }

  private void leave(Context ctx) {
    if (Boolean.TRUE.equals(ctx.attribute("counted"))) {
      ctx.attribute("counted", Boolean.FALSE);
      inFlight.decrementAndGet();
    }
  }

  private static void refused(WebPages pages, Context ctx, StepRefusedException e) {
    Refusal r = e.refusal();
    int status = r.concernsWho() ? 403 : 409;
    String detail = r == Refusal.UNDECIDED_SUBMISSIONS ? e.getMessage()
        .replaceAll(".*\\((.*)\\).*", "$1") : "";
    error(pages, ctx, status, ServerText.text(ServerText.lang(ctx), "refusal." + r.name(), detail),
        List.of());
  }

  private static void stepFailed(WebPages pages, Context ctx, StepException e) {
    int status = switch (e.reason().kind()) {
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case FORBIDDEN -> 403;
    };
    error(pages, ctx, status, ServerText.text(ServerText.lang(ctx), "step." + e.reason().name(),
        e.subject()), List.of());
  }

  /** Answers a failure: JSON for the API, the problem page for a page. */
  private static void error(WebPages pages, Context ctx, int status, String message,
      List<ApiError.Problem> problems) {
    ctx.attribute("answered", Boolean.TRUE);
    if (!ctx.path().startsWith("/api/")) {
      pages.problem(ctx, status, message, problems.stream().map(ApiError.Problem::message)
          .toList());
      return;
    }
    ctx.status(status);
    ctx.json(new ApiError(status, message, problems));
  }

  static List<ApiError.Problem> problems(List<InputProblem> problems) {
    List<ApiError.Problem> list = new ArrayList<>();
    for (InputProblem p : problems) {
      String where = p.cell().map(c -> p.file() + ", " + p.sheet().orElse("") + " " + c)
          .orElse(p.line().isPresent() ? p.file() + " line " + p.line().getAsLong() : p.file());
      list.add(new ApiError.Problem(p.toString(), p.field().orElse(null), where));
    }
    return list;
  }

  private static String oneLine(String s) {
    String t = String.valueOf(s).replaceAll("\\s+", " ").replaceAll("[a-z]+(\\.[a-zA-Z$]+)+: ", "");
    return t.length() > 200 ? t.substring(0, 200) : t;
  }

  /**
   * Every endpoint of the JSON API as {@code METHOD /path} (path parameters in braces), in the
   * order they were registered: what {@code openapi.json} must describe.
   */
  List<String> apiEndpoints() {
    return endpoints(true);
  }

  /** Every page's endpoint (everything outside {@code /api/}) as {@code METHOD /path}. */
  List<String> pageEndpoints() {
    return endpoints(false);
  }

  private List<String> endpoints(boolean api) {
    List<String> list = new ArrayList<>();
    for (var e : app.unsafe.internalRouter.allHttpHandlers()) {
      String method = e.endpoint.method.name();
      boolean isApi = e.endpoint.path.startsWith("/api/");
      if (isApi == api && (method.equals("GET") || method.equals("POST") || method.equals("PUT")
          || method.equals("DELETE"))) {
        list.add(method + " " + e.endpoint.path);
      }
    }
    return list;
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /**
   * Stops gracefully: new requests are refused (503), requests in flight finish (up to 30 s),
   * then the listener and the database's connections close.
   */
  @Override
  public void close() {
    stopping.set(true);
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (inFlight.get() > 0 && System.nanoTime() < until) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    app.stop();
    store.close();
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
