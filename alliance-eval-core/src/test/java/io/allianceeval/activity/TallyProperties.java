package io.allianceeval.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.allianceeval.model.Alliance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TallyProperties {

  private static final List<Alliance> ALLIANCES = List.of(Alliance.of("105", "TD 联盟"),
      Alliance.of("212", "电动汽车联盟"), Alliance.of("342", "高粱联盟"),
      Alliance.of("D101", "食醋联盟"));
  private static final Tally TALLY = Tally.forYear(2019).withRoster(ALLIANCES);

  @Provide
  Arbitrary<Activity> entries() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 800)
        .map(d -> LocalDate.of(2018, 6, 1).plusDays(d));
    Arbitrary<ActivityKind> kinds = Arbitraries.of(ActivityKinds.standard2019().kinds());
    Arbitrary<String> titles = Arbitraries.of("会议", "会议 ", "会议（一）", "会议(一)", "报道", "标准");
    return Combinators.combine(Arbitraries.of(ALLIANCES), kinds, dates, titles,
        Arbitraries.integers().between(0, 4)).as((a, k, d, t, v) -> k.carriesValue()
            // one value per alliance and day, so that no log holds a conflict
            ? Activity.of(a, k, d, t, (a.code().hashCode() + d.getDayOfYear()) % 5)
            : Activity.of(a, k, d, t));
  }

  @Provide
  Arbitrary<List<Activity>> logs() {
    return entries().list().ofMaxSize(60);
  }

  @Property(tries = 200)
  void shufflingTheLog_changesNothing(@ForAll("logs") List<Activity> log, @ForAll long seed) {
    List<Activity> shuffled = new ArrayList<>(log);
    Collections.shuffle(shuffled, new Random(seed));
    TallyResult a = TALLY.tally(log);
    TallyResult b = TALLY.tally(shuffled);
    assertEquals(a.records(), b.records());
    assertEquals(a.ineligible(), b.ineligible());
    assertEquals(sorted(a.excluded()), sorted(b.excluded()), "the same entries, in log order");
    assertEquals(a.duplicates().size(), b.duplicates().size());
  }

  private static List<String> sorted(List<Activity> entries) {
    return entries.stream().map(Activity::toString).sorted().toList();
  }

  @Property(tries = 200)
  void duplicatingEveryEntry_changesNothing(@ForAll("logs") List<Activity> log) {
    List<Activity> twice = new ArrayList<>(log);
    log.forEach(e -> twice.add(e.withEvidence("副本")));
    TallyResult a = TALLY.tally(log);
    TallyResult b = TALLY.tally(twice);
    assertEquals(a.records(), b.records());
    assertEquals(a.ineligible(), b.ineligible());
    int counted = log.size() - a.excluded().size();
    assertEquals(a.duplicates().size() + counted, b.duplicates().size(),
        "every copy of a counted entry is a duplicate");
  }

  @Property(tries = 200)
  void anEntryOutsideThePeriod_changesNothing(@ForAll("logs") List<Activity> log,
      @ForAll("entries") Activity extra) {
    // events outside the period, and entries of any kind after its end, are never counted;
    // a state entry before the start can still be the latest state, so it is not "outside"
    LocalDate date = extra.kind().isState() || extra.date().getYear() != 2019
        ? LocalDate.of(2020, 1, 1).plusDays(extra.date().getDayOfYear())
        : LocalDate.of(2018, 12, 31).minusDays(extra.date().getDayOfYear());
    Activity outside = new Activity(extra.alliance(), extra.kind(), date, extra.title(),
        extra.evidence(), extra.value());
    List<Activity> more = new ArrayList<>(log);
    more.add(outside);
    TallyResult a = TALLY.tally(log);
    TallyResult b = TALLY.tally(more);
    assertEquals(a.records(), b.records());
    assertEquals(a.ineligible(), b.ineligible());
    assertEquals(a.excluded().size() + 1, b.excluded().size());
  }
}
