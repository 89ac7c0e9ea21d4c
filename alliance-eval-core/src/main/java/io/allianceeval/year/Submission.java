package io.allianceeval.year;

import io.allianceeval.model.AllianceCode;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one alliance's entries of the year stand: the state, the office's last comment on a
 * return, and the reason the office gave when it reopened the alliance (empty when it is not
 * reopened). Changed only through {@link YearRules#apply}.
 *
 * @param alliance the alliance
 * @param state the state
 * @param comment the office's comment with its last return; empty if none
 * @param reopenedBecause the office's reason, while the alliance is reopened; empty otherwise
 */
public record Submission(AllianceCode alliance, SubmissionState state, Optional<String> comment,
    Optional<String> reopenedBecause) {

  /** Checks that no part is null. */
  public Submission {
    Objects.requireNonNull(alliance, "alliance");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(reopenedBecause, "reopenedBecause");
  }

  /** An alliance that has entered nothing yet. */
  public static Submission notStarted(AllianceCode alliance) {
    return new Submission(alliance, SubmissionState.NOT_STARTED, Optional.empty(),
        Optional.empty());
  }

  /** Whether the office has reopened the alliance (and not approved it since). */
  public boolean reopened() {
    return reopenedBecause.isPresent();
  }

  Submission with(SubmissionState next) {
    return new Submission(alliance, next, comment, reopenedBecause);
  }
}
