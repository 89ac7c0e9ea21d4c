package io.allianceeval.activity;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.Alliance;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One entry of the dynamic information database (联盟动态信息数据库): what an alliance did, when,
 * and where it can be checked — a council meeting, a project, a standard, a media report; or, for
 * a state kind, the staff count on a day or the day the website was updated.
 *
 * <p>Two entries are <em>duplicates</em> when they have the same alliance code, kind and date and
 * the same title after Unicode NFKC normalisation and trimming (and, for a kind that carries a
 * value, the same value); evidence does not matter. A {@link Tally} counts duplicates once.
 *
 * @param alliance the alliance that made the entry
 * @param kind what the entry records
 * @param date the day it happened
 * @param title what it was, as entered ("第三届理事会第二次会议")
 * @param evidence a link or document reference, if one was entered
 * @param value the value of a kind that {@linkplain ActivityKind#carriesValue() carries one}
 *     (a whole number of at least 0); empty for every other kind
 */
public record Activity(Alliance alliance, ActivityKind kind, LocalDate date, String title,
    Optional<String> evidence, OptionalInt value) {

  /**
   * Checks the entry.
   *
   * @throws IllegalArgumentException naming the alliance and the kind, if the title is blank, the
   *     value is negative, or a value is given for a kind that carries none or missing for one that
   *     does
   */
  public Activity {
    requireNonNull(alliance, "alliance");
    requireNonNull(kind, "kind");
    requireNonNull(date, "date");
    requireNonNull(title, "title");
    requireNonNull(evidence, "evidence");
    requireNonNull(value, "value");
    String where = "alliance " + alliance.code() + ", " + kind.name() + " on " + date + ": ";
    if (title.isBlank()) {
      throw new IllegalArgumentException(where + "title must not be blank");
    }
    if (kind.carriesValue() && value.isEmpty()) {
      throw new IllegalArgumentException(where + "a value is required (a whole number of at "
          + "least 0)");
    }
    if (!kind.carriesValue() && value.isPresent()) {
      throw new IllegalArgumentException(where + "takes no value, found " + value.getAsInt());
    }
    if (value.isPresent() && value.getAsInt() < 0) {
      throw new IllegalArgumentException(where + "value must be a whole number of at least 0: "
          + value.getAsInt());
    }
    evidence = evidence.map(String::strip).filter(e -> !e.isEmpty());
  }

  /** An entry of a kind that carries no value, without evidence. */
  public static Activity of(Alliance alliance, ActivityKind kind, LocalDate date, String title) {
    return new Activity(alliance, kind, date, title, Optional.empty(), OptionalInt.empty());
  }

  /** An entry of a kind that carries a value, without evidence. */
  public static Activity of(Alliance alliance, ActivityKind kind, LocalDate date, String title,
      int value) {
    return new Activity(alliance, kind, date, title, Optional.empty(), OptionalInt.of(value));
  }

  /** This entry with {@code evidence} (a link or document reference); blank means none. */
  public Activity withEvidence(String evidence) {
    return new Activity(alliance, kind, date, title, Optional.of(requireNonNull(evidence,
        "evidence")), value);
  }

  /**
   * The title as duplicates are compared: Unicode NFKC, trimmed. {@code " 报道(一) "} and {@code
   * "报道（一）"} give the same text. A store that keeps entries can make this part of its uniqueness
   * rule, so that it holds duplicates as the tally counts them.
   */
  public String normalizedTitle() {
    String t = title.strip();
    return Normalizer.isNormalized(t, Normalizer.Form.NFKC) ? t
        : Normalizer.normalize(t, Normalizer.Form.NFKC).strip();
  }

  /** {@code 342 2019-06-03 secretariat_meetings 第二次秘书处工作会议} ({@code = 3} for a value). */
  @Override
  public String toString() {
    return alliance.code() + " " + date + " " + kind.name() + " " + title
        + (value.isPresent() ? " = " + value.getAsInt() : "");
  }
}
