package io.allianceeval.model;

/**
 * The admission group an alliance belongs to, which follows from its {@link AllianceCode}.
 *
 * <p>Declared in the order the report lists them; {@link #compareTo} therefore orders batches as
 * the report does: first, second and third pilot batch, then network members.
 */
public enum Batch {
  /** 第一批试点: the first pilot batch, codes {@code 1NN}. */
  FIRST('1', true, "第一批试点", "first pilot batch"),
  /** 第二批试点: the second pilot batch, codes {@code 2NN}. */
  SECOND('2', true, "第二批试点", "second pilot batch"),
  /** 第三批试点: the third pilot batch, codes {@code 3NN}. */
  THIRD('3', true, "第三批试点", "third pilot batch"),
  /** 协发网网员联盟: network members admitted 2018–2019, not pilots, codes {@code DNNN}. */
  NETWORK('D', false, "协发网网员联盟", "network members");

  private final char codePrefix;
  private final boolean pilot;
  private final String chineseLabel;
  private final String englishLabel;

  Batch(char codePrefix, boolean pilot, String chineseLabel, String englishLabel) {
    this.codePrefix = codePrefix;
    this.pilot = pilot;
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** Whether this is one of the three pilot batches of the Ministry of Science and Technology. */
  public boolean isPilot() {
    return pilot;
  }

  /** The first character of every code of this batch ({@code '1'}, {@code '2'}, {@code '3'} or {@code 'D'}). */
  public char codePrefix() {
    return codePrefix;
  }

  /** The report's Chinese name, e.g. {@code 第一批试点}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** An English name, e.g. {@code first pilot batch}. */
  public String englishLabel() {
    return englishLabel;
  }
}
