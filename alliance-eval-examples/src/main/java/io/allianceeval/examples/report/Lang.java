package io.allianceeval.examples.report;

import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;

/** The language of a report: Chinese, as the report is published, or English. */
public enum Lang {
  /** 中文. */
  ZH,
  /** English. */
  EN;

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

  /** Picks the text of this language. */
  public String pick(String zh, String en) {
    return this == ZH ? zh : en;
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
