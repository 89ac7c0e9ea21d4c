package io.allianceeval.scoring;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Fact;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.InvalidInputException.Problem;
import io.allianceeval.model.Points;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An indicator system (评价指标体系): first-level groups, second-level indicators with their maximum
 * points, and the {@link IndicatorPolicy} that scores each.
 *
 * <p>{@link #standard2019()} is the library's standard model ({@link Standard2019}): the 3 groups
 * and 20 indicators of the 2019 report with the documented default points (25 + 45 + 30 = 100).
 * Every number is replaceable through {@link #toBuilder()} or {@link #builder(String)}. A system
 * is validated when built: the indicators of a group add up to the group's points and the groups
 * to the declared total.
 *
 * <p><b>Points are exact</b> ({@link Points}, hundredths). A reweighted policy's points are rounded
 * half-up to a hundredth; sums, range checks and the maximum check are exact, never with a
 * tolerance.
 *
 * <p>Immutable and thread-safe; one instance can score from many threads. Two systems are equal
 * when name, total, groups, indicators and policies are equal; stock policies (ladders, reweighted
 * ladders) are equal by their rule, a policy of your own by identity unless it says otherwise.
 * Hand-written rather than generated: it keeps arrays for scoring.
 */
public final class IndicatorSystem {

  private final String name;
  private final long total;
  private final List<IndicatorGroup> groups;
  private final List<Indicator> indicators;
  private final List<IndicatorPolicy> policies;
  private final int[] groupIndex;
  private final Map<String, Integer> indexById;
  private final List<Fact> requiredFacts;
  private final List<Fact> facts;
  private final Fact[] requiredFactArray;
  private final IndicatorPolicy[] policyArray;
  private final long[] maxArray;

  private IndicatorSystem(
      String name,
      long total,
      List<IndicatorGroup> groups,
      List<Indicator> indicators,
      List<IndicatorPolicy> policies) {
    this.name = name;
    this.total = total;
    this.groups = List.copyOf(groups);
    this.indicators = List.copyOf(indicators);
    this.policies = List.copyOf(policies);
    this.groupIndex = new int[indicators.size()];
    Map<String, Integer> byId = new HashMap<>();
    Set<Fact> required = new LinkedHashSet<>();
    Set<Fact> all = new LinkedHashSet<>();
    for (int i = 0; i < indicators.size(); i++) {
      groupIndex[i] = this.groups.indexOf(indicators.get(i).group());
      byId.put(indicators.get(i).id(), i);
      required.addAll(sorted(policies.get(i).requiredFacts()));
      all.addAll(sorted(policies.get(i).requiredFacts()));
      all.addAll(sorted(policies.get(i).optionalFacts()));
    }
    this.indexById = Map.copyOf(byId);
    this.requiredFacts = List.copyOf(required);
    this.facts = List.copyOf(all);
    this.requiredFactArray = required.toArray(new Fact[0]);
    this.policyArray = this.policies.toArray(new IndicatorPolicy[0]);
    this.maxArray = new long[policyArray.length];
    for (int i = 0; i < policyArray.length; i++) {
      maxArray[i] = this.indicators.get(i).maxPoints().toHundredths();
    }
  }

  private static List<Fact> sorted(Set<Fact> facts) {
    List<Fact> list = new ArrayList<>(facts);
    Collections.sort(list);
    return list;
  }

  /**
   * The standard 2019 model of SPEC §2: 3 groups, 20 indicators, 100 points; see {@link
   * Standard2019}.
   */
  public static IndicatorSystem standard2019() {
    return Standard2019.indicatorSystem();
  }

  /** A builder for a system of your own. */
  public static Builder builder(String name) {
    return new Builder(requireNonNull(name, "name"));
  }

  /** A builder that starts from this system, to derive one by replacing, reweighting, adding or removing. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.total = total;
    for (IndicatorGroup g : groups) {
      b.groups.put(g.id(), g);
    }
    for (int i = 0; i < indicators.size(); i++) {
      Indicator ind = indicators.get(i);
      b.entries.put(ind.id(),
          new Entry(ind.id(), ind.chineseName(), ind.englishName(), maxArray[i], policies.get(i)));
    }
    return b;
  }

  /** The name, {@code "standard 2019"}. */
  public String name() {
    return name;
  }

  /**
   * The declared total, which the groups add up to (100 in the standard model): full marks, what
   * a record scores when every indicator gives its maximum.
   */
  public Points total() {
    return Points.ofHundredths(total);
  }

  /** The first-level groups in order. */
  public List<IndicatorGroup> groups() {
    return groups;
  }

  /** The second-level indicators in order (by group, then number). */
  public List<Indicator> indicators() {
    return indicators;
  }

  /** The indicators of {@code group}, in order. */
  public List<Indicator> indicators(IndicatorGroup group) {
    requireNonNull(group, "group");
    List<Indicator> list = new ArrayList<>();
    for (Indicator i : indicators) {
      if (i.group().equals(group)) {
        list.add(i);
      }
    }
    return Collections.unmodifiableList(list);
  }

  /** The policies, parallel to {@link #indicators()}. */
  public List<IndicatorPolicy> policies() {
    return policies;
  }

  /**
   * The indicator with {@code id}.
   *
   * @throws IllegalArgumentException if there is none; the message lists the ids there are
   */
  public Indicator indicator(String id) {
    return indicators.get(indexOf(id));
  }

  /** Whether the system has an indicator with {@code id}. */
  public boolean hasIndicator(String id) {
    return indexById.containsKey(requireNonNull(id, "id"));
  }

  /** The policy of the indicator with {@code id}. */
  public IndicatorPolicy policy(String id) {
    return policies.get(indexOf(id));
  }

  int indexOf(String id) {
    Integer i = indexById.get(requireNonNull(id, "id"));
    if (i == null) {
      throw new IllegalArgumentException(
          "indicator system '" + name + "' has no indicator '" + id + "'; it has "
              + indicators.stream().map(Indicator::id).toList());
    }
    return i;
  }

  int groupIndex(int indicatorIndex) {
    return groupIndex[indicatorIndex];
  }

  /** The facts a record must have to be scored, in indicator order. */
  public List<Fact> requiredFacts() {
    return requiredFacts;
  }

  /** Every fact the policies read, required or optional, in indicator order. */
  public List<Fact> facts() {
    return facts;
  }

  /** Whether {@code record} has every required fact, so that it can be scored. */
  public boolean isComplete(ActivityRecord record) {
    requireNonNull(record, "record");
    for (Fact f : requiredFactArray) {
      if (!record.has(f)) {
        return false;
      }
    }
    return true;
  }

  /** The required facts {@code record} lacks, in indicator order; empty if it can be scored. */
  public List<Fact> missingFacts(ActivityRecord record) {
    requireNonNull(record, "record");
    List<Fact> missing = new ArrayList<>(0);
    for (Fact f : requiredFacts) {
      if (!record.has(f)) {
        missing.add(f);
      }
    }
    return missing;
  }

  /**
   * Scores one record.
   *
   * @throws IllegalArgumentException if the record lacks a required fact (see {@link
   *     #missingFacts})
   * @throws PolicyFailureException if a policy throws or returns points outside {@code [0,
   *     maximum]}; lists every such indicator with the alliance code
   */
  public Scorecard score(ActivityRecord record) {
    if (!isComplete(record)) {
      throw new IllegalArgumentException(
          "alliance " + record.code() + ": missing facts " + missingFacts(record));
    }
    return new Scorecard(this, record, points(record, null));
  }

  /**
   * Scores {@code record} exactly: the total in hundredths, and each indicator's points into
   * {@code out} when it is not null. The one place policies are called while scoring, so that the
   * total and the points a {@link Scorecard} reads later come from the same code.
   *
   * @throws PolicyFailureException as {@link #score}
   */
  long points(ActivityRecord record, long[] out) {
    long sum = 0;
    List<String> problems = null;
    Throwable firstCause = null;
    for (int i = 0; i < policyArray.length; i++) {
      long h;
      try {
        Points returned = policyArray[i].points(record);
        if (returned == null) {
          throw new NullPointerException("policy returned null points");
        }
        h = returned.toHundredths();
      } catch (RuntimeException e) {
        if (problems == null) {
          problems = new ArrayList<>();
          firstCause = e;
        }
        problems.add("alliance " + record.code() + ", indicator " + indicators.get(i).id()
            + ": policy " + policies.get(i) + " threw " + e);
        continue;
      }
      long max = maxArray[i];
      if (h < 0 || h > max) {
        if (problems == null) {
          problems = new ArrayList<>();
        }
        problems.add("alliance " + record.code() + ", indicator " + indicators.get(i).id()
            + ": policy " + policies.get(i) + " returned " + Points.ofHundredths(h)
            + " points, expected 0 to " + Points.ofHundredths(max));
        continue;
      }
      if (out != null) {
        out[i] = h;
      }
      sum += h;
    }
    if (problems != null) {
      throw new PolicyFailureException(problems, firstCause);
    }
    return sum;
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof IndicatorSystem)) {
      return false;
    }
    IndicatorSystem s = (IndicatorSystem) o;
    return name.equals(s.name) && total == s.total && groups.equals(s.groups)
        && indicators.equals(s.indicators) && policies.equals(s.policies);
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + indicators.hashCode()) * 31 + policies.hashCode();
  }

  /** For example {@code IndicatorSystem{standard 2019, 100 points, 3 groups, 20 indicators}}. */
  @Override
  public String toString() {
    return "IndicatorSystem{" + name + ", " + Points.ofHundredths(total) + " points, " + groups.size()
        + " groups, " + indicators.size() + " indicators}";
  }

  private static final class Entry {
    final String id;
    final String chineseName;
    final String englishName;
    final long maxPoints; // hundredths
    final IndicatorPolicy policy;

    Entry(String id, String chineseName, String englishName, long maxPoints, IndicatorPolicy policy) {
      this.id = id;
      this.chineseName = chineseName;
      this.englishName = englishName;
      this.maxPoints = maxPoints;
      this.policy = policy;
    }

    Entry with(long newMax, IndicatorPolicy newPolicy) {
      return new Entry(id, chineseName, englishName, newMax, newPolicy);
    }

    String groupId() {
      int dot = id.indexOf('.');
      return dot < 0 ? id : id.substring(0, dot);
    }
  }

  /**
   * Builds an {@link IndicatorSystem}. Methods may be called in any order; {@link #build()}
   * validates the whole and reports every problem at once. Not thread-safe.
   */
  public static final class Builder {
    private String name;
    private Long total; // hundredths
    private final Map<String, IndicatorGroup> groups = new LinkedHashMap<>();
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = name;
    }

    /** Renames the system. */
    public Builder name(String name) {
      this.name = requireNonNull(name, "name");
      return this;
    }

    /**
     * Declares the total the groups must add up to.
     *
     * @throws IllegalArgumentException if the total is not positive
     */
    public Builder total(Points total) {
      this.total = positive(total, "total");
      return this;
    }

    /** {@link #total(Points)} in whole points. */
    public Builder total(int total) {
      return total(Points.of(total));
    }

    /**
     * Adds a first-level group, or replaces the group with the same id.
     *
     * @throws IllegalArgumentException as {@link IndicatorGroup#of}
     */
    public Builder group(String id, String chineseName, String englishName, Points points) {
      groups.put(id, IndicatorGroup.of(id, chineseName, englishName, points));
      return this;
    }

    /** {@link #group(String, String, String, Points)} in whole points. */
    public Builder group(String id, String chineseName, String englishName, int points) {
      return group(id, chineseName, englishName, Points.of(points));
    }

    /**
     * Changes the declared points of a group.
     *
     * @throws IllegalArgumentException if there is no such group
     */
    public Builder groupPoints(String id, Points points) {
      requireNonNull(points, "points");
      IndicatorGroup g = groups.get(requireNonNull(id, "id"));
      if (g == null) {
        throw new IllegalArgumentException("no indicator group '" + id + "'; there are " + groups.keySet());
      }
      groups.put(id, IndicatorGroup.of(id, g.chineseName(), g.englishName(), points));
      return this;
    }

    /** {@link #groupPoints(String, Points)} in whole points. */
    public Builder groupPoints(String id, int points) {
      return groupPoints(id, Points.of(points));
    }

    /**
     * Adds an indicator scored by {@code policy}.
     *
     * @throws IllegalArgumentException if an indicator with this id exists already, or the maximum
     *     is not positive
     */
    public Builder indicator(
        String id, String chineseName, String englishName, Points maxPoints, IndicatorPolicy policy) {
      requireNonNull(id, "id");
      requireNonNull(chineseName, "chineseName");
      requireNonNull(englishName, "englishName");
      requireNonNull(policy, "policy");
      if (entries.containsKey(id)) {
        throw new IllegalArgumentException("indicator " + id + " is defined already");
      }
      entries.put(id, new Entry(id, chineseName, englishName,
          positive(maxPoints, "indicator " + id + ": maximum points"), policy));
      return this;
    }

    /** {@link #indicator(String, String, String, Points, IndicatorPolicy)} in whole points. */
    public Builder indicator(
        String id, String chineseName, String englishName, int maxPoints, IndicatorPolicy policy) {
      return indicator(id, chineseName, englishName, Points.of(maxPoints), policy);
    }

    private static long positive(Points points, String what) {
      requireNonNull(points, what);
      if (!points.isPositive()) {
        throw new IllegalArgumentException(what + " must be positive: " + points);
      }
      return points.toHundredths();
    }

    /**
     * Scores the indicator with another policy, keeping its maximum.
     *
     * @throws IllegalArgumentException if there is no such indicator
     */
    public Builder replacePolicy(String id, IndicatorPolicy policy) {
      requireNonNull(policy, "policy");
      Entry e = entry(id);
      entries.put(id, e.with(e.maxPoints, policy));
      return this;
    }

    /**
     * Changes the maximum of an indicator and scales its policy by {@code newMax / oldMax}, so that
     * a top score stays exactly a top score. Every other result is rounded half-up to a hundredth
     * (a ladder step of 1 of 4 reweighted to 5.3 gives 1.33). Reweighting twice scales the
     * original policy once, so rounding never compounds. The group's points and the total are
     * <em>not</em> changed: adjust them with {@link #groupPoints} and {@link #total}, or {@link
     * #build()} reports that they no longer add up.
     *
     * @throws IllegalArgumentException if there is no such indicator, or the maximum is not
     *     positive
     */
    public Builder reweight(String id, Points newMax) {
      requireNonNull(newMax, "newMax");
      Entry e = entry(id);
      long to = positive(newMax, "indicator " + id + ": maximum points");
      entries.put(id, e.with(to, ScaledPolicy.of(e.policy, Points.ofHundredths(e.maxPoints),
          newMax)));
      return this;
    }

    /**
     * Removes an indicator. The group's points and the total are not changed.
     *
     * @throws IllegalArgumentException if there is no such indicator
     */
    public Builder remove(String id) {
      entry(id);
      entries.remove(id);
      return this;
    }

    private Entry entry(String id) {
      Entry e = entries.get(requireNonNull(id, "id"));
      if (e == null) {
        throw new IllegalArgumentException(
            "no indicator '" + id + "'; there are " + entries.keySet());
      }
      return e;
    }

    /**
     * Builds the system.
     *
     * @throws InvalidInputException listing every problem: no total, no indicators, an indicator in
     *     an unknown group, a group without indicators, a group whose indicators do not add up to
     *     its points, groups that do not add up to the total, a policy whose maximum exceeds its
     *     indicator's
     */
    public IndicatorSystem build() {
      List<Problem> problems = new ArrayList<>();
      if (total == null) {
        problems.add(Problem.ofField("total", "no total declared"));
      }
      if (entries.isEmpty()) {
        problems.add(Problem.of("no indicators"));
      }
      List<Entry> sortedEntries = new ArrayList<>(entries.values());
      sortedEntries.sort(Comparator.comparing((Entry e) -> idPart(e.id, 0))
          .thenComparing(e -> idPart(e.id, 1)));
      List<Indicator> indicators = new ArrayList<>();
      List<IndicatorPolicy> policies = new ArrayList<>();
      Map<String, Long> sums = new LinkedHashMap<>();
      for (Entry e : sortedEntries) {
        IndicatorGroup g = groups.get(e.groupId());
        if (g == null) {
          problems.add(Problem.ofIndicator(e.id, "group",
              "indicator " + e.id + ": no group '" + e.groupId() + "'"));
          continue;
        }
        Indicator ind;
        try {
          ind = Indicator.of(e.id, g, e.chineseName, e.englishName,
              Points.ofHundredths(e.maxPoints));
        } catch (IllegalArgumentException ex) {
          problems.add(Problem.ofIndicator(e.id, null, ex.getMessage()));
          continue;
        }
        checkPolicyMaximum(e, problems);
        indicators.add(ind);
        policies.add(e.policy);
        sums.merge(g.id(), e.maxPoints, Long::sum);
      }
      long groupSum = 0;
      List<IndicatorGroup> orderedGroups = new ArrayList<>(groups.values());
      orderedGroups.sort(Comparator.comparing(g -> Integer.valueOf(g.id())));
      for (IndicatorGroup g : orderedGroups) {
        long points = g.points().toHundredths();
        groupSum += points;
        Long sum = sums.get(g.id());
        if (sum == null) {
          problems.add(Problem.ofGroup(g.id(), null, "group " + g.id() + ": has no indicators"));
        } else if (sum != points) {
          problems.add(Problem.ofGroup(g.id(), "points", "group " + g.id()
              + ": indicators add up to " + Points.ofHundredths(sum)
              + " points, expected the group's " + Points.ofHundredths(points)));
        }
      }
      if (total != null && !groups.isEmpty() && groupSum != total) {
        problems.add(Problem.ofField("total", "groups add up to " + Points.ofHundredths(groupSum)
            + " points, expected the total " + Points.ofHundredths(total)));
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException("indicator system '" + name + "' is invalid", problems);
      }
      return new IndicatorSystem(name, total, orderedGroups, indicators, policies);
    }

    private static int idPart(String id, int part) {
      String[] parts = id.split("\\.");
      try {
        return part < parts.length ? Integer.parseInt(parts[part]) : 0;
      } catch (NumberFormatException e) {
        return Integer.MAX_VALUE;
      }
    }

    /** A policy that can give more than its indicator's maximum is rejected when built. */
    private static void checkPolicyMaximum(Entry e, List<Problem> problems) {
      Points policyMax = e.policy.maxPoints().orElse(null);
      if (policyMax != null && policyMax.toHundredths() > e.maxPoints) {
        problems.add(Problem.ofIndicator(e.id, "policy", "indicator " + e.id + ": policy can give "
            + policyMax + " points, more than the maximum " + Points.ofHundredths(e.maxPoints)));
      }
    }
  }
}
