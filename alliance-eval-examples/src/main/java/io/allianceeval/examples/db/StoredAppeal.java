package io.allianceeval.examples.db;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import java.time.Instant;
import java.util.Optional;

/**
 * An alliance's appeal (复核申请) during publicity, and the office's answer once given.
 *
 * @param code the alliance
 * @param reasons why the alliance asks for a re-check
 * @param filedBy the secretariat's username
 * @param filedAt when
 * @param answer the office's answer, once given
 */
public record StoredAppeal(AllianceCode code, String reasons, String filedBy, Instant filedAt,
    Optional<Answer> answer) {

  /**
   * The office's answer: upheld with a new decided score, or rejected; with its rationale.
   *
   * @param upheld whether the appeal is upheld
   * @param score the new decided score of an upheld appeal; empty for a rejected one
   * @param rationale why
   * @param by the office's username
   * @param at when
   */
  public record Answer(boolean upheld, Optional<Points> score, String rationale, String by,
      Instant at) {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if an upheld answer has no score or a rejected one has one
     */
    public Answer {
      requireNonNull(score, "score");
      requireNonNull(rationale, "rationale");
      requireNonNull(by, "by");
      requireNonNull(at, "at");
      if (upheld != score.isPresent()) {
        throw new IllegalArgumentException(upheld ? "an upheld appeal needs its new score"
            : "a rejected appeal keeps the score");
      }
    }
  }

  /** Checks the parts. */
  public StoredAppeal {
    requireNonNull(code, "code");
    requireNonNull(reasons, "reasons");
    requireNonNull(filedBy, "filedBy");
    requireNonNull(filedAt, "filedAt");
    requireNonNull(answer, "answer");
  }
}
