package io.allianceeval.scoring;

import io.allianceeval.model.ActivityRecord;
import java.util.OptionalDouble;

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
  default OptionalDouble maxPoints() {
    return OptionalDouble.of(Points.toDouble(maxHundredths()));
  }
}
