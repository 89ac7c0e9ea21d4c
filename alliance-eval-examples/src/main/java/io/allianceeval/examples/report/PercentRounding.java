package io.allianceeval.examples.report;

import io.allianceeval.statistics.Apportionment;
import io.allianceeval.statistics.Share;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * How a report rounds its percentages: each on its own half-up, or — for the sets of shares that
 * make up a whole (the four tiers of the participants, the tiers and non-participants of all
 * alliances, the pilot batches within a tier) — by largest remainder so that each set prints as
 * exactly 100.00%.
 */
public enum PercentRounding {
  /** Every share rounded half-up on its own. */
  HALF_UP(Apportionment.HALF_UP),
  /** Sets of shares that make a whole apportioned by largest remainder. */
  LARGEST_REMAINDER(Apportionment.LARGEST_REMAINDER);

  private final Apportionment apportionment;

  PercentRounding(Apportionment apportionment) {
    this.apportionment = apportionment;
  }

  /** The percentages of a set of shares that make a whole. */
  List<BigDecimal> ofSet(List<Share> shares) {
    List<Share> defined = shares.stream().filter(Share::isDefined).toList();
    if (defined.size() != shares.size()) {
      return shares.stream().map(s -> s.isDefined() ? s.percent() : null).toList();
    }
    return apportionment.percentages(shares);
  }

  /** The percentage of a share on its own; null if it has none. */
  static BigDecimal single(Share share) {
    return share.isDefined() ? share.percent() : null;
  }

  /** The option word: {@code half-up}, {@code largest-remainder}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
