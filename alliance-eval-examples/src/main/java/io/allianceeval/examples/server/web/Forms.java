package io.allianceeval.examples.server.web;

import static io.allianceeval.examples.server.web.Forms.account;
import static io.allianceeval.examples.server.web.Forms.actor;
import static io.allianceeval.examples.server.web.Forms.base;
import static io.allianceeval.examples.server.web.Forms.code;
import static io.allianceeval.examples.server.web.Forms.done;
import static io.allianceeval.examples.server.web.Forms.entryFields;
import static io.allianceeval.examples.server.web.Forms.file;
import static io.allianceeval.examples.server.web.Forms.id;
import static io.allianceeval.examples.server.web.Forms.year;

import io.allianceeval.examples.app.StepException;
import io.allianceeval.examples.app.Upload;
import io.allianceeval.examples.db.Account;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputLimits;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.year.Actor;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a request, for the pages and the API alike: who asks, the path's year, code and id
 * (a malformed one is "no such …", echoed within the input limits), a form's fields, an upload.
 */
public final class Forms {

  private Forms() {}

  static void done(Context ctx, String to, String what) {
    ctx.redirect(to + "?done=" + what);
  }

  public static Account account(Context ctx) {
    return ctx.attribute("account");
  }

  public static Actor actor(Context ctx) {
    return account(ctx).actor();
  }

  static String base(Context ctx) {
    return "/years/" + ctx.pathParam("year") + "/alliances/" + ctx.pathParam("code");
  }

  public static int year(Context ctx) throws StepException {
    String y = ctx.pathParam("year");
    if (!y.matches("[0-9]{4}")) {
      throw new StepException(StepException.Reason.NO_SUCH_YEAR, InputLimits.echo(y));
    }
    return Integer.parseInt(y);
  }

  public static AllianceCode code(Context ctx) throws StepException {
    try {
      return AllianceCode.parse(ctx.pathParam("code"));
    } catch (IllegalArgumentException e) {
      throw new StepException(StepException.Reason.NO_SUCH_ALLIANCE,
          InputLimits.echo(ctx.pathParam("code")));
    }
  }

  /** The round of the path: 1 or 2; anything else names no round (404). */
  public static io.allianceeval.review.Round round(Context ctx) throws StepException {
    String n = ctx.pathParam("n");
    if (!n.equals("1") && !n.equals("2")) {
      throw new StepException(StepException.Reason.NO_SUCH_ROUND, InputLimits.echo(n));
    }
    return io.allianceeval.review.Round.of(Integer.parseInt(n));
  }

  public static long id(Context ctx) throws StepException {
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9]{1,18}")) {
      throw new StepException(StepException.Reason.NO_SUCH_ENTRY, InputLimits.echo(id));
    }
    return Long.parseLong(id);
  }

  static Map<String, String> entryFields(Context ctx) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String f : List.of("kind", "date", "title", "evidence", "value")) {
      fields.put(f, ctx.formParam(f));
    }
    return fields;
  }

  static Upload file(Context ctx, String field) throws BadInputException {
    UploadedFile f = ctx.uploadedFile(field);
    if (f == null || f.size() == 0) {
      throw new BadInputException(InputProblem.atField("form", 0, field,
          "expected a file (.xlsx or .csv)"));
    }
    return new Upload(f.filename() == null ? field : f.filename(), bytes(f));
  }

  public static byte[] bytes(UploadedFile f) {
    return f.contentAndClose(in -> {
      try {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static int integer(String text, String field, List<InputProblem> problems) {
    if (text == null || !text.strip().matches("[0-9]{4}")) {
      problems.add(InputProblem.atField("form", 0, field, "expected a year such as 2019, found '"
          + (text == null ? "" : text) + "'"));
      return 0;
    }
    return Integer.parseInt(text.strip());
  }

  static LocalDate date(String text, String field, List<InputProblem> problems) {
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
  static Instant beijing(String text, String field, List<InputProblem> problems) {
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
