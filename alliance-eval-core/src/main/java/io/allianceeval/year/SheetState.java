package io.allianceeval.year;

/** Where an expert's score sheet of one round stands. */
public enum SheetState {
  /** Nothing saved yet. */
  NOT_STARTED,
  /** Scores saved as a draft; the expert may still change them. */
  DRAFT,
  /** Submitted: the scores change only after the office reopens the sheet. */
  SUBMITTED
}
