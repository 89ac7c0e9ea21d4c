package io.allianceeval.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The four activity tiers of the report, best first. Which totals fall into which tier is decided
 * by a {@link io.allianceeval.scoring.TierScheme}; the standard scheme is 85–100, 70–84, 50–69, ≤49.
 */
public enum Tier {
  /** 活跃度高: high activity. */
  HIGH("活跃度高", "high"),
  /** 活跃度较高: fairly high activity. */
  FAIRLY_HIGH("活跃度较高", "fairly high"),
  /** 活跃度一般: average activity. */
  AVERAGE("活跃度一般", "average"),
  /** 不活跃: inactive. */
  INACTIVE("不活跃", "inactive");

  private final String chineseLabel;
  private final String englishLabel;

  Tier(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** The report's Chinese name, e.g. {@code 活跃度较高}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** An English name, e.g. {@code fairly high}. */
  public String englishLabel() {
    return englishLabel;
  }

  /** Whether this tier is {@code other} or better ({@code HIGH.isAtLeast(FAIRLY_HIGH)} is true). */
  public boolean isAtLeast(Tier other) {
    return compareTo(requireNonNull(other, "other")) <= 0;
  }

  /** The next better tier, or this tier if it is already {@link #HIGH}. */
  public Tier next() {
    return this == HIGH ? HIGH : values()[ordinal() - 1];
  }

  /**
   * Parses a tier from its constant name ({@code HIGH}, {@code fairly_high}; case is ignored) or its
   * Chinese label ({@code 活跃度高}, {@code 活跃度较高}, {@code 活跃度一般}, {@code 不活跃}).
   *
   * @throws IllegalArgumentException naming the accepted words and quoting the text
   */
  public static Tier parse(String text) {
    requireNonNull(text, "text");
    for (Tier tier : values()) {
      if (tier.name().equals(text.toUpperCase(Locale.ROOT)) || tier.chineseLabel.equals(text)) {
        return tier;
      }
    }
    throw new IllegalArgumentException(
        "tier must be HIGH, FAIRLY_HIGH, AVERAGE, INACTIVE, 活跃度高, 活跃度较高, 活跃度一般 or 不活跃: '"
            + text
            + "'");
  }
}
