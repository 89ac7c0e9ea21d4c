package io.allianceeval.scoring;

import io.allianceeval.model.Points;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A first-level indicator (一级指标), such as {@code 1 组织机构建设与运行 (Organisation & operation)},
 * with the points its second-level indicators add up to.
 */
@Value.Immutable
public abstract class IndicatorGroup {

  private static final Pattern ID = Pattern.compile("[1-9][0-9]*");

  IndicatorGroup() {}

  /**
   * Creates a group.
   *
   * @param id a positive whole number as text, {@code "1"}
   * @param points the declared total of the group's indicators, positive
   * @throws IllegalArgumentException if the id is not a positive number, a name is blank or the
   *     points are not positive
   */
  public static IndicatorGroup of(String id, String chineseName, String englishName, int points) {
    return of(id, chineseName, englishName, Points.of(points));
  }

  /** Creates a group; see {@link #of(String, String, String, int)}. */
  public static IndicatorGroup of(String id, String chineseName, String englishName, Points points) {
    return ImmutableIndicatorGroup.of(id, chineseName, englishName, points);
  }

  /** The id, {@code "1"}, {@code "2"}, {@code "3"} in the standard system. */
  public abstract String id();

  /** The Chinese name, {@code 组织机构建设与运行}. */
  public abstract String chineseName();

  /** The English name, {@code Organisation & operation}. */
  public abstract String englishName();

  /** The declared points, which the group's indicators must add up to. */
  public abstract Points points();

  @Value.Check
  void check() {
    if (!ID.matcher(id()).matches()) {
      throw new IllegalArgumentException(
          "indicator group id must be a positive whole number such as 1: '" + id() + "'");
    }
    if (chineseName().isBlank() || englishName().isBlank()) {
      throw new IllegalArgumentException("indicator group " + id() + ": names must not be blank");
    }
    if (!points().isPositive()) {
      throw new IllegalArgumentException(
          "indicator group " + id() + ": points must be positive: " + points());
    }
  }

  /** For example {@code 1 组织机构建设与运行 (Organisation & operation, 25)}. */
  @Override
  public String toString() {
    return id() + " " + chineseName() + " (" + englishName() + ", " + points() + ")";
  }
}
