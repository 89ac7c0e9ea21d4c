package io.allianceeval.scoring;

import static io.allianceeval.model.Fact.ACADEMIC_EXCHANGES;
import static io.allianceeval.model.Fact.COMMISSIONED_PROJECTS;
import static io.allianceeval.model.Fact.CORE_TECHNOLOGIES;
import static io.allianceeval.model.Fact.COUNCIL_MEETINGS;
import static io.allianceeval.model.Fact.CROSS_ALLIANCE_COOPERATIONS;
import static io.allianceeval.model.Fact.EXPERT_COMMITTEE_MEETINGS;
import static io.allianceeval.model.Fact.GOVERNMENT_PROJECTS;
import static io.allianceeval.model.Fact.INNOVATION_CHAIN_ACTIONS;
import static io.allianceeval.model.Fact.IP_SHARING_ACTIVITIES;
import static io.allianceeval.model.Fact.JOINT_RD_PLATFORMS;
import static io.allianceeval.model.Fact.MEDIA_REPORTS;
import static io.allianceeval.model.Fact.MEMBER_ASSEMBLIES;
import static io.allianceeval.model.Fact.PROMOTION_SERVICES;
import static io.allianceeval.model.Fact.SECRETARIAT_FULL_TIME_STAFF;
import static io.allianceeval.model.Fact.SECRETARIAT_MEETINGS;
import static io.allianceeval.model.Fact.SELF_INITIATED_PROJECTS;
import static io.allianceeval.model.Fact.STANDARDS;
import static io.allianceeval.model.Fact.TALENT_PROGRAMS;
import static io.allianceeval.model.Fact.TREND_STUDIES;
import static io.allianceeval.model.Fact.WEBSITE_MONTHS_SINCE_UPDATE;
import static io.allianceeval.scoring.IndicatorPolicy.atLeast;
import static io.allianceeval.scoring.IndicatorPolicy.ladder;
import static java.util.Objects.requireNonNull;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Fact;
import io.allianceeval.model.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * An indicator system (评价指标体系): first-level groups, second-level indicators with their maximum
 * points, and the {@link IndicatorPolicy} that scores each.
 *
 * <p>{@link #standard2019()} is the library's standard model: the 3 groups and 20 indicators of the
 * 2019 report with the documented default points (25 + 45 + 30 = 100). The report names the
 * indicators but does not publish their points; every number is replaceable through {@link
 * #toBuilder()} or {@link #builder(String)}. A system is validated when built: the indicators of a
 * group add up to the group's points and the groups to the declared total.
 *
 * <p>Immutable and thread-safe; one instance can score from many threads. Systems are compared by
 * identity, because policies are.
 */
public final class IndicatorSystem {

  private static final double TOLERANCE = 1e-9;

  private static final IndicatorSystem STANDARD_2019 = buildStandard2019();

  private final String name;
  private final double total;
  private final List<IndicatorGroup> groups;
  private final List<Indicator> indicators;
  private final List<IndicatorPolicy> policies;
  private final int[] groupIndex;
  private final Map<String, Integer> indexById;
  private final List<Fact> requiredFacts;
  private final List<Fact> facts;
  private final Fact[] requiredFactArray;
  private final IndicatorPolicy[] policyArray;
  private final double[] maxArray;

  private IndicatorSystem(
      String name,
      double total,
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
    this.maxArray = this.indicators.stream().mapToDouble(Indicator::maxPoints).toArray();
  }

  private static List<Fact> sorted(Set<Fact> facts) {
    List<Fact> list = new ArrayList<>(facts);
    Collections.sort(list);
    return list;
  }

  /** The standard 2019 model of SPEC §2: 3 groups, 20 indicators, 100 points. */
  public static IndicatorSystem standard2019() {
    return STANDARD_2019;
  }

  private static IndicatorSystem buildStandard2019() {
    return builder("standard 2019")
        .total(100)
        .group("1", "组织机构建设与运行", "Organisation & operation", 25)
        .group("2", "协同创新活动", "Collaborative innovation", 45)
        .group("3", "带动产业发展成效", "Industry impact", 30)
        .indicator("1.1", "理事会", "council meetings", 5, atLeast(COUNCIL_MEETINGS, 1, 5))
        .indicator("1.2", "专家(技术)委员会", "expert/technical committee meetings", 4,
            atLeast(EXPERT_COMMITTEE_MEETINGS, 1, 4))
        .indicator("1.3", "成员大会", "member assembly", 4, atLeast(MEMBER_ASSEMBLIES, 1, 4))
        .indicator("1.4", "秘书处工作会议", "secretariat work meetings", 4,
            ladder(SECRETARIAT_MEETINGS).atLeast(4, 4).atLeast(2, 2).atLeast(1, 1).build())
        .indicator("1.5", "网站、网页及时更新", "website kept current", 4,
            IndicatorPolicy.website(WEBSITE_MONTHS_SINCE_UPDATE))
        .indicator("1.6", "秘书处专职化、对外联络", "full-time secretariat, liaison", 4,
            ladder(SECRETARIAT_FULL_TIME_STAFF).atLeast(2, 4).atLeast(1, 2).build())
        .indicator("2.1", "自设协同创新项目", "self-initiated joint projects", 6,
            ladder(SELF_INITIATED_PROJECTS).atLeast(3, 6).atLeast(2, 4).atLeast(1, 2).build())
        .indicator("2.2", "承担各级政府项目", "government projects undertaken", 6,
            ladder(GOVERNMENT_PROJECTS).atLeast(2, 6).atLeast(1, 4).build())
        .indicator("2.3", "外部委托项目", "commissioned non-government projects", 5,
            ladder(COMMISSIONED_PROJECTS).atLeast(2, 5).atLeast(1, 3).build())
        .indicator("2.4", "知识产权共享", "IP sharing", 4, atLeast(IP_SHARING_ACTIVITIES, 1, 4))
        .indicator("2.5", "组织和参与制定技术标准", "technical standards", 6,
            ladder(STANDARDS).atLeast(2, 6).atLeast(1, 3).build())
        .indicator("2.6", "共建研发平台", "jointly built R&D platforms", 5,
            atLeast(JOINT_RD_PLATFORMS, 1, 5))
        .indicator("2.7", "学术交流", "academic exchange", 4,
            ladder(ACADEMIC_EXCHANGES).atLeast(3, 4).atLeast(1, 2).build())
        .indicator("2.8", "研究产业发展趋势", "industry trend research", 4,
            atLeast(TREND_STUDIES, 1, 4))
        .indicator("2.9", "联盟间跨领域合作", "cross-domain alliance cooperation", 5,
            atLeast(CROSS_ALLIANCE_COOPERATIONS, 1, 5))
        .indicator("3.1", "产业技术创新链", "industry technology innovation chain", 7,
            atLeast(INNOVATION_CHAIN_ACTIONS, 1, 7))
        .indicator("3.2", "掌握产业核心技术", "core technologies mastered", 6,
            ladder(CORE_TECHNOLOGIES).atLeast(2, 6).atLeast(1, 3).build())
        .indicator("3.3", "行业技术推广及服务", "technology promotion and services", 6,
            ladder(PROMOTION_SERVICES).atLeast(3, 6).atLeast(1, 3).build())
        .indicator("3.4", "人才交流培养", "talent exchange and training", 6,
            ladder(TALENT_PROGRAMS).atLeast(2, 6).atLeast(1, 3).build())
        .indicator("3.5", "媒体报道及社会评价", "media coverage and public evaluation", 5,
            ladder(MEDIA_REPORTS).atLeast(5, 5).atLeast(2, 3).atLeast(1, 1).build())
        .build();
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
          new Entry(ind.id(), ind.chineseName(), ind.englishName(), ind.maxPoints(), policies.get(i)));
    }
    return b;
  }

  /** The name, {@code "standard 2019"}. */
  public String name() {
    return name;
  }

  /** The declared total, which the groups add up to (100 in the standard model). */
  public double total() {
    return total;
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
    double[] points = new double[policyArray.length];
    double total = 0;
    List<String> problems = null;
    Throwable firstCause = null;
    for (int i = 0; i < points.length; i++) {
      double p;
      try {
        p = policyArray[i].points(record);
      } catch (RuntimeException e) {
        if (problems == null) {
          problems = new ArrayList<>();
          firstCause = e;
        }
        problems.add("alliance " + record.code() + ", indicator " + indicators.get(i).id()
            + ": policy " + policies.get(i) + " threw " + e);
        continue;
      }
      double max = maxArray[i];
      if (!(p >= 0 && p <= max)) {
        if (problems == null) {
          problems = new ArrayList<>();
        }
        problems.add("alliance " + record.code() + ", indicator " + indicators.get(i).id()
            + ": policy " + policies.get(i) + " returned " + p + " points, expected 0 to "
            + Points.format(max));
      }
      points[i] = p;
      total += p;
    }
    if (problems != null) {
      throw new PolicyFailureException(problems, firstCause);
    }
    return new Scorecard(this, record, points, total);
  }

  /** For example {@code IndicatorSystem{standard 2019, 100 points, 3 groups, 20 indicators}}. */
  @Override
  public String toString() {
    return "IndicatorSystem{" + name + ", " + Points.format(total) + " points, " + groups.size()
        + " groups, " + indicators.size() + " indicators}";
  }

  private static final class Entry {
    final String id;
    final String chineseName;
    final String englishName;
    final double maxPoints;
    final IndicatorPolicy policy;

    Entry(String id, String chineseName, String englishName, double maxPoints, IndicatorPolicy policy) {
      this.id = id;
      this.chineseName = chineseName;
      this.englishName = englishName;
      this.maxPoints = maxPoints;
      this.policy = policy;
    }

    Entry with(double newMax, IndicatorPolicy newPolicy) {
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
    private Double total;
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

    /** Declares the total the groups must add up to. */
    public Builder total(double total) {
      if (!(total > 0) || !Double.isFinite(total)) {
        throw new IllegalArgumentException("total must be positive and finite: " + total);
      }
      this.total = total;
      return this;
    }

    /** Adds a first-level group, or replaces the group with the same id. */
    public Builder group(String id, String chineseName, String englishName, double points) {
      groups.put(id, IndicatorGroup.of(id, chineseName, englishName, points));
      return this;
    }

    /**
     * Changes the declared points of a group.
     *
     * @throws IllegalArgumentException if there is no such group
     */
    public Builder groupPoints(String id, double points) {
      IndicatorGroup g = groups.get(requireNonNull(id, "id"));
      if (g == null) {
        throw new IllegalArgumentException("no indicator group '" + id + "'; there are " + groups.keySet());
      }
      groups.put(id, IndicatorGroup.of(id, g.chineseName(), g.englishName(), points));
      return this;
    }

    /**
     * Adds an indicator scored by {@code policy}.
     *
     * @throws IllegalArgumentException if an indicator with this id exists already
     */
    public Builder indicator(
        String id, String chineseName, String englishName, double maxPoints, IndicatorPolicy policy) {
      requireNonNull(id, "id");
      requireNonNull(chineseName, "chineseName");
      requireNonNull(englishName, "englishName");
      requireNonNull(policy, "policy");
      if (entries.containsKey(id)) {
        throw new IllegalArgumentException("indicator " + id + " is defined already");
      }
      entries.put(id, new Entry(id, chineseName, englishName, maxPoints, policy));
      return this;
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
     * a top score stays a top score. The group's points and the total are <em>not</em> changed:
     * adjust them with {@link #groupPoints} and {@link #total}, or {@link #build()} reports that
     * they no longer add up.
     *
     * @throws IllegalArgumentException if there is no such indicator or the maximum is not positive
     */
    public Builder reweight(String id, double newMax) {
      Entry e = entry(id);
      if (!(newMax > 0) || !Double.isFinite(newMax)) {
        throw new IllegalArgumentException(
            "indicator " + id + ": maximum points must be positive and finite: " + newMax);
      }
      entries.put(id, e.with(newMax, e.policy.scaledBy(newMax / e.maxPoints)));
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
      List<String> problems = new ArrayList<>();
      if (total == null) {
        problems.add("no total declared");
      }
      if (entries.isEmpty()) {
        problems.add("no indicators");
      }
      List<Entry> sortedEntries = new ArrayList<>(entries.values());
      sortedEntries.sort(Comparator.comparing((Entry e) -> idPart(e.id, 0))
          .thenComparing(e -> idPart(e.id, 1)));
      List<Indicator> indicators = new ArrayList<>();
      List<IndicatorPolicy> policies = new ArrayList<>();
      Map<String, Double> sums = new LinkedHashMap<>();
      for (Entry e : sortedEntries) {
        IndicatorGroup g = groups.get(e.groupId());
        if (g == null) {
          problems.add("indicator " + e.id + ": no group '" + e.groupId() + "'");
          continue;
        }
        Indicator ind;
        try {
          ind = Indicator.of(e.id, g, e.chineseName, e.englishName, e.maxPoints);
        } catch (IllegalArgumentException ex) {
          problems.add(ex.getMessage());
          continue;
        }
        OptionalDouble policyMax = e.policy.maxPoints();
        if (policyMax.isPresent() && policyMax.getAsDouble() > e.maxPoints * (1 + TOLERANCE)) {
          problems.add("indicator " + e.id + ": policy can give "
              + Points.format(policyMax.getAsDouble()) + " points, more than the maximum "
              + Points.format(e.maxPoints));
        }
        indicators.add(ind);
        policies.add(e.policy);
        sums.merge(g.id(), e.maxPoints, Double::sum);
      }
      double groupSum = 0;
      List<IndicatorGroup> orderedGroups = new ArrayList<>(groups.values());
      orderedGroups.sort(Comparator.comparing(g -> Integer.valueOf(g.id())));
      for (IndicatorGroup g : orderedGroups) {
        groupSum += g.points();
        Double sum = sums.get(g.id());
        if (sum == null) {
          problems.add("group " + g.id() + ": has no indicators");
        } else if (!close(sum, g.points())) {
          problems.add("group " + g.id() + ": indicators add up to " + Points.format(sum)
              + " points, expected the group's " + Points.format(g.points()));
        }
      }
      if (total != null && !groups.isEmpty() && !close(groupSum, total)) {
        problems.add("groups add up to " + Points.format(groupSum) + " points, expected the total "
            + Points.format(total));
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

    private static boolean close(double a, double b) {
      return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));
    }
  }
}
