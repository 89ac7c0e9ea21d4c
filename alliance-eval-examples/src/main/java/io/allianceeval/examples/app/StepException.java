package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

/**
 * A step of the evaluation year that cannot be taken for a reason other than the year's rules
 * ({@link io.allianceeval.year.StepRefusedException}) or bad input ({@link
 * io.allianceeval.examples.io.BadInputException}): what it names does not exist, is there already,
 * or the password given is not the account's. Adapters say it in the user's language by {@link
 * #reason()}'s constant, filling in {@link #subject()}.
 */
public final class StepException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why, each with its English sentence ({@code %s} is the subject). */
  public enum Reason {
    /** No such evaluation year. */
    NO_SUCH_YEAR(Kind.NOT_FOUND, "no evaluation year %s has been opened"),
    /** No such alliance. */
    NO_SUCH_ALLIANCE(Kind.NOT_FOUND, "no alliance %s is registered"),
    /** No such entry of that alliance. */
    NO_SUCH_ENTRY(Kind.NOT_FOUND, "alliance has no entry %s"),
    /** No such round: the review has rounds 1 and 2. */
    NO_SUCH_ROUND(Kind.NOT_FOUND, "no round %s: the review has rounds 1 and 2"),
    /** No such expert on the year's panel. */
    NO_SUCH_EXPERT(Kind.NOT_FOUND, "no expert %s on the year's panel"),
    /** The expert account is not on the year's panel. */
    NOT_ON_PANEL(Kind.FORBIDDEN, "this account is not on the panel of year %s"),
    /** The review cannot be computed from the scores stored. */
    REVIEW_INCOMPLETE(Kind.CONFLICT, "the review cannot be computed yet: %s"),
    /** The alliance took no part in the year's review. */
    NOT_REVIEWED(Kind.NOT_FOUND, "alliance %s took no part in the year's review"),
    /** No such account. */
    NO_SUCH_ACCOUNT(Kind.NOT_FOUND, "no account %s"),
    /** The year is open already. */
    YEAR_EXISTS(Kind.CONFLICT, "evaluation year %s is open already"),
    /** The username is taken. */
    USERNAME_TAKEN(Kind.CONFLICT, "the username %s is taken"),
    /** The same entry is stored already. */
    SAME_ENTRY(Kind.CONFLICT, "the same entry is stored already as entry %s"),
    /** The year's result exists only once it is locked. */
    NOT_LOCKED(Kind.CONFLICT, "evaluation year %s is not locked: its result comes after the lock"),
    /** The current password given is wrong. */
    WRONG_PASSWORD(Kind.FORBIDDEN, "the current password is not right"),
    /** The account may not do this at all. */
    FORBIDDEN(Kind.FORBIDDEN, "this account may not %s");

    private final Kind kind;
    private final String english;

    Reason(Kind kind, String english) {
      this.kind = kind;
      this.english = english;
    }

    /** What sort of failure it is. */
    public Kind kind() {
      return kind;
    }
  }

  /** What sort of failure: an adapter's status (404, 409, 403). */
  public enum Kind {
    /** What the step names does not exist. */
    NOT_FOUND,
    /** The step collides with what is there. */
    CONFLICT,
    /** The account may not take the step. */
    FORBIDDEN
  }

  private final Reason reason;
  private final String subject;

  /** The step failed for {@code reason}, about {@code subject} (a year, code, id, name). */
  public StepException(Reason reason, Object subject) {
    super(String.format(requireNonNull(reason, "reason").english, subject));
    this.reason = reason;
    this.subject = String.valueOf(subject);
  }

  /** Why. */
  public Reason reason() {
    return reason;
  }

  /** What it is about: a year, a code, an id, a username. */
  public String subject() {
    return subject;
  }
}
