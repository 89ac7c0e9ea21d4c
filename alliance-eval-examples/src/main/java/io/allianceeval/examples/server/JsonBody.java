package io.allianceeval.examples.server;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import io.allianceeval.examples.app.ScoreSheets;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputLimits;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.year.Role;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reading a request's JSON object: its fields as text, each problem naming the field, what was
 * expected and what was found.
 */
final class JsonBody {

  private static final String REQUEST = "request";

  private JsonBody() {}

  /**
   * The request's body as a JSON object.
   *
   * @throws ApiException 400 if the body is not JSON of type {@code application/json}
   */
  static JsonObject object(Context ctx, Gson gson) throws ApiException {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(400, ServerText.text(ServerText.lang(ctx), "error.contentType"),
          List.of());
    }
    try {
      JsonElement e = gson.fromJson(ctx.body(), JsonElement.class);
      if (e == null || !e.isJsonObject()) {
        throw new JsonParseException("found " + (e == null ? "nothing" : e.isJsonArray()
            ? "an array" : "a single value"));
      }
      return e.getAsJsonObject();
    } catch (JsonParseException e) {
      throw new ApiException(400, ServerText.text(ServerText.lang(ctx), "error.badJson",
          e.getMessage() == null ? "" : e.getMessage().replaceAll("[a-z]+(\\.[a-zA-Z$]+)+: ", "")),
          List.of());
    }
  }

  /** The text field {@code name} (a number is taken as its text); empty if absent or null. */
  static Optional<String> optionalText(JsonObject body, String name) throws BadInputException {
    JsonElement e = body.get(name);
    if (e == null || e.isJsonNull()) {
      return Optional.empty();
    }
    if (e.isJsonPrimitive()) {
      JsonPrimitive p = e.getAsJsonPrimitive();
      return Optional.of(p.isString() ? p.getAsString() : p.toString());
    }
    throw new BadInputException(InputProblem.atField(REQUEST, 0, name, "expected text, found "
        + (e.isJsonArray() ? "an array" : "an object")));
  }

  /** The required text field {@code name}. */
  static String text(JsonObject body, String name) throws BadInputException {
    Optional<String> t = optionalText(body, name);
    if (t.isEmpty()) {
      throw new BadInputException(InputProblem.atField(REQUEST, 0, name, "required"));
    }
    return t.get();
  }

  /** The fields of an entry: kind, date, title, evidence, value. */
  static Map<String, String> entryFields(JsonObject body) throws BadInputException {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String f : List.of("kind", "date", "title", "evidence", "value")) {
      fields.put(f, optionalText(body, f).orElse(null));
    }
    return fields;
  }

  /**
   * An expert's scores for one alliance: {@code {"indicators":{"1.1":5,…}}} or {@code
   * {"total":88}}; each value a number or its text, checked by the step.
   */
  static ScoreSheets.Scores scores(JsonObject body) throws BadInputException {
    Map<String, String> indicators = new LinkedHashMap<>();
    JsonElement e = body.get("indicators");
    if (e != null && !e.isJsonNull()) {
      if (!e.isJsonObject()) {
        throw new BadInputException(InputProblem.atField(REQUEST, 0, "indicators", "expected an"
            + " object of points by indicator, such as {\"1.1\": 5}"));
      }
      List<InputProblem> problems = new ArrayList<>();
      for (Map.Entry<String, JsonElement> i : e.getAsJsonObject().entrySet()) {
        JsonElement v = i.getValue();
        if (v.isJsonNull()) {
          indicators.put(i.getKey(), "");
        } else if (v.isJsonPrimitive()) {
          JsonPrimitive p = v.getAsJsonPrimitive();
          indicators.put(i.getKey(), p.isString() ? p.getAsString() : p.toString());
        } else {
          problems.add(InputProblem.atField(REQUEST, 0, "indicators." + echo(i.getKey()),
              "expected a number of points"));
        }
      }
      if (!problems.isEmpty()) {
        throw new BadInputException(problems);
      }
    }
    return new ScoreSheets.Scores(indicators, optionalText(body, "total"));
  }

  /** The field {@code role}: office, secretariat or expert. */
  static Role role(JsonObject body) throws BadInputException {
    String r = text(body, "role");
    try {
      return Role.valueOf(r.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(InputProblem.atField(REQUEST, 0, "role", "expected office,"
          + " secretariat or expert, found '" + echo(r) + "'"));
    }
  }

  /** The alliance code in field {@code name}, if given. */
  static Optional<AllianceCode> alliance(JsonObject body, String name) throws BadInputException {
    Optional<String> c = optionalText(body, name).filter(s -> !s.isBlank());
    if (c.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(AllianceCode.parse(c.get().strip()));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(InputProblem.atField(REQUEST, 0, name, "expected an alliance"
          + " code such as 101 or D001, found '" + echo(c.get()) + "'"));
    }
  }

  static Optional<Integer> integer(Map<String, String> fields, String name,
      List<InputProblem> problems) {
    String t = fields.get(name);
    if (t == null || t.isBlank()) {
      problems.add(InputProblem.atField(REQUEST, 0, name, "required"));
      return Optional.empty();
    }
    if (!t.strip().matches("[0-9]{1,9}")) {
      problems.add(InputProblem.atField(REQUEST, 0, name, "expected a whole number, found '"
          + echo(t) + "'"));
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(t.strip()));
  }

  static Optional<LocalDate> date(Map<String, String> fields, String name,
      List<InputProblem> problems) {
    String t = fields.get(name);
    if (t == null || t.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(t.strip()));
    } catch (DateTimeParseException e) {
      problems.add(InputProblem.atField(REQUEST, 0, name, "expected a date yyyy-mm-dd, found '"
          + echo(t) + "'"));
      return Optional.empty();
    }
  }

  /** An instant: ISO with an offset ({@code 2020-01-15T17:00:00+08:00}) or {@code Z}. */
  static Optional<Instant> instant(Map<String, String> fields, String name, boolean required,
      List<InputProblem> problems) {
    String t = fields.get(name);
    if (t == null || t.isBlank()) {
      if (required) {
        problems.add(InputProblem.atField(REQUEST, 0, name, "required"));
      }
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(t.strip()).toInstant());
    } catch (DateTimeParseException e) {
      problems.add(InputProblem.atField(REQUEST, 0, name, "expected a time such as"
          + " 2020-01-15T17:00:00+08:00, found '" + echo(t) + "'"));
      return Optional.empty();
    }
  }

  /** Text of the user's to repeat in a message: at most {@value InputLimits#MAX_ECHO} characters. */
  static String echo(String text) {
    return InputLimits.echo(text);
  }
}
