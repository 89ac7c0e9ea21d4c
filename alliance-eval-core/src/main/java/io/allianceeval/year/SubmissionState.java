package io.allianceeval.year;

/** Where an alliance's entries of the year stand. */
public enum SubmissionState {
  /** Nothing entered yet. */
  NOT_STARTED,
  /** Entries being made; not submitted. */
  ENTERING,
  /** Submitted (提交) by the secretariat; awaiting the office. */
  SUBMITTED,
  /** Returned (退回修改) by the office with a comment; the secretariat corrects and submits again. */
  RETURNED,
  /** Approved (确认) by the office: the entries the year's records are built from. */
  APPROVED
}
