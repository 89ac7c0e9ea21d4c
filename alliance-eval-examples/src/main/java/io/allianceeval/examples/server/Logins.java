package io.allianceeval.examples.server;

import io.allianceeval.examples.app.Accounts;
import io.allianceeval.examples.db.Account;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.examples.server.web.WebPages;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;

/**
 * Logging in and out, for the API and the pages alike: the back-off of failed logins, a new
 * session (and cookie) at every login, the cookie's flags, and the sessions a password change,
 * a reset or a disabling ends.
 */
final class Logins implements WebPages.SessionAccess {

  private final Accounts accounts;
  private final Sessions sessions;
  private final LoginLimiter limiter;
  private final boolean secureCookies;

  Logins(Accounts accounts, Sessions sessions, LoginLimiter limiter, boolean secureCookies) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.limiter = limiter;
    this.secureCookies = secureCookies;
  }

  /** The result of a login: the session, or the status and message of the refusal. */
  record Result(Optional<Sessions.Session> session, Optional<Account> account, int status,
      String message) {}

  Result attempt(Context ctx, String username, String password) throws Exception {
    Lang lang = ServerText.lang(ctx);
    Optional<Duration> wait = limiter.blocked(username, ctx.ip());
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      ctx.header("Retry-After", Long.toString(seconds));
      return new Result(Optional.empty(), Optional.empty(), 429,
          ServerText.text(lang, "error.loginBlocked", seconds));
    }
    Optional<Account> account = accounts.authenticate(username, password);
    if (account.isEmpty()) {
      limiter.failed(username, ctx.ip());
      return new Result(Optional.empty(), Optional.empty(), 401,
          ServerText.text(lang, "error.loginFailed"));
    }
    limiter.succeeded(username);
    // a new id at every login: an id planted before it is worth nothing after
    sessions.end(ctx.cookie(WebServer.SESSION_COOKIE));
    Sessions.Session session = sessions.create(account.get());
    setCookie(ctx, session.id(), -1);
    return new Result(Optional.of(session), account, 200, "");
  }

  void setCookie(Context ctx, String value, int maxAge) {
    ctx.header("Set-Cookie", WebServer.SESSION_COOKIE + "=" + value + "; Path=/; HttpOnly;"
        + " SameSite=Strict" + (secureCookies ? "; Secure" : "")
        + (maxAge >= 0 ? "; Max-Age=" + maxAge : ""));
  }

  @Override
  public Optional<Account> account(Context ctx) {
    return Optional.ofNullable(ctx.attribute(WebServer.ACCOUNT));
  }

  @Override
  public String csrf(Context ctx) {
    Sessions.Session s = ctx.attribute(WebServer.SESSION);
    return s == null ? "" : s.csrfToken();
  }

  @Override
  public Optional<String> login(Context ctx, String username, String password)
      throws Exception {
    Result r = attempt(ctx, username, password);
    if (r.session().isEmpty()) {
      ctx.status(r.status());
      return Optional.of(r.message());
    }
    return Optional.empty();
  }

  @Override
  public void logout(Context ctx) {
    Sessions.Session s = ctx.attribute(WebServer.SESSION);
    if (s != null) {
      sessions.end(s.id());
    }
    setCookie(ctx, "", 0);
  }

  @Override
  public void renew(Context ctx, String username) throws Exception {
    sessions.endAll(username);
    Sessions.Session session = sessions.create(accounts.find(username).orElseThrow());
    ctx.attribute(WebServer.SESSION, session);
    ctx.attribute(WebServer.ACCOUNT, session.account());
    setCookie(ctx, session.id(), -1);
  }

  @Override
  public void endAll(String username) {
    sessions.endAll(username);
  }

  @Override
  public String newToken() {
    return sessions.token();
  }
}
