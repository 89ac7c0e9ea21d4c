package io.allianceeval.examples.server.web;

import static io.allianceeval.examples.server.web.Forms.actor;
import static io.allianceeval.examples.server.web.Forms.base;
import static io.allianceeval.examples.server.web.Forms.code;
import static io.allianceeval.examples.server.web.Forms.done;
import static io.allianceeval.examples.server.web.Forms.entryFields;
import static io.allianceeval.examples.server.web.Forms.file;
import static io.allianceeval.examples.server.web.Forms.id;
import static io.allianceeval.examples.server.web.Forms.year;

import io.allianceeval.examples.app.AllianceSteps;
import io.allianceeval.examples.app.StepException;
import io.allianceeval.examples.app.YearSteps;
import io.allianceeval.examples.db.StoredEntry;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.year.Action;
import io.allianceeval.year.Actor;
import io.allianceeval.year.Role;
import io.allianceeval.year.Submission;
import io.allianceeval.year.YearRules;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An alliance's pages: its entries, tally and steps, the entry edit form, and the posts of its
 * forms. What a page offers is what the year's rules allow the user now ({@link YearRules#refusal});
 * the rules decide again when a form is sent.
 */
final class AlliancePages {

  private final WebPages pages;
  private final YearSteps years;
  private final AllianceSteps alliances;
  private final Clock clock;

  AlliancePages(WebPages pages, YearSteps years, AllianceSteps alliances, Clock clock) {
    this.pages = pages;
    this.years = years;
    this.alliances = alliances;
    this.clock = clock;
  }

  void register(RoutesConfig r) {
    String a = "/years/{year}/alliances/{code}";
    r.get(a, this::alliance);
    r.post(a + "/entries", ctx -> {
      alliances.add(actor(ctx), year(ctx), code(ctx), entryFields(ctx));
      done(ctx, base(ctx), "added");
    });
    r.post(a + "/entries/upload", ctx -> {
      alliances.upload(actor(ctx), year(ctx), code(ctx), file(ctx, "file"));
      done(ctx, base(ctx), "uploaded");
    });
    r.get(a + "/entries/{id}/edit", this::editEntry);
    r.post(a + "/entries/{id}", ctx -> {
      alliances.update(actor(ctx), year(ctx), code(ctx), id(ctx), entryFields(ctx));
      done(ctx, base(ctx), "updated");
    });
    r.post(a + "/entries/{id}/delete", ctx -> {
      alliances.delete(actor(ctx), year(ctx), code(ctx), id(ctx));
      done(ctx, base(ctx), "deleted");
    });
    r.post(a + "/submit", ctx -> step(ctx, Action.SUBMIT, null, "submitted"));
    r.post(a + "/approve", ctx -> step(ctx, Action.APPROVE, null, "approved"));
    r.post(a + "/return", ctx -> step(ctx, Action.RETURN, ctx.formParam("comment"), "returned"));
    r.post(a + "/reopen", ctx -> step(ctx, Action.REOPEN, ctx.formParam("reason"), "reopened"));
  }

  // ---- an alliance

  private void alliance(Context ctx) throws Exception {
    Actor actor = actor(ctx);
    int year = year(ctx);
    AllianceCode code = code(ctx);
    Texts t = WebPages.texts(ctx);
    AllianceSteps.AllianceTally tally = alliances.tally(actor, year, code);
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
    pages.render(ctx, "alliance.jte", Map.of("a", a));
  }

  private void editEntry(Context ctx) throws Exception {
    long id = id(ctx);
    Texts t = WebPages.texts(ctx);
    List<StoredEntry> entries = alliances.entries(actor(ctx), year(ctx), code(ctx));
    StoredEntry e = entries.stream().filter(x -> x.id() == id).findFirst()
        .orElseThrow(() -> new StepException(StepException.Reason.NO_SUCH_ENTRY, id));
    Map<String, String> labels = Views.kindLabels(years.model(year(ctx)).system(), t.lang());
    pages.render(ctx, "entry.jte", Map.of("base", base(ctx), "e", Views.entry(e, labels),
        "kind", e.activity().kind().name(), "kinds", Views.kinds(labels)));
  }

  private void step(Context ctx, Action action, String text, String done) throws Exception {
    alliances.step(actor(ctx), year(ctx), code(ctx), action, text);
    done(ctx, base(ctx), done);
  }
}
