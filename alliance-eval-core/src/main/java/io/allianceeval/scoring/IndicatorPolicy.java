package io.allianceeval.scoring;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Fact;
import io.allianceeval.model.Points;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The rule that turns an alliance's {@link ActivityRecord} into points on one indicator.
 *
 * <p>Stock policies come from the static factories: {@link #atLeast(Fact, int, int)} and the
 * threshold {@link #ladder(Fact)} ("≥ 4 → 4, 2–3 → 2, 1 → 1"), including ladders on an age such as
 * the website rule, where a missing value has a meaning of its own. A policy of your own is a
 * lambda wrapped by {@link #of(Fact, IntFunction)} or {@link #of(Set, IndicatorPolicy)} so that it
 * declares the facts it reads, or a class that implements this interface.
 *
 * <h2>Specification for implementors</h2>
 *
 * <ul>
 *   <li>{@link #assess} must be a pure function of the record: no side effects, the same result
 *       for the same record, safe to call from many threads at once;
 *   <li>it must not throw for any record that has every fact in {@link #requiredFacts()}; it may
 *       read the facts of {@link #optionalFacts()}, which can be missing;
 *   <li>it must return {@link Points} in {@code [0, maximum]} of the indicator it is used for
 *       (points are exact hundredths by their type). The library checks the range and fails the
 *       evaluation, naming the alliance and the indicator, if it is broken; it never clamps a
 *       policy's points.
 * </ul>
 */
@FunctionalInterface
public interface IndicatorPolicy {

  /** Scores one record. See the class documentation for the contract. */
  Assessment assess(ActivityRecord record);

  /**
   * The points of {@link #assess}, without the reason. The library calls this while scoring and
   * {@link #assess} only when a reason is read, so a policy may override it to avoid building
   * reasons; it must then always equal {@code assess(record).points()}.
   */
  default Points points(ActivityRecord record) {
    Assessment assessment = assess(record);
    if (assessment == null) {
      throw new NullPointerException("policy returned null instead of an assessment");
    }
    return assessment.points();
  }

  /**
   * Facts the policy cannot score without. A record that lacks one of them is not eligible: its
   * alliance becomes a non-participant with the missing facts named. Empty by default, which suits
   * a policy that reads no facts or only optional ones.
   */
  default Set<Fact> requiredFacts() {
    return Set.of();
  }

  /** Facts the policy reads when present and handles when missing. Empty by default. */
  default Set<Fact> optionalFacts() {
    return Set.of();
  }

  /**
   * The most points the policy can give, if it knows it. An indicator system rejects a policy whose
   * maximum exceeds its indicator's maximum when it is built, rather than at scoring time. Stock
   * policies always know it.
   */
  default Optional<Points> maxPoints() {
    return Optional.empty();
  }

  /**
   * The rule as ladder steps, the text {@link #ladder(Fact, String)} reads: {@code ">=4:4; >=2:2;
   * >=1:1"}, {@code "<=6:4; <=12:2; blank(no website):0"}. Present for the stock ladders, reweighted
   * ones included (with their scaled points); empty by default, for a policy of your own.
   */
  default Optional<String> steps() {
    return Optional.empty();
  }

  /**
   * The ladder on {@code fact} that {@code steps} describes, the text {@link #steps()} gives:
   * steps separated by {@code ;}, each {@code >=N:P} (at least N scores P), {@code <=N:P} (at most
   * N scores P) or {@code blank:P} / {@code blank(meaning):P} (a missing value scores P and means
   * "meaning"). Points are read by {@link Points#parse}.
   *
   * @throws IllegalArgumentException naming the fact and the step, for a step that cannot be read,
   *     mixed at-least and at-most steps, or steps the ladder builder refuses
   */
  static IndicatorPolicy ladder(Fact fact, String steps) {
    return Ladder.parse(fact, steps);
  }

  /**
   * {@code points} when {@code fact} is at least {@code threshold}, otherwise 0: the rule "≥ 1 → 5".
   */
  static IndicatorPolicy atLeast(Fact fact, int threshold, Points points) {
    return ladder(fact).atLeast(threshold, points).build();
  }

  /** {@link #atLeast(Fact, int, Points)} with whole points: {@code atLeast(COUNCIL_MEETINGS, 1, 5)}. */
  static IndicatorPolicy atLeast(Fact fact, int threshold, int points) {
    return atLeast(fact, threshold, Points.of(points));
  }

  /**
   * A builder for a threshold ladder on {@code fact}: either "at least" steps for counts
   * ({@code .atLeast(4, 4).atLeast(2, 2).atLeast(1, 1)}: 4 or more → 4, 2–3 → 2, 1 → 1, else 0), or
   * "at most" steps for ages ({@code .atMost(6, 4).atMost(12, 2)}: up to 6 → 4, 7–12 → 2, else 0).
   */
  static LadderBuilder ladder(Fact fact) {
    return Ladder.builder(fact);
  }

  /**
   * The standard website rule of indicator 1.5: months since the last update at most 6 → 4, 7–12
   * → 2, more → 0; a missing value means "no website" and scores 0.
   */
  static IndicatorPolicy website(Fact monthsSinceUpdate) {
    return ladder(monthsSinceUpdate).atMost(6, 4).atMost(12, 2).whenMissing(0, "no website").build();
  }

  /**
   * A policy of your own on one required fact: {@code IndicatorPolicy.of(Standard2019.STANDARDS, n ->
   * Assessment.of(Math.min(n, 3) * 2, n + " standards"))}.
   */
  static IndicatorPolicy of(Fact fact, IntFunction<Assessment> rule) {
    requireNonNull(fact, "fact");
    requireNonNull(rule, "rule");
    return of(Set.of(fact), record -> rule.apply(record.fact(fact).getAsInt()));
  }

  /**
   * A policy of your own that declares the facts it requires: the evaluation makes sure they are
   * present before {@code policy} is called.
   */
  static IndicatorPolicy of(Set<Fact> requiredFacts, IndicatorPolicy policy) {
    Set<Fact> facts = Set.copyOf(requireNonNull(requiredFacts, "requiredFacts"));
    requireNonNull(policy, "policy");
    return new IndicatorPolicy() {
      @Override
      public Assessment assess(ActivityRecord record) {
        return policy.assess(record);
      }

      @Override
      public Set<Fact> requiredFacts() {
        return facts;
      }

      @Override
      public Set<Fact> optionalFacts() {
        return policy.optionalFacts();
      }

      @Override
      public String toString() {
        return "policy on " + facts;
      }
    };
  }

  /**
   * Collects the steps of a threshold ladder on one fact, the shape of every rule of the standard
   * 2019 model. Steps may be given in any order.
   *
   * <ul>
   *   <li><b>at least</b> ladders (counts): the highest threshold the value reaches gives its
   *       points, below the lowest threshold 0 — {@code atLeast(4, 4).atLeast(2, 2).atLeast(1, 1)}
   *       reads "4 or more → 4, 2–3 → 2, 1 → 1, 0 → 0";
   *   <li><b>at most</b> ladders (ages): the lowest threshold the value stays within gives its
   *       points, above the highest 0 — {@code atMost(6, 4).atMost(12, 2)} reads "0–6 → 4, 7–12 →
   *       2, 13 or more → 0".
   * </ul>
   *
   * <p>More activity never scores less: points must not decrease as the value improves. By default
   * the fact is required; {@link #whenMissing} makes it optional with fixed points and a meaning
   * ("no website"). Points have at most two decimals. The built policy is immutable and
   * thread-safe, and its reasons read {@code "secretariat_meetings = 3: 2-3 meetings -> 2 of 4"}.
   * A builder is not thread-safe.
   */
  interface LadderBuilder {

    /**
     * A step: values of at least {@code threshold} (and below the next higher threshold) score
     * {@code points}.
     *
     * @throws IllegalStateException if the ladder already has "at most" steps
     * @throws IllegalArgumentException if the threshold is negative or given twice, or the points
     *     are negative
     */
    LadderBuilder atLeast(int threshold, Points points);

    /** {@link #atLeast(int, Points)} with whole points. */
    default LadderBuilder atLeast(int threshold, int points) {
      return atLeast(threshold, Points.of(points));
    }

    /**
     * A step: values of at most {@code threshold} (and above the next lower threshold) score
     * {@code points}.
     *
     * @throws IllegalStateException if the ladder already has "at least" steps
     * @throws IllegalArgumentException as {@link #atLeast}
     */
    LadderBuilder atMost(int threshold, Points points);

    /** {@link #atMost(int, Points)} with whole points. */
    default LadderBuilder atMost(int threshold, int points) {
      return atMost(threshold, Points.of(points));
    }

    /**
     * Makes the fact optional: a record without it scores {@code points}, and the reason gives
     * {@code meaning} ({@code "no website"}).
     *
     * @throws IllegalArgumentException if the points are negative or the meaning is blank
     */
    LadderBuilder whenMissing(Points points, String meaning);

    /** {@link #whenMissing(Points, String)} with whole points. */
    default LadderBuilder whenMissing(int points, String meaning) {
      return whenMissing(Points.of(points), meaning);
    }

    /**
     * The ladder policy.
     *
     * @throws IllegalStateException if there is no step
     * @throws IllegalArgumentException if a better value would score fewer points
     */
    IndicatorPolicy build();
  }
}
