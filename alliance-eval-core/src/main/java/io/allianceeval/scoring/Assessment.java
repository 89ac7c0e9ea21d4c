package io.allianceeval.scoring;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.Points;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What an {@link IndicatorPolicy} gives for one record: points and the reason for them, such as
 * {@code "secretariat_meetings = 3: 2-3 meetings -> 2 of 4"}.
 *
 * <p>Stock policies build the reason only when it is read, so scoring large inputs does not pay for
 * text nobody prints. Equal when points and reason are equal. Hand-written rather than generated:
 * its reason is computed lazily, for speed.
 */
public final class Assessment {

  private final Points points;
  private Supplier<String> reasonSupplier;
  private volatile String reason;

  private Assessment(Points points, String reason, Supplier<String> reasonSupplier) {
    this.points = points;
    this.reason = reason;
    this.reasonSupplier = reasonSupplier;
  }

  /** Points with a reason. Range checks happen where the policy's indicator is known. */
  public static Assessment of(Points points, String reason) {
    return new Assessment(requireNonNull(points, "points"), requireNonNull(reason, "reason"), null);
  }

  /** Whole points with a reason: {@code Assessment.of(5, "3 standards")}. */
  public static Assessment of(int points, String reason) {
    return of(Points.of(points), reason);
  }

  /** Points with a reason computed when first asked for; the supplier must be pure. */
  public static Assessment lazy(Points points, Supplier<String> reason) {
    return new Assessment(requireNonNull(points, "points"), null, requireNonNull(reason, "reason"));
  }

  /** The points. */
  public Points points() {
    return points;
  }

  /** Why these points. */
  public String reason() {
    String r = reason;
    if (r == null) {
      synchronized (this) {
        r = reason;
        if (r == null) {
          r = requireNonNull(reasonSupplier.get(), "reason supplier returned null");
          reason = r;
          reasonSupplier = null;
        }
      }
    }
    return r;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assessment
        && ((Assessment) o).points.equals(points)
        && ((Assessment) o).reason().equals(reason());
  }

  @Override
  public int hashCode() {
    return Objects.hash(points, reason());
  }

  /** {@code "2 (secretariat_meetings = 3: 2-3 meetings -> 2 of 4)"}. */
  @Override
  public String toString() {
    return points + " (" + reason() + ")";
  }
}
