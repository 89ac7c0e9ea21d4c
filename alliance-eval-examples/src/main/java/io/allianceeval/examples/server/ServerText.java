package io.allianceeval.examples.server;

import io.allianceeval.examples.report.Lang;
import io.javalin.http.Context;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The server's sentences, from the bundle {@code messages} beside this class: Chinese by default,
 * English when the request asks for it ({@code ?lang=en}, the {@code lang} cookie, or an {@code
 * Accept-Language} that starts with {@code en}).
 */
final class ServerText {

  private static final String BUNDLE = "io.allianceeval.examples.server.messages";

  private ServerText() {}

  /** The language of {@code ctx}'s request. */
  static Lang lang(Context ctx) {
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

  /** The sentence {@code key} in {@code lang}, its arguments filled in as text. */
  static String text(Lang lang, String key, Object... args) {
    Locale locale = lang == Lang.ZH ? Locale.CHINESE : Locale.ROOT;
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Object[] texts = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      texts[i] = String.valueOf(args[i]);
    }
    return new MessageFormat(bundle.getString(key), locale).format(texts);
  }
}
