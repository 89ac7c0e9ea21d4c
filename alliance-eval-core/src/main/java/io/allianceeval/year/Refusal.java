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
  PUBLICITY_NOT_OVER("publicity has not ended yet"),
  /** Round 1 opens only once the rounds are planned. */
  NO_ASSIGNMENT("the rounds are not planned: make the assignment first"),
  /** Publicity opens only when every flagged alliance has its decision. */
  UNRESOLVED_FLAGS("flagged alliances await the collective review's decision"),
  /** The year is published only when every appeal is answered. */
  UNANSWERED_APPEALS("appeals await the office's answer"),
  /** An expert never sees or scores an alliance he or she is affiliated with. */
  AFFILIATED("an expert never scores an alliance he or she is affiliated with"),
  /** The alliance is not the expert's to score in that round. */
  NOT_ASSIGNED("the alliance is not assigned to this expert in this round"),
  /** Scores are read and written only while their round is open. */
  ROUND_NOT_OPEN("the round is not open"),
  /** A submitted sheet changes only after the office reopens it. */
  SHEET_SUBMITTED("the score sheet is submitted; only the office can reopen it"),
  /** Only a submitted sheet can be reopened. */
  SHEET_NOT_SUBMITTED("the score sheet has not been submitted"),
  /** A sheet is submitted only when every assigned alliance is scored. */
  SHEET_INCOMPLETE("the score sheet is incomplete: score every assigned alliance first"),
  /** Only a flagged alliance is decided in the collective review. */
  NOT_FLAGGED("only a flagged alliance is decided in the collective review"),
  /** A decision or an answer to an appeal needs its rationale. */
  RATIONALE_REQUIRED("a decision or an answer needs its rationale"),
  /** An appeal needs its reasons. */
  REASONS_REQUIRED("an appeal needs its reasons"),
  /** An alliance files one appeal a year. */
  APPEAL_FILED("an appeal was filed already; an alliance files one"),
  /** Appeals are filed during publicity, before its end. */
  NOT_IN_PUBLICITY("appeals are filed during publicity, before its end"),
  /** There is no appeal to answer. */
  NO_APPEAL("no appeal has been filed"),
  /** The appeal is answered already. */
  APPEAL_ANSWERED("the appeal is answered already"),
  /** A secretariat sees its results once publicity opens. */
  RESULTS_NOT_OPEN("the results are shown once publicity opens"),
  /** The year's report is shown to every account once the year is published. */
  NOT_PUBLISHED("the year is not published yet");

  private final String sentence;

  Refusal(String sentence) {
    this.sentence = sentence;
  }

  /**
   * Whether the refusal is about who acts rather than when: the role, another alliance, an
   * affiliated or unassigned alliance. An adapter answers these as forbidden (HTTP 403) and the
   * others as a conflict with the year's state (409).
   */
  public boolean concernsWho() {
    return this == ROLE_MAY_NOT || this == OTHER_ALLIANCE || this == AFFILIATED
        || this == NOT_ASSIGNED;
  }

  @Override
  public String toString() {
    return sentence;
  }
}
