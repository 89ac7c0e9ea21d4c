package io.allianceeval.examples.server.web;

import static io.allianceeval.examples.server.web.Forms.account;
import static io.allianceeval.examples.server.web.Forms.actor;
import static io.allianceeval.examples.server.web.Forms.code;
import static io.allianceeval.examples.server.web.Forms.done;
import static io.allianceeval.examples.server.web.Forms.file;

import io.allianceeval.examples.app.Accounts;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.OneTimePasswords;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.year.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The office's account pages: the list, one account, the roster's accounts, reset, disable. */
final class AccountPages {

  private final WebPages pages;
  private final Accounts accounts;
  private final WebPages.SessionAccess sessions;

  AccountPages(WebPages pages, Accounts accounts, WebPages.SessionAccess sessions) {
    this.pages = pages;
    this.accounts = accounts;
    this.sessions = sessions;
  }

  void register(RoutesConfig r) {
    r.get("/accounts", ctx -> pages.render(ctx, "accounts.jte", Map.of("accounts",
        accounts.list(actor(ctx)).stream().map(x -> Views.account(x, WebPages.texts(ctx)))
            .toList())));
    r.post("/accounts", this::createAccount);
    r.post("/accounts/roster", this::roster);
    r.post("/accounts/{username}/reset", ctx -> {
      String username = ctx.pathParam("username");
      String pw = accounts.reset(actor(ctx), username);
      sessions.endAll(username);
      pages.render(ctx, "secret.jte", Map.of("username", username, "password", pw));
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
}
