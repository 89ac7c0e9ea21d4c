package io.allianceeval.examples.server.web;

import io.allianceeval.examples.report.Lang;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sentences of the pages and of the API's messages in one language, from the server's bundle
 * ({@code messages_zh.properties}, {@code messages.properties}).
 */
public final class Texts {

  private static final String BUNDLE = "io.allianceeval.examples.server.messages";

  private final Lang lang;
  private final ResourceBundle bundle;
  private final Locale locale;

  /** The sentences of {@code lang}. */
  public Texts(Lang lang) {
    this.lang = lang;
    this.locale = lang == Lang.ZH ? Locale.CHINESE : Locale.ROOT;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The sentence {@code key}, its arguments filled in as text. */
  public String get(String key, Object... args) {
    Object[] texts = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      texts[i] = String.valueOf(args[i]);
    }
    return new MessageFormat(bundle.getString(key), locale).format(texts);
  }

  /** Whether the bundle has {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The language. */
  public Lang lang() {
    return lang;
  }
}
