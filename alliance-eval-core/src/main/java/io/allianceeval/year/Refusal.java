package io.allianceeval.year;

/**
 * Why a step of the year is refused. {@link #toString()} is a sentence in English; an adapter that
 * speaks another language keys its messages by the constant.
 */
public enum Refusal {
  /** The role may not take this step at all. */
  ROLE_MAY_NOT("this role may not do that"),
  /** A secretariat acting on another alliance. */
  OTHER_ALLIANCE("a secretariat may act for its own alliance only"),
  /** The year is locked: nothing changes until the office reopens the year. */
  YEAR_LOCKED("the year is locked"),
  /** The deadline for entries has passed and the office has not reopened the alliance. */
  DEADLINE_PASSED("the deadline for entries has passed; the office may reopen the alliance"),
  /** The alliance has submitted and awaits the office's decision. */
  AWAITING_OFFICE("the entries are submitted and await the office's decision"),
  /** The alliance is approved: the office must reopen it first. */
  APPROVED("the entries are approved; the office must reopen the alliance first"),
  /** Nothing has been entered, so there is nothing to submit. */
  NOTHING_ENTERED("nothing has been entered"),
  /** Only a submission can be approved or returned. */
  NOT_SUBMITTED("the entries have not been submitted"),
  /** Returning needs a comment that says what to correct. */
  COMMENT_REQUIRED("a return needs a comment that says what to correct"),
  /** Reopening needs a reason. */
  REASON_REQUIRED("reopening needs a reason"),
  /** The alliance is open for entries already. */
  ALREADY_OPEN("the alliance is open for entries already"),
  /** The year is locked already. */
  ALREADY_LOCKED("the year is locked already"),
  /** The year cannot be locked before the deadline for entries. */
  BEFORE_DEADLINE("the deadline for entries has not passed"),
  /** The year cannot be locked while submissions await the office's decision. */
  UNDECIDED_SUBMISSIONS("submissions await the office's decision"),
  /** Only a locked year can be reopened. */
  NOT_LOCKED("the year is not locked"),
  /** The step does not follow the year's current phase. */
  WRONG_PHASE("that step does not follow the year's current phase"),
  /** The year is published: nothing changes any more. */
  PUBLISHED("the year is published; nothing changes any more"),
  /** A round with missing score sheets closes only with a reason that records who and why. */
  MISSING_SHEETS("score sheets are missing: closing the round needs a reason that records who "
      + "is missing and why"),
  /** Publicity needs an end after the moment it opens. */
  PUBLICITY_END_REQUIRED("publicity needs an end date after now"),
  /** The year is published only after publicity has ended. */
  PUBLICITY_NOT_OVER("publicity has not ended yet");

  private final String sentence;

  Refusal(String sentence) {
    this.sentence = sentence;
  }

  @Override
  public String toString() {
    return sentence;
  }
}
