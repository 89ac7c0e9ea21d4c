package io.allianceeval.testing;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Fact;
import io.allianceeval.scoring.Standard2019;

/** Activity records for tests. */
public final class Records {

  private Records() {}

  /** A record that meets every top rule of the standard model. */
  public static ActivityRecord top(Alliance alliance, int year) {
    ActivityRecord.Builder b = ActivityRecord.builder(alliance, year);
    for (Fact f : Standard2019.facts()) {
      b.fact(f, f == Standard2019.WEBSITE_MONTHS_SINCE_UPDATE ? 0 : 10);
    }
    return b.build();
  }

  /**
   * The 2019 top record of {@code alliance} with some facts changed: {@code top(a,
   * Standard2019.STANDARDS, 0, Standard2019.MEDIA_REPORTS, 1)}.
   */
  public static ActivityRecord top(Alliance alliance, Object... factAndValue) {
    ActivityRecord.Builder b = ActivityRecord.builder(alliance, 2019);
    top(alliance, 2019).facts().forEach(b::fact);
    for (int i = 0; i < factAndValue.length; i += 2) {
      b.fact((Fact) factAndValue[i], (Integer) factAndValue[i + 1]);
    }
    return b.build();
  }

  /** A record with every count 0 and no website. */
  public static ActivityRecord zero(Alliance alliance, int year) {
    ActivityRecord.Builder b = ActivityRecord.builder(alliance, year);
    for (Fact f : Standard2019.facts()) {
      if (f != Standard2019.WEBSITE_MONTHS_SINCE_UPDATE) {
        b.fact(f, 0);
      }
    }
    return b.build();
  }

  /** A record with the same value for every standard fact. */
  public static ActivityRecord uniform(Alliance alliance, int year, int value) {
    ActivityRecord.Builder b = ActivityRecord.builder(alliance, year);
    for (Fact f : Standard2019.facts()) {
      b.fact(f, value);
    }
    return b.build();
  }
}
