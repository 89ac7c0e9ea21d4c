package io.allianceeval.activity;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.Fact;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorGroup;
import io.allianceeval.scoring.IndicatorPolicy;
import io.allianceeval.scoring.IndicatorSystem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which alliances take part (参评): whether an alliance's entries "meet the evaluation
 * requirements" (录入信息达到评价要求). An alliance the rule refuses is a non-participant, with the
 * rule's reason.
 *
 * <p>The {@linkplain #anyEntry() default} asks for at least one entry dated in the period. A
 * stricter rule is one line: {@code Eligibility.entryInEachGroup(system)}, {@code
 * Eligibility.atLeast(5)}, or a lambda.
 *
 * <h2>Specification for implementors</h2>
 *
 * <p>{@link #refusal} must be a pure function of its argument: no side effects, the same answer for
 * the same entries, safe to call from many threads at once, and it must not modify the list. It is
 * called once per alliance, with that alliance's entries dated in the period, duplicates removed,
 * in date order (entries of one day in log order); the list may be empty.
 */
@FunctionalInterface
public interface Eligibility {

  /** Empty if the alliance takes part; otherwise why it does not, in words. */
  Optional<String> refusal(List<Activity> entriesInPeriod);

  /** At least one entry dated in the period: the default. */
  static Eligibility anyEntry() {
    return atLeast(1);
  }

  /**
   * At least {@code entries} entries dated in the period.
   *
   * @throws IllegalArgumentException if {@code entries} is less than 1
   */
  static Eligibility atLeast(int entries) {
    if (entries < 1) {
      throw new IllegalArgumentException("an eligibility rule needs at least 1 entry: " + entries);
    }
    return list -> list.size() >= entries ? Optional.empty()
        : Optional.of(entries == 1 ? "no entry dated in the period"
            : list.size() + " entries dated in the period, at least " + entries + " required");
  }

  /**
   * At least one entry dated in the period for each first-level indicator group of {@code system}
   * (organisation, collaborative innovation, industry impact in the standard model): an entry
   * counts for the groups whose indicators read its kind's fact.
   */
  static Eligibility entryInEachGroup(IndicatorSystem system) {
    requireNonNull(system, "system");
    List<IndicatorGroup> groups = system.groups();
    List<Set<Fact>> factsOf = new ArrayList<>();
    for (IndicatorGroup g : groups) {
      Set<Fact> facts = new HashSet<>();
      for (Indicator i : system.indicators(g)) {
        IndicatorPolicy p = system.policy(i.id());
        facts.addAll(p.requiredFacts());
        facts.addAll(p.optionalFacts());
      }
      factsOf.add(facts);
    }
    return list -> {
      List<String> without = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        Set<Fact> facts = factsOf.get(g);
        if (list.stream().noneMatch(a -> facts.contains(a.kind().fact()))) {
          without.add(groups.get(g).id() + " " + groups.get(g).chineseName());
        }
      }
      return without.isEmpty() ? Optional.empty()
          : Optional.of("no entry dated in the period for " + String.join(", ", without));
    };
  }
}
