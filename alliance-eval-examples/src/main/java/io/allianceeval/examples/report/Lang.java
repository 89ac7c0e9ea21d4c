package io.allianceeval.examples.report;

import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The language of a report: Chinese, as the report is published, or English. The report's
 * sentences come from the resource bundle {@code messages} beside this class ({@code
 * messages_zh.properties}, {@code messages.properties} for English), one {@link MessageFormat}
 * pattern per sentence.
 */
public enum Lang {
  /** 中文. */
  ZH(Locale.CHINESE),
  /** English. */
  EN(Locale.ROOT);

  private static final String BUNDLE = "io.allianceeval.examples.report.messages";

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /**
   * The sentence {@code key} of this language with its arguments filled in. Every argument is
   * written as text first — a number exactly as {@code toString} (a {@link BigDecimal} as its plain
   * string) — so that no locale's grouping or rounding touches a figure.
   *
   * @throws MissingResourceException if the bundle has no such sentence
   */
  public String text(String key, Object... args) {
    String pattern = bundle().getString(key);
    if (args.length == 0) {
      return new MessageFormat(pattern, locale).format(new Object[0]);
    }
    Object[] texts = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      texts[i] = args[i] instanceof BigDecimal b ? b.toPlainString() : String.valueOf(args[i]);
    }
    return new MessageFormat(pattern, locale).format(texts);
  }

  /**
   * An evaluation period as the report writes it: {@code 2019 年 1 月 1 日—12 月 31 日}, {@code 1
   * January to 31 December 2019}; each day with its year where the period spans two years.
   */
  public String period(java.time.LocalDate start, java.time.LocalDate end) {
    boolean span = start.getYear() != end.getYear();
    if (this == ZH) {
      return day(start, true) + "—" + day(end, span);
    }
    return day(start, span) + " to " + day(end, true);
  }

  private String day(java.time.LocalDate day, boolean withYear) {
    if (this == ZH) {
      return (withYear ? day.getYear() + " 年 " : "") + day.getMonthValue() + " 月 "
          + day.getDayOfMonth() + " 日";
    }
    return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(
        java.time.format.TextStyle.FULL, Locale.ENGLISH) + (withYear ? " " + day.getYear() : "");
  }

  /** The bundle of this language, without falling back to the machine's default locale. */
  ResourceBundle bundle() {
    return ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The tier's name in this language. */
  public String tier(Tier tier) {
    return this == ZH ? tier.chineseLabel() : capitalise(tier.englishLabel());
  }

  /** The batch's name in this language. */
  public String batch(Batch batch) {
    if (this == ZH) {
      return batch.isPilot() ? batch.chineseLabel() + "联盟" : batch.chineseLabel();
    }
    return capitalise(batch.englishLabel());
  }

  /** The batch's short name: 第一批, 协发网网员; first batch, network. */
  public String batchShort(Batch batch) {
    if (this == ZH) {
      switch (batch) {
        case FIRST: return "第一批试点";
        case SECOND: return "第二批试点";
        case THIRD: return "第三批试点";
        default: return "协发网网员联盟";
      }
    }
    switch (batch) {
      case FIRST: return "first batch";
      case SECOND: return "second batch";
      case THIRD: return "third batch";
      default: return "network members";
    }
  }

  /**
   * Picks the name of this language from a pair the data carries in both (an indicator's or a
   * group's name); sentences come from {@link #text}.
   */
  public String pick(String zh, String en) {
    return this == ZH ? zh : en;
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
