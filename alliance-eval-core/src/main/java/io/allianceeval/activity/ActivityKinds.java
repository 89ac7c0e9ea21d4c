package io.allianceeval.activity;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.Fact;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Standard2019;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds a log may hold, by name: immutable; {@link #with(ActivityKind)} returns a new catalogue.
 *
 * <p>The {@linkplain #standard2019() standard catalogue} has a kind for each of the 20 facts of the
 * standard 2019 model: the 18 counted facts as events under their own names ({@code
 * council_meetings}, …, {@code media_reports}), {@link #STAFF} and {@link #WEBSITE_UPDATE}. An
 * indicator system of your own gets its catalogue from {@link #forSystem(IndicatorSystem)}: the
 * standard kinds of the facts it reads, and an event kind for each fact of its own.
 *
 * <p>Equal when they hold the same kinds. Hand-written rather than a record: a record would make
 * its map by name public and let a caller put two kinds for one fact.
 */
public final class ActivityKinds {

  /** {@code secretariat_full_time_staff}: the staff count, the latest entry's value. */
  public static final ActivityKind STAFF =
      ActivityKind.latestValue(Standard2019.SECRETARIAT_FULL_TIME_STAFF);

  /**
   * {@code website_update}: a dated update of the website; {@code website_months_since_update} is
   * the whole months from the latest update to the end of the period, blank (no website) with
   * none.
   */
  public static final ActivityKind WEBSITE_UPDATE = ActivityKind.monthsSinceLatest(
      "website_update", Standard2019.WEBSITE_MONTHS_SINCE_UPDATE);

  private static final ActivityKinds STANDARD = forFacts(Standard2019.facts());

  private final Map<String, ActivityKind> byName;

  private ActivityKinds(Map<String, ActivityKind> byName) {
    this.byName = byName;
  }

  /** The kinds of the standard 2019 model, in indicator order. */
  public static ActivityKinds standard2019() {
    return STANDARD;
  }

  /**
   * The kinds that give the facts {@code system} reads, in indicator order: {@link #STAFF} and
   * {@link #WEBSITE_UPDATE} for their facts, an event kind named after every other fact.
   */
  public static ActivityKinds forSystem(IndicatorSystem system) {
    return forFacts(requireNonNull(system, "system").facts());
  }

  /**
   * A catalogue of exactly {@code kinds}.
   *
   * @throws IllegalArgumentException if two kinds share a name or give the same fact
   */
  public static ActivityKinds of(Collection<ActivityKind> kinds) {
    requireNonNull(kinds, "kinds");
    ActivityKinds result = new ActivityKinds(new LinkedHashMap<>());
    for (ActivityKind k : kinds) {
      result.check(requireNonNull(k, "kinds contains null"), null);
      result.byName.put(k.name(), k);
    }
    return new ActivityKinds(Collections.unmodifiableMap(result.byName));
  }

  private static ActivityKinds forFacts(List<Fact> facts) {
    List<ActivityKind> kinds = new ArrayList<>();
    for (Fact f : facts) {
      if (f.equals(STAFF.fact())) {
        kinds.add(STAFF);
      } else if (f.equals(WEBSITE_UPDATE.fact())) {
        kinds.add(WEBSITE_UPDATE);
      } else {
        kinds.add(ActivityKind.event(f));
      }
    }
    return of(kinds);
  }

  /**
   * This catalogue with {@code kind} added, or replacing the kind of the same name.
   *
   * @throws IllegalArgumentException if another kind already gives its fact
   */
  public ActivityKinds with(ActivityKind kind) {
    requireNonNull(kind, "kind");
    check(kind, kind.name());
    Map<String, ActivityKind> copy = new LinkedHashMap<>(byName);
    copy.put(kind.name(), kind);
    return new ActivityKinds(Collections.unmodifiableMap(copy));
  }

  private void check(ActivityKind kind, String replacing) {
    if (replacing == null && byName.containsKey(kind.name())) {
      throw new IllegalArgumentException("activity kind " + kind.name() + " is given twice");
    }
    for (ActivityKind k : byName.values()) {
      if (!k.name().equals(kind.name()) && k.fact().equals(kind.fact())) {
        throw new IllegalArgumentException("activity kinds " + k.name() + " and " + kind.name()
            + " both give the fact " + kind.fact().name());
      }
    }
  }

  /** The kind named {@code name}, if there is one. */
  public Optional<ActivityKind> kind(String name) {
    return Optional.ofNullable(byName.get(requireNonNull(name, "name")));
  }

  /** Every kind, in the order they were given. */
  public List<ActivityKind> kinds() {
    return List.copyOf(byName.values());
  }

  /** Every kind's name, in order: the choices of a log's kind column. */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActivityKinds other && byName.equals(other.byName);
  }

  @Override
  public int hashCode() {
    return byName.hashCode();
  }

  /** {@code ActivityKinds[council_meetings, …, website_update, …]}. */
  @Override
  public String toString() {
    return "ActivityKinds" + names();
  }
}
