package io.allianceeval.examples.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import io.allianceeval.model.Points;
import java.math.BigDecimal;

/** JSON output: Gson trees, pretty-printed, nulls kept, nothing HTML-escaped (it is not HTML). */
public final class Json {

  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

  private Json() {}

  /**
   * A data model (records, lists, maps, strings, numbers) serialised field by field, with a final
   * newline. Null fields are kept, so every key is always present.
   */
  public static String write(Object data) {
    return GSON.toJson(data) + "\n";
  }

  /**
   * Points as a JSON number with the digits every other output prints ({@link Points#toString()}):
   * 100 for whole points, 87.25 or 5.3 otherwise.
   */
  public static JsonElement points(Points points) {
    return new JsonPrimitive(points.toBigDecimal());
  }

  /** A percentage with two decimals, or null where it is undefined. */
  public static JsonElement percent(BigDecimal percent) {
    return percent == null ? JsonNull.INSTANCE : new JsonPrimitive(percent);
  }
}
