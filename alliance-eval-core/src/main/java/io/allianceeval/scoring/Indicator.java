package io.allianceeval.scoring;

import io.allianceeval.model.Points;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A second-level indicator (二级指标) such as {@code 2.5 组织和参与制定技术标准 (technical standards)}:
 * its id, its first-level {@linkplain #group() group}, its names and its maximum points. How it is
 * scored is the {@link IndicatorPolicy} the {@link IndicatorSystem} pairs it with.
 */
@Value.Immutable
public abstract class Indicator {

  private static final Pattern ID = Pattern.compile("([1-9][0-9]*)\\.([1-9][0-9]*)");

  Indicator() {}

  /**
   * Creates an indicator.
   *
   * @param id {@code "G.N"} where {@code G} is the group's id, e.g. {@code "2.5"}
   * @param maxPoints positive
   * @throws IllegalArgumentException if the id is malformed or does not start with the group's id,
   *     a name is blank, or the maximum is not positive
   */
  public static Indicator of(
      String id, IndicatorGroup group, String chineseName, String englishName, int maxPoints) {
    return of(id, group, chineseName, englishName, Points.of(maxPoints));
  }

  /** Creates an indicator; see {@link #of(String, IndicatorGroup, String, String, int)}. */
  public static Indicator of(
      String id, IndicatorGroup group, String chineseName, String englishName, Points maxPoints) {
    return ImmutableIndicator.of(id, group, chineseName, englishName, maxPoints);
  }

  /** The id, {@code "2.5"}. */
  public abstract String id();

  /** The first-level indicator this one belongs to. */
  public abstract IndicatorGroup group();

  /** The Chinese name, {@code 组织和参与制定技术标准}. */
  public abstract String chineseName();

  /** The English name, {@code technical standards}. */
  public abstract String englishName();

  /** The most points an alliance can score on this indicator. */
  public abstract Points maxPoints();

  @Value.Check
  void check() {
    var m = ID.matcher(id());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "indicator id must be G.N such as 2.5: '" + id() + "'");
    }
    if (!m.group(1).equals(group().id())) {
      throw new IllegalArgumentException(
          "indicator " + id() + " must belong to group " + m.group(1) + ", not " + group().id());
    }
    if (chineseName().isBlank() || englishName().isBlank()) {
      throw new IllegalArgumentException("indicator " + id() + ": names must not be blank");
    }
    if (!maxPoints().isPositive()) {
      throw new IllegalArgumentException(
          "indicator " + id() + ": maximum points must be positive: " + maxPoints());
    }
  }

  /** For example {@code 2.5 组织和参与制定技术标准 (technical standards, 6)}. */
  @Override
  public String toString() {
    return id() + " " + chineseName() + " (" + englishName() + ", " + maxPoints() + ")";
  }
}
