package io.allianceeval.review;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Each expert's bias, estimated with its uncertainty, and the marks outside the corridor around
 * the other experts' marks (revNorm's simple model; the ISU's corridor).
 *
 * <p><b>The model.</b> Every mark is the alliance's level plus the expert's bias plus noise: {@code
 * mark = level(alliance) + bias(expert) + ε}, with one level per alliance over both rounds — an
 * alliance scored by one group in round 1 and another in round 2 is what links the groups. The
 * levels and biases are the least-squares solution, with the biases of each connected part of the
 * design (experts linked by the alliances they share) summing to zero. Each bias has a standard
 * error from the residual variance of the fit: {@code σ̂²} = the residual sum of squares over its
 * degrees of freedom (marks − alliances − experts + parts). An expert who shares no alliance with
 * another has no estimate.
 *
 * <p><b>The corridor.</b> A mark is flagged when it lies outside a corridor around the mean of the
 * other experts' marks on the same alliance in the same round: wider than a number of points, or
 * than a number of residual standard deviations {@code σ̂}. Each expert's count of flagged marks is
 * given with the estimate.
 *
 * <p>Estimates are statistics, computed in double precision and reported as such; a correction
 * that subtracts a bias from a mark rounds it to the points' resolution first ({@link
 * Estimate#rounded()}). Immutable; deterministic for the same marks in any order.
 */
public final class ExpertBias {

  /**
   * One mark: the total an expert gave an alliance in a round.
   *
   * @param expertId the expert
   * @param code the alliance
   * @param round the round
   * @param points the total
   */
  public record Mark(String expertId, AllianceCode code, Round round, Points points) {
    /** Checks the parts. */
    public Mark {
      requireNonNull(expertId, "expertId");
      requireNonNull(code, "code");
      requireNonNull(round, "round");
      requireNonNull(points, "points");
    }
  }

  /**
   * An expert's estimated bias.
   *
   * @param expertId the expert
   * @param bias the estimated bias in points: positive for a lenient expert, negative for a harsh
   *     one
   * @param standardError its standard error (NaN when the fit leaves no degree of freedom)
   * @param marks the expert's marks in the estimate
   * @param flagged how many of them lie outside the corridor
   */
  public record Estimate(String expertId, double bias, double standardError, int marks,
      int flagged) {
    /** The bias rounded half-up to 0.01, as a correction subtracts it. */
    public Points rounded() {
      return Points.roundHalfUp(java.math.BigDecimal.valueOf(bias));
    }
  }

  /**
   * A mark outside the corridor.
   *
   * @param mark the mark
   * @param othersMean the mean of the other experts' marks on the same alliance in the same round
   * @param deviation the mark minus that mean
   */
  public record Flag(Mark mark, double othersMean, double deviation) {}

  /** How wide the corridor is around the other experts' mean. */
  public sealed interface Corridor {
    /** A corridor of {@code points} either side. */
    static Corridor points(Points points) {
      return new InPoints(points);
    }

    /** A corridor of {@code k} residual standard deviations either side. */
    static Corridor standardDeviations(double k) {
      return new InDeviations(k);
    }
  }

  /** A corridor in points. */
  record InPoints(Points points) implements Corridor {
    InPoints {
      requireNonNull(points, "points");
      if (!points.isPositive()) {
        throw new IllegalArgumentException("a corridor needs a positive width: " + points);
      }
    }
  }

  /** A corridor in residual standard deviations. */
  record InDeviations(double k) implements Corridor {
    InDeviations {
      if (!(k > 0) || Double.isInfinite(k)) {
        throw new IllegalArgumentException("a corridor needs a positive width: " + k);
      }
    }
  }

  private final SortedMap<String, Optional<Estimate>> estimates;
  private final double residualStandardDeviation;
  private final List<Flag> flags;

  private ExpertBias(SortedMap<String, Optional<Estimate>> estimates, double sigma,
      List<Flag> flags) {
    this.estimates = Collections.unmodifiableSortedMap(estimates);
    this.residualStandardDeviation = sigma;
    this.flags = List.copyOf(flags);
  }

  /**
   * Estimates the biases of the experts who gave {@code marks}, and flags the marks outside
   * {@code corridor}.
   *
   * @throws IllegalArgumentException if an expert marks the same alliance twice in one round
   */
  public static ExpertBias estimate(Collection<Mark> marks, Corridor corridor) {
    requireNonNull(marks, "marks");
    requireNonNull(corridor, "corridor");
    List<Mark> list = new ArrayList<>(marks);
    list.sort(java.util.Comparator.comparing(Mark::expertId).thenComparing(Mark::code)
        .thenComparing(Mark::round));
    for (int i = 1; i < list.size(); i++) {
      Mark a = list.get(i - 1);
      Mark b = list.get(i);
      if (a.expertId().equals(b.expertId()) && a.code().equals(b.code())
          && a.round() == b.round()) {
        throw new IllegalArgumentException("expert " + a.expertId() + " marks alliance "
            + a.code() + " twice in round " + a.round().number());
      }
    }
    Fit fit = Fit.of(list);
    double sigma = fit.sigma();
    double width = corridor instanceof InPoints p ? p.points().toDouble()
        : ((InDeviations) corridor).k() * sigma;
    List<Flag> flags = new ArrayList<>();
    Map<String, Integer> flagged = new HashMap<>();
    Map<String, List<Mark>> byAllianceRound = new LinkedHashMap<>();
    for (Mark m : list) {
      byAllianceRound.computeIfAbsent(m.code() + "/" + m.round(), k -> new ArrayList<>()).add(m);
    }
    for (List<Mark> same : byAllianceRound.values()) {
      if (same.size() < 2) {
        continue;
      }
      double sum = same.stream().mapToDouble(m -> m.points().toDouble()).sum();
      for (Mark m : same) {
        double othersMean = (sum - m.points().toDouble()) / (same.size() - 1);
        double deviation = m.points().toDouble() - othersMean;
        if (Math.abs(deviation) > width) {
          flags.add(new Flag(m, othersMean, deviation));
          flagged.merge(m.expertId(), 1, Integer::sum);
        }
      }
    }
    SortedMap<String, Optional<Estimate>> estimates = new TreeMap<>();
    for (String id : fit.experts()) {
      estimates.put(id, fit.bias(id).map(b -> new Estimate(id, b, fit.standardError(id),
          fit.marks(id), flagged.getOrDefault(id, 0))));
    }
    return new ExpertBias(estimates, sigma, flags);
  }

  /** Every expert who gave a mark, by id, with an estimate or empty when not estimable. */
  public SortedMap<String, Optional<Estimate>> estimates() {
    return estimates;
  }

  /** The estimate of {@code expertId}, if there is one. */
  public Optional<Estimate> of(String expertId) {
    return estimates.getOrDefault(requireNonNull(expertId, "expertId"), Optional.empty());
  }

  /** The residual standard deviation {@code σ̂} of the fit (NaN without degrees of freedom). */
  public double residualStandardDeviation() {
    return residualStandardDeviation;
  }

  /** The marks outside the corridor, by expert, alliance and round. */
  public List<Flag> flags() {
    return flags;
  }

  /** {@code ExpertBias{12 experts, σ 1.15, 3 flags}}. */
  @Override
  public String toString() {
    return "ExpertBias{" + estimates.size() + " experts, σ " + String.format(
        java.util.Locale.ROOT, "%.2f", residualStandardDeviation) + ", " + flags.size()
        + " flags}";
  }

  /** The least-squares fit of levels and biases, part by connected part of the design. */
  private static final class Fit {
    private final List<String> experts;
    private final Map<String, Double> bias = new HashMap<>();
    private final Map<String, Double> variance = new HashMap<>(); // C⁺ diagonal
    private final Map<String, Integer> marks = new HashMap<>();
    private double sigma = Double.NaN;

    private Fit(List<String> experts) {
      this.experts = experts;
    }

    static Fit of(List<Mark> marks) {
      Map<String, List<Mark>> byExpert = new TreeMap<>();
      Map<AllianceCode, List<Mark>> byAlliance = new TreeMap<>();
      for (Mark m : marks) {
        byExpert.computeIfAbsent(m.expertId(), k -> new ArrayList<>()).add(m);
        byAlliance.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(m);
      }
      Fit fit = new Fit(new ArrayList<>(byExpert.keySet()));
      byExpert.forEach((id, l) -> fit.marks.put(id, l.size()));
      double rss = 0;
      int df = 0;
      for (List<String> part : parts(byExpert, byAlliance)) {
        Map<AllianceCode, List<Mark>> alliances = new TreeMap<>();
        for (String id : part) {
          for (Mark m : byExpert.get(id)) {
            alliances.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(m);
          }
        }
        int n = 0;
        for (List<Mark> l : alliances.values()) {
          n += l.size();
        }
        if (part.size() < 2) {
          continue;
        }
        double[] b = fit.solve(part, byExpert, alliances);
        for (int i = 0; i < part.size(); i++) {
          fit.bias.put(part.get(i), b[i]);
        }
        for (List<Mark> l : alliances.values()) {
          double level = 0;
          for (Mark m : l) {
            level += m.points().toDouble() - fit.bias.get(m.expertId());
          }
          level /= l.size();
          for (Mark m : l) {
            double r = m.points().toDouble() - level - fit.bias.get(m.expertId());
            rss += r * r;
          }
        }
        df += n - alliances.size() - part.size() + 1;
      }
      fit.sigma = df > 0 ? Math.sqrt(rss / df) : Double.NaN;
      return fit;
    }

    /** The experts linked by shared alliances, each part ordered by id. */
    private static List<List<String>> parts(Map<String, List<Mark>> byExpert,
        Map<AllianceCode, List<Mark>> byAlliance) {
      List<List<String>> parts = new ArrayList<>();
      Map<String, Boolean> seen = new HashMap<>();
      for (String start : byExpert.keySet()) {
        if (seen.containsKey(start)) {
          continue;
        }
        List<String> part = new ArrayList<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        seen.put(start, true);
        while (!todo.isEmpty()) {
          String id = todo.pop();
          part.add(id);
          for (Mark m : byExpert.get(id)) {
            for (Mark o : byAlliance.get(m.code())) {
              if (seen.putIfAbsent(o.expertId(), true) == null) {
                todo.push(o.expertId());
              }
            }
          }
        }
        Collections.sort(part);
        parts.add(part);
      }
      return parts;
    }

    /**
     * Solves the reduced normal equations {@code C b = q} of one part with {@code Σ b = 0}: {@code
     * C = diag(n_e) − N diag(1/n_a) Nᵀ}, {@code q_e = Σ y_e − Σ_a N_ea ȳ_a}; through {@code (C +
     * 11ᵀ/m)⁻¹ = C⁺ + 11ᵀ/m}, which also gives the variances {@code C⁺_ee}.
     */
    private double[] solve(List<String> part, Map<String, List<Mark>> byExpert,
        Map<AllianceCode, List<Mark>> alliances) {
      int m = part.size();
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < m; i++) {
        index.put(part.get(i), i);
      }
      double[][] c = new double[m][m];
      double[] q = new double[m];
      for (List<Mark> l : alliances.values()) {
        double mean = l.stream().mapToDouble(x -> x.points().toDouble()).average().orElseThrow();
        for (Mark x : l) {
          int i = index.get(x.expertId());
          c[i][i] += 1;
          q[i] += x.points().toDouble() - mean;
          for (Mark y : l) {
            c[i][index.get(y.expertId())] -= 1.0 / l.size();
          }
        }
      }
      double[][] a = new double[m][2 * m];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          a[i][j] = c[i][j] + 1.0 / m;
        }
        a[i][m + i] = 1;
      }
      for (int col = 0; col < m; col++) { // Gauss-Jordan with partial pivoting
        int pivot = col;
        for (int r = col + 1; r < m; r++) {
          if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
            pivot = r;
          }
        }
        double[] t = a[col];
        a[col] = a[pivot];
        a[pivot] = t;
        double p = a[col][col];
        for (int j = 0; j < 2 * m; j++) {
          a[col][j] /= p;
        }
        for (int r = 0; r < m; r++) {
          if (r != col && a[r][col] != 0) {
            double f = a[r][col];
            for (int j = 0; j < 2 * m; j++) {
              a[r][j] -= f * a[col][j];
            }
          }
        }
      }
      double[] b = new double[m];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          b[i] += a[i][m + j] * q[j];
        }
        variance.put(part.get(i), a[i][m + i] - 1.0 / m);
      }
      return b;
    }

    List<String> experts() {
      return experts;
    }

    Optional<Double> bias(String id) {
      return Optional.ofNullable(bias.get(id));
    }

    double standardError(String id) {
      return sigma * Math.sqrt(Math.max(0, variance.get(id)));
    }

    int marks(String id) {
      return marks.get(id);
    }

    double sigma() {
      return sigma;
    }
  }
}
