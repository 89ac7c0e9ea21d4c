package io.allianceeval.review;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException.Problem;
import io.allianceeval.model.Points;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.TierScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Checks a review's score entries and decisions against the panel, the assignment, the indicator
 * system and the tier scheme, and adds up each expert's total. Every problem is collected; entry
 * problems carry the entries' positions.
 */
final class EntryCheck {

  /** An entry's key: one expert's total, or one indicator of it, for one alliance and round. */
  private record EntryKey(ExpertTotals.Key total, Optional<String> indicator) {}

  private final Panel panel;
  private final SortedMap<AllianceCode, Alliance> alliances;
  private final IndicatorSystem system;
  private final List<ScoreEntry> entries;
  private final List<Problem> problems;

  EntryCheck(Panel panel, SortedMap<AllianceCode, Alliance> alliances, IndicatorSystem system,
      List<ScoreEntry> entries, List<Problem> problems) {
    this.panel = panel;
    this.alliances = alliances;
    this.system = system;
    this.entries = entries;
    this.problems = problems;
  }

  /**
   * Checks every entry and returns the expert totals of the valid ones.
   *
   * @param assignment the assignment entries are checked against
   * @param given whether the assignment was given (rather than inferred from the entries)
   * @param reported positions of entries the inference reported already
   */
  ExpertTotals totals(Assignment assignment, boolean given, Set<Integer> reported) {
    Map<EntryKey, List<Integer>> positions = new LinkedHashMap<>();
    Map<ExpertTotals.Key, List<Integer>> positionsByTotal = new HashMap<>();
    Map<ExpertTotals.Key, Map<String, Points>> perIndicator = new TreeMap<>(KEY_ORDER);
    Map<ExpertTotals.Key, Points> totals = new TreeMap<>(KEY_ORDER);
    for (int i = 0; i < entries.size(); i++) {
      ScoreEntry e = entries.get(i);
      Problem problem = problem(e, i, assignment, given, reported);
      if (problem != null) {
        if (problem != ALREADY_REPORTED) {
          problems.add(problem);
        }
        continue;
      }
      ExpertTotals.Key key = new ExpertTotals.Key(e.round(), e.expertId(), e.code());
      positions.computeIfAbsent(new EntryKey(key, e.indicator()), k -> new ArrayList<>()).add(i);
      positionsByTotal.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      Points points = e.points();
      if (e.indicator().isPresent()) {
        perIndicator.computeIfAbsent(key, k -> new TreeMap<>()).put(e.indicator().get(), points);
      } else {
        totals.put(key, points);
      }
    }
    positions.forEach((k, at) -> {
      if (at.size() > 1) {
        problems.add(Problem.at(at, "round " + k.total().round().number() + ", expert "
            + k.total().expertId() + ", alliance " + k.total().code() + ", "
            + k.indicator().map(x -> "indicator " + x).orElse("total") + ": entered " + at.size()
            + " times"));
      }
    });
    ExpertTotals out = new ExpertTotals(alliances.keySet());
    Map<ExpertTotals.Key, Points> all = new TreeMap<>(KEY_ORDER);
    all.putAll(totals);
    perIndicator.keySet().forEach(k -> all.putIfAbsent(k, null));
    for (ExpertTotals.Key key : all.keySet()) {
      List<Integer> at = positionsByTotal.get(key);
      String who = "round " + key.round().number() + ", expert " + key.expertId() + ", alliance "
          + key.code();
      if (perIndicator.containsKey(key) && totals.containsKey(key)) {
        problems.add(Problem.at(at, who + ": both a total and indicator points; enter one or the "
            + "other"));
        continue;
      }
      Points total = totals.get(key);
      if (total == null) {
        Map<String, Points> points = perIndicator.get(key);
        List<String> missing = new ArrayList<>();
        system.indicators().forEach(ind -> {
          if (!points.containsKey(ind.id())) {
            missing.add(ind.id());
          }
        });
        if (!missing.isEmpty()) {
          problems.add(Problem.at(at, who + ": no valid indicator points for " + missing));
          continue;
        }
        total = points.values().stream().reduce(Points.ZERO, Points::plus);
      }
      out.put(key, total);
    }
    for (AllianceCode code : alliances.keySet()) {
      for (Round r : Round.values()) {
        if (out.of(r, code).isEmpty() && assignment.groups(code).isPresent()) {
          boolean hadEntries = entries.stream().anyMatch(e -> e.code().equals(code)
              && e.round() == r);
          if (!hadEntries) {
            problems.add(Problem.of("alliance " + alliances.get(code) + ", round " + r.number()
                + ": no scores from group " + assignment.groups(code).get().of(r) + " ("
                + String.join(", ", assignment.experts(code, r).stream().map(Expert::id).toList())
                + ")"));
          }
        }
      }
      if (given && assignment.groups(code).isEmpty()) {
        problems.add(Problem.of("alliance " + alliances.get(code) + ": not assigned to a group"));
      }
    }
    return out;
  }

  private static final Comparator<ExpertTotals.Key> KEY_ORDER =
      Comparator.comparing(ExpertTotals.Key::round)
          .thenComparing(ExpertTotals.Key::expertId)
          .thenComparing(ExpertTotals.Key::code);

  /** Stands for an entry the assignment's inference has reported already. */
  private static final Problem ALREADY_REPORTED = Problem.of("reported by the inference");

  /**
   * The problem of entry {@code i} with the panel, conflicts, the assignment or the range; {@link
   * #ALREADY_REPORTED} for one the inference reported; null for a valid entry.
   */
  private Problem problem(ScoreEntry e, int i, Assignment assignment, boolean given,
      Set<Integer> reported) {
    Optional<Expert> expert = panel.expert(e.expertId());
    Alliance alliance = alliances.get(e.code());
    String round = "round " + e.round().number();
    String who = expert.map(x -> "expert " + x.id() + " " + x.name())
        .orElse("expert " + e.expertId());
    String what = alliance != null ? "alliance " + alliance : "alliance " + e.code();
    if (expert.isEmpty()) {
      return Problem.at(List.of(i), "expert", round + ", " + what + ": no expert '"
          + e.expertId() + "' on the panel");
    }
    if (alliance == null) {
      return Problem.at(List.of(i), "code", round + ", " + who + ": alliance " + e.code()
          + " is not under review");
    }
    if (expert.get().isAffiliatedWith(e.code())) {
      return Problem.at(List.of(i), "expert", round + ": " + who + " is affiliated with "
          + what + " and must not score it");
    }
    if (reported.contains(i)) {
      return ALREADY_REPORTED;
    }
    if (!assignment.isAssigned(expert.get(), e.code(), e.round())) {
      if (!given && assignment.groups(e.code()).isEmpty()) {
        return ALREADY_REPORTED; // the inference has reported why the alliance has no groups
      }
      String group = assignment.groups(e.code()).map(g -> g.of(e.round())).orElse(null);
      return Problem.at(List.of(i), "expert", round + ": " + who + " is not assigned to "
          + what + (group == null ? " (it is not assigned)" : " (group " + group + " scores it; "
              + e.expertId() + " is in group " + panel.groupOf(e.expertId()).get() + ")"));
    }
    Points max;
    if (e.indicator().isPresent()) {
      String id = e.indicator().get();
      if (!system.hasIndicator(id)) {
        return Problem.at(List.of(i), "indicator", round + ", " + who + ", " + what
            + ": no indicator '" + id + "' in " + system.name());
      }
      max = system.indicator(id).maxPoints();
    } else {
      max = system.total();
    }
    Points points = e.points();
    if (points.isNegative() || points.compareTo(max) > 0) {
      return Problem.at(List.of(i), "points", round + ", " + who + ", " + what + ", "
          + e.indicator().map(x -> "indicator " + x).orElse("total") + ": points must be from 0 to "
          + max + ": " + points);
    }
    return null;
  }

  /** Checks the decisions: each for an alliance under review, within the scheme, one per alliance. */
  void decisions(List<Decision> decisions, TierScheme scheme) {
    Map<AllianceCode, Integer> decided = new TreeMap<>();
    for (Decision d : decisions) {
      decided.merge(d.code(), 1, Integer::sum);
      if (!alliances.containsKey(d.code())) {
        problems.add(Problem.of("decision for alliance " + d.code() + ": it is not under review"));
      } else if (!scheme.accepts(d.score())) {
        problems.add(Problem.of("decision for alliance " + alliances.get(d.code())
            + ": score must be from " + scheme.minimum() + " to " + scheme.maximum() + ": "
            + d.score()));
      }
    }
    decided.forEach((c, n) -> {
      if (n > 1) {
        problems.add(Problem.of("alliance " + c + ": " + n + " decisions, expected one"));
      }
    });
  }
}
