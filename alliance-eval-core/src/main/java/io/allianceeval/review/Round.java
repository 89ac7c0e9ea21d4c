package io.allianceeval.review;

/** The scoring rounds of the review. */
public enum Round {
  /** 分组初评: group initial scoring. */
  ONE(1, "分组初评", "group initial scoring"),
  /** 集中交叉分组复评: centralised cross-group re-scoring by another group. */
  TWO(2, "集中交叉分组复评", "cross-group re-scoring");

  private final int number;
  private final String chineseLabel;
  private final String englishLabel;

  Round(int number, String chineseLabel, String englishLabel) {
    this.number = number;
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** 1 or 2. */
  public int number() {
    return number;
  }

  /** The Chinese name. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** The English name. */
  public String englishLabel() {
    return englishLabel;
  }

  /**
   * The round with {@code number}.
   *
   * @throws IllegalArgumentException unless it is 1 or 2
   */
  public static Round of(int number) {
    for (Round r : values()) {
      if (r.number == number) {
        return r;
      }
    }
    throw new IllegalArgumentException("round must be 1 or 2: " + number);
  }
}
