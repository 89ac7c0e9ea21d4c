package io.allianceeval.evaluation;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Scorecard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Puts a year's participants in result order and ranks them. Order, best first: by tier; within a
 * tier, rows with a total before tier-only rows; then by published (whole-point) total and by exact
 * total, both highest first; then by code. The rank is the standard competition rank of the
 * published total: equal published totals share a rank.
 *
 * <p>Since the published total follows the exact one and the tier the published total, the order
 * is one {@code long} per row — tier, a tier-only flag, the exact total in hundredths (highest
 * first) and the code's order — sorted as primitives. Codes are unique within an evaluation (the
 * evaluation rejects duplicates first), so the code's order also finds the row again.
 */
final class Ranking {

  private static final int CODE_BITS = 12; // code order < 4 × 1000 < 4096
  private static final long TOTAL_MASK = (1L << 48) - 1;

  private final Alliance[] alliances;
  private final long[] totals; // hundredths; TIER_ONLY: none
  private final int[] rounded;
  private final Tier[] tiers;
  private final Scorecard[] cards;
  private final long[] keys;
  private final int[] positionByCode = new int[CODES];
  private int size;

  Ranking(int capacity) {
    alliances = new Alliance[capacity];
    totals = new long[capacity];
    rounded = new int[capacity];
    tiers = new Tier[capacity];
    cards = new Scorecard[capacity];
    keys = new long[capacity];
  }

  /** What {@link #add} takes as the total of a tier-only row. */
  static final long TIER_ONLY = Long.MIN_VALUE;

  /** The number of distinct {@link #codeOrder} values. */
  static final int CODES = 1 << CODE_BITS;

  /**
   * A small number that orders codes as {@link AllianceCode#compareTo} does (batch, then number),
   * below {@link #CODES}: for arrays indexed by code within one evaluation.
   */
  static int codeOrder(AllianceCode code) {
    return code.batch().ordinal() * 1000 + code.number();
  }

  /**
   * Adds a participant with a total in hundredths that the tier scheme accepted, or a tier-only one
   * ({@code total} {@link #TIER_ONLY}).
   */
  void add(Alliance alliance, long total, int roundedTotal, Tier tier, Scorecard card) {
    int i = size++;
    alliances[i] = alliance;
    totals[i] = total;
    rounded[i] = roundedTotal;
    tiers[i] = tier;
    cards[i] = card;
    int code = codeOrder(alliance.code());
    positionByCode[code] = i;
    long order = (long) tier.ordinal() << 61;
    if (total == TIER_ONLY) {
      keys[i] = order | 1L << 60 | code;
    } else {
      keys[i] = order | (TOTAL_MASK - total) << CODE_BITS | code;
    }
  }

  /** The participants in result order, ranked. */
  List<Participant> ranked() {
    long[] sorted = Arrays.copyOf(keys, size);
    Arrays.sort(sorted);
    List<Participant> out = new ArrayList<>(size);
    int scored = 0;
    int previous = -1;
    int rank = 0;
    for (long key : sorted) {
      int i = positionByCode[(int) (key & ((1 << CODE_BITS) - 1))];
      if (totals[i] == TIER_ONLY) {
        out.add(Participant.of(alliances[i], null, 0, tiers[i], 0, cards[i]));
        continue;
      }
      scored++;
      if (rounded[i] != previous) { // equal published totals share a rank
        rank = scored;
        previous = rounded[i];
      }
      out.add(Participant.of(alliances[i], Points.ofHundredths(totals[i]), rounded[i], tiers[i],
          rank, cards[i]));
    }
    return out;
  }
}
