package io.allianceeval.awards;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Tier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An award for alliances whose tier is {@code T} (or better, if so configured) in each of the
 * {@code N} consecutive years ending with the award year. {@link #aLevel()} is the report's A-level
 * (A级活跃度联盟): {@code HIGH} in each of three years, 2017–2019 for the 2019 award.
 *
 * <p>A year in which an alliance did not take part breaks its run. The award of a year needs every
 * year of its window in the history; asking for one whose window has missing years is an error that
 * names them. Equal when tier, years and the acceptance of better tiers are equal.
 *
 * @param tier the tier the rule asks for
 * @param years the number of consecutive years, at least 1
 * @param acceptsBetter whether a better tier also counts
 */
public record ConsecutiveYearAward(Tier tier, int years, boolean acceptsBetter) {

  private static final ConsecutiveYearAward A_LEVEL = new ConsecutiveYearAward(Tier.HIGH, 3, false);

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code years < 1}
   */
  public ConsecutiveYearAward {
    requireNonNull(tier, "tier");
    if (years < 1) {
      throw new IllegalArgumentException("years must be at least 1: " + years);
    }
  }

  /** The A-level (A级活跃度联盟): HIGH in each of three consecutive years. */
  public static ConsecutiveYearAward aLevel() {
    return A_LEVEL;
  }

  /**
   * Tier {@code tier} in each of {@code years} consecutive years.
   *
   * @throws IllegalArgumentException if {@code years < 1}
   */
  public static ConsecutiveYearAward of(Tier tier, int years) {
    return new ConsecutiveYearAward(tier, years, false);
  }

  /** This rule, satisfied also by a better tier than its own. */
  public ConsecutiveYearAward orBetter() {
    return new ConsecutiveYearAward(tier, years, true);
  }

  /** Whether a year's tier meets the rule's tier; a year without participation never does. */
  public boolean meets(Tier tier) {
    return meetsTier(Optional.of(requireNonNull(tier, "tier")));
  }

  private boolean meetsTier(Optional<Tier> t) {
    return t.isPresent() && (acceptsBetter ? t.get().isAtLeast(tier) : t.get() == tier);
  }

  /**
   * The award of {@code year}: who is awarded, and — where the history also decides the year
   * before — who is newly awarded and who dropped, with the year, tier and score that broke the
   * run.
   *
   * @throws IllegalArgumentException if the history lacks a year of the window {@code year − N + 1
   *     … year}; the message lists them
   */
  public AwardResult award(History history, int year) {
    requireNonNull(history, "history");
    List<Integer> missing = history.missingYears(year - years + 1, year);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("the " + year + " award (" + this + ") needs the years "
          + (year - years + 1) + "-" + year + "; the history lacks " + missing + " (it has "
          + history.years() + ")");
    }
    List<AllianceCode> awarded = awardedCodes(history, year);
    Set<AllianceCode> awardedSet = new HashSet<>(awarded);
    List<Integer> missingBefore = history.missingYears(year - years, year - 1);
    Optional<List<Alliance>> newly = Optional.empty();
    Optional<List<AwardResult.Dropped>> dropped = Optional.empty();
    if (missingBefore.isEmpty()) {
      List<AllianceCode> before = awardedCodes(history, year - 1);
      Set<AllianceCode> beforeSet = new HashSet<>(before);
      List<Alliance> n = new ArrayList<>();
      for (AllianceCode c : awarded) {
        if (!beforeSet.contains(c)) {
          n.add(history.alliance(c));
        }
      }
      List<AwardResult.Dropped> d = new ArrayList<>();
      for (AllianceCode c : before) {
        if (!awardedSet.contains(c)) {
          d.add(new AwardResult.Dropped(history.alliance(c), breakingYear(history, c, year)));
        }
      }
      newly = Optional.of(n);
      dropped = Optional.of(d);
    }
    List<Alliance> awardedAlliances = awarded.stream().map(history::alliance).toList();
    String undecided = missingBefore.isEmpty() ? "" : "the " + (year - 1)
        + " award cannot be decided: the history lacks " + missingBefore;
    return new AwardResult(this, year, awardedAlliances, newly, dropped, undecided);
  }

  /** The awarded codes of {@code year}, ordered by code. */
  private List<AllianceCode> awardedCodes(History history, int year) {
    List<AllianceCode> ordered = new ArrayList<>();
    history.result(year).ifPresent(r -> {
      for (Participant p : r.participants()) {
        AllianceCode code = p.code();
        boolean all = true;
        for (int y = year - years + 1; y <= year && all; y++) {
          all = meetsTier(history.tier(y, code));
        }
        if (all) {
          ordered.add(code);
        }
      }
    });
    Collections.sort(ordered);
    return ordered;
  }

  /** The latest year of the window ending with {@code year} that fails the rule. */
  private YearOutcome breakingYear(History history, AllianceCode code, int year) {
    for (int y = year; y > year - years; y--) {
      Optional<Participant> p = history.participant(y, code);
      if (!meetsTier(p.map(Participant::tier))) {
        return YearOutcome.of(y, p);
      }
    }
    throw new AssertionError("alliance " + code + " was not dropped");
  }

  /** {@code HIGH in each of 3 consecutive years}. */
  @Override
  public String toString() {
    return tier + (acceptsBetter ? " or better" : "") + " in each of " + years + " consecutive years";
  }
}
