package io.allianceeval.year;

/** What someone does to an alliance's submission. */
public enum Action {
  /** See the alliance's entries, tally and history. */
  VIEW,
  /** Add, edit or delete entries, or upload a workbook of them. */
  CHANGE_ENTRIES,
  /** Submit the entries to the office (提交). */
  SUBMIT,
  /** Approve a submission (确认); the office only. */
  APPROVE,
  /** Return a submission with a comment (退回修改); the office only. */
  RETURN,
  /**
   * Reopen an alliance with a reason, so that its secretariat may change entries after the
   * deadline or after approval; the office only.
   */
  REOPEN
}
