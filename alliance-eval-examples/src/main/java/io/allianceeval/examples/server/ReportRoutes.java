package io.allianceeval.examples.server;

import io.allianceeval.examples.app.YearReports;
import io.allianceeval.examples.app.StepException;
import io.allianceeval.examples.app.YearSteps;
import io.allianceeval.examples.db.Change;
import io.allianceeval.examples.io.ActivityLogWorkbook;
import io.allianceeval.examples.report.Format;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.examples.report.PercentRounding;
import io.allianceeval.examples.report.Reports;
import io.allianceeval.examples.report.ReportSource;
import io.allianceeval.examples.report.SheetsWriter;
import io.allianceeval.examples.server.web.Forms;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.year.Actor;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The downloads: a year's report in the command line's formats and renderers (the office's after
 * the lock; everyone's, final, once published), the year's
 * activity log as a workbook, and the change log as JSON or a workbook.
 */
final class ReportRoutes {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final YearSteps years;
  private final YearReports reports;

  ReportRoutes(YearSteps years) {
    this.years = years;
    this.reports = new YearReports(years);
  }

  /** {@code GET /api/v1/years/{year}/report?format=json|html|docx|xlsx}. */
  void report(Context ctx) throws Exception {
    Lang lang = ServerText.lang(ctx);
    String asked = Optional.ofNullable(ctx.queryParam("format")).orElse("json");
    Format format = switch (asked) {
      case "json" -> Format.JSON;
      case "html" -> Format.HTML;
      case "docx" -> Format.DOCX;
      case "xlsx" -> Format.XLSX;
      default -> throw new io.allianceeval.examples.io.BadInputException(
          io.allianceeval.examples.io.InputProblem.atField("request", 0, "format",
              "expected json, html, docx or xlsx, found '" + JsonBody.echo(asked) + "'"));
    };
    int year = Forms.year(ctx);
    ReportSource source = reports.report(Forms.actor(ctx), year, lang);
    byte[] bytes = Reports.render(source, format, lang, PercentRounding.HALF_UP);
    switch (format) {
      case JSON -> ctx.contentType("application/json; charset=utf-8").result(bytes);
      case HTML -> ctx.contentType("text/html; charset=utf-8").result(bytes);
      case DOCX -> attachment(ctx, bytes, "report-" + year + ".docx", DOCX);
      default -> attachment(ctx, bytes, "report-" + year + ".xlsx", XLSX);
    }
  }

  /**
   * {@code GET /api/v1/years/{year}/entries.xlsx}: the year's whole log — every entry, approved or
   * not — in the layout {@code db import} and {@code score --activities} read;
   * {@code ?approved=true} for the approved entries only, which the result counts.
   */
  void entries(Context ctx) throws Exception {
    int year = Forms.year(ctx);
    YearSteps.YearResult r = years.result(Forms.actor(ctx), year);
    var system = r.model().system();
    boolean approved = "true".equals(ctx.queryParam("approved"));
    byte[] bytes = ActivityLogWorkbook.export(r.roster(), approved ? r.approved() : r.entries(),
        ActivityKinds.forSystem(system), system);
    attachment(ctx, bytes, "activity-" + year + ".xlsx", XLSX);
  }

  /** {@code GET /api/v1/years/{year}/changes?alliance=CODE&format=json|xlsx}. */
  void changes(Context ctx, Actor actor) throws Exception {
    int year = Forms.year(ctx);
    Optional<AllianceCode> alliance = Optional.empty();
    String code = ctx.queryParam("alliance");
    if (code != null && !code.isBlank()) {
      try {
        alliance = Optional.of(AllianceCode.parse(code.strip()));
      } catch (IllegalArgumentException e) {
        throw new StepException(StepException.Reason.NO_SUCH_ALLIANCE, JsonBody.echo(code));
      }
    }
    List<Change> changes = years.changes(actor, year, alliance);
    if ("xlsx".equals(ctx.queryParam("format"))) {
      List<List<String>> rows = new ArrayList<>();
      for (Change c : changes) {
        rows.add(List.of(Long.toString(c.id()), c.at().toString(), c.username(),
            c.alliance().map(Object::toString).orElse(""), c.action(),
            c.entryId().isPresent() ? Long.toString(c.entryId().getAsLong()) : "",
            c.before().orElse(""), c.after().orElse("")));
      }
      byte[] bytes = new SheetsWriter().sheet("修改记录", List.of("序号", "时间", "用户", "联盟",
          "操作", "记录", "修改前", "修改后"), rows).bytes();
      attachment(ctx, bytes, "changes-" + year + ".xlsx", XLSX);
      return;
    }
    ctx.json(changes.stream().map(JsonViews::change).toList());
  }

  static void attachment(Context ctx, byte[] bytes, String name, String type) {
    ctx.contentType(type);
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.result(bytes);
  }
}
