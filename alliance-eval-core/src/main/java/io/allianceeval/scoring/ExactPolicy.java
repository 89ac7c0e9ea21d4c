package io.allianceeval.scoring;

import io.allianceeval.model.ActivityRecord;

/**
 * A stock policy whose points the library reads as exact hundredths ({@link Points}), without a
 * double in between. User policies are read through {@link IndicatorPolicy#points} and checked to
 * be whole hundredths.
 */
interface ExactPolicy extends IndicatorPolicy {

  /** {@link #points} in hundredths; may throw as {@link #points} does. */
  long hundredths(ActivityRecord record);

  /** {@link #maxPoints()} in hundredths. */
  long maxHundredths();

  @Override
  default double points(ActivityRecord record) {
    return Points.toDouble(hundredths(record));
  }

  @Override
  default java.util.OptionalDouble maxPoints() {
    return java.util.OptionalDouble.of(Points.toDouble(maxHundredths()));
  }
}
