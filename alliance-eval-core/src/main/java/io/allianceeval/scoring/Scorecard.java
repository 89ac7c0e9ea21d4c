package io.allianceeval.scoring;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Points;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one {@link ActivityRecord} scored under an {@link IndicatorSystem}: the points of every
 * indicator, the subtotal of every first-level group, and the total.
 *
 * <p>Points are exact hundredths. Scoring keeps only the total; the points of each indicator are
 * computed when first read, and the reasons when {@link #indicatorScores()} is first called, by
 * asking the (pure) policies again, so scoring large inputs allocates little. A policy that breaks
 * its purity contract — another total when asked again — is reported then with an {@link
 * IllegalStateException} naming the alliance. Immutable and thread-safe. Hand-written rather than
 * generated: it computes its points and reasons lazily, for speed.
 */
public final class Scorecard {

  private final IndicatorSystem system;
  private final ActivityRecord record;
  private final long total; // hundredths
  private volatile long[] points; // hundredths, computed when first read
  private volatile List<IndicatorScore> scores;

  Scorecard(IndicatorSystem system, ActivityRecord record, long total) {
    this.system = system;
    this.record = record;
    this.total = total;
  }

  /** Each indicator's points, computed once, checked against the total. */
  private long[] points() {
    long[] p = points;
    if (p == null) {
      p = new long[system.indicators().size()];
      long again = system.points(record, p);
      if (again != total) {
        throw new IllegalStateException("alliance " + record.code() + ": a policy is not pure: "
            + "the indicators totalled " + Points.ofHundredths(total) + " when scored and "
            + Points.ofHundredths(again) + " when asked again");
      }
      points = p;
    }
    return p;
  }

  /** The subtotals by group index, computed when asked (cheap, and rarely needed in bulk). */
  private long[] groupPoints() {
    long[] p = points();
    long[] groupPoints = new long[system.groups().size()];
    for (int i = 0; i < p.length; i++) {
      groupPoints[system.groupIndex(i)] += p[i];
    }
    return groupPoints;
  }

  /** The record that was scored. */
  public ActivityRecord record() {
    return record;
  }

  /** The indicator system it was scored under. */
  public IndicatorSystem system() {
    return system;
  }

  /** The sum of every indicator's points. */
  public Points total() {
    return Points.ofHundredths(total);
  }

  /**
   * The points of the indicator with {@code id}.
   *
   * @throws IllegalArgumentException if the system has no such indicator
   */
  public Points points(String id) {
    return Points.ofHundredths(points()[system.indexOf(id)]);
  }

  /**
   * The subtotal of the group with {@code id}.
   *
   * @throws IllegalArgumentException if the system has no such group
   */
  public Points subtotal(String groupId) {
    long[] groupPoints = groupPoints();
    for (int g = 0; g < groupPoints.length; g++) {
      if (system.groups().get(g).id().equals(groupId)) {
        return Points.ofHundredths(groupPoints[g]);
      }
    }
    throw new IllegalArgumentException(
        "indicator system '" + system.name() + "' has no group '" + groupId + "'");
  }

  /** Every group with its subtotal, in the system's order; unmodifiable. */
  public Map<IndicatorGroup, Points> subtotals() {
    long[] groupPoints = groupPoints();
    Map<IndicatorGroup, Points> map = new LinkedHashMap<>();
    for (int g = 0; g < groupPoints.length; g++) {
      map.put(system.groups().get(g), Points.ofHundredths(groupPoints[g]));
    }
    return Collections.unmodifiableMap(map);
  }

  /** Every indicator's score with its reason, in the system's order; unmodifiable. */
  public List<IndicatorScore> indicatorScores() {
    List<IndicatorScore> s = scores;
    if (s == null) {
      long[] p = points();
      List<IndicatorScore> list = new ArrayList<>(p.length);
      for (int i = 0; i < p.length; i++) {
        Indicator indicator = system.indicators().get(i);
        Assessment a = system.policies().get(i).assess(record);
        if (a == null || a.points() == null || a.points().toHundredths() != p[i]) {
          throw new IllegalStateException(
              "alliance " + record.code() + ", indicator " + indicator.id()
                  + ": policy is not pure: it gave " + Points.ofHundredths(p[i])
                  + " points when scored and " + (a == null ? "null" : a.points())
                  + " when asked again for the reason");
        }
        list.add(new IndicatorScore(indicator, a.points(), a.reason()));
      }
      s = Collections.unmodifiableList(list);
      scores = s;
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Scorecard)) {
      return false;
    }
    Scorecard other = (Scorecard) o;
    return system.equals(other.system)
        && record.equals(other.record)
        && total == other.total;
  }

  @Override
  public int hashCode() {
    return record.hashCode() * 31 + Long.hashCode(total);
  }

  /** {@code "Scorecard{105: 100 = 25 + 45 + 30}"}. */
  @Override
  public String toString() {
    long[] groupPoints = groupPoints();
    StringBuilder sb = new StringBuilder("Scorecard{").append(record.code()).append(": ")
        .append(Points.ofHundredths(total)).append(" =");
    for (int g = 0; g < groupPoints.length; g++) {
      sb.append(g == 0 ? " " : " + ").append(Points.ofHundredths(groupPoints[g]));
    }
    return sb.append('}').toString();
  }
}
