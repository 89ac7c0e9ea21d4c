package io.allianceeval.activity;

import io.allianceeval.model.Alliance;
import java.time.LocalDate;

/** The alliances, kinds and entries the activity tests share. */
final class ActivityFixtures {

  private ActivityFixtures() {}

  /** 高粱: an alliance of the third batch. */
  static final Alliance SORGHUM = Alliance.of("342", "高粱产业技术创新战略联盟");
  /** TD: an alliance of the first batch. */
  static final Alliance TD = Alliance.of("105", "TD 产业技术创新战略联盟");
  /** The standard kinds. */
  static final ActivityKinds KINDS = ActivityKinds.standard2019();

  /** The standard kind named {@code name}. */
  static ActivityKind kind(String name) {
    return KINDS.kind(name).orElseThrow();
  }

  /** An event entry of the standard kind {@code kind}. */
  static Activity event(Alliance a, String kind, String date, String title) {
    return Activity.of(a, kind(kind), LocalDate.parse(date), title);
  }

  /** A staff count entry. */
  static Activity staff(Alliance a, String date, int value) {
    return Activity.of(a, ActivityKinds.STAFF, LocalDate.parse(date), "专职人员", value);
  }

}
