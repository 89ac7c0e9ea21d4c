package io.allianceeval.examples.server;

import io.allianceeval.examples.report.Lang;
import io.allianceeval.examples.server.web.Texts;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * The language of a request — Chinese by default, English when it asks ({@code ?lang=en}, the
 * {@code lang} cookie the pages' switch sets, or an {@code Accept-Language} that starts with
 * {@code en}) — and the server's sentences in it.
 */
public final class ServerText {

  private ServerText() {}

  /** The language of {@code ctx}'s request. */
  public static Lang lang(Context ctx) {
    String asked = ctx.queryParam("lang");
    if (asked == null) {
      asked = ctx.cookie("lang");
    }
    if (asked == null) {
      String accept = ctx.header("Accept-Language");
      asked = accept == null ? "zh" : accept.strip();
    }
    return asked.toLowerCase(Locale.ROOT).startsWith("en") ? Lang.EN : Lang.ZH;
  }

  /** The sentence {@code key} in {@code lang}. */
  static String text(Lang lang, String key, Object... args) {
    return new Texts(lang).get(key, args);
  }
}
