package io.allianceeval.examples.db;

/**
 * The statements of schema version 3 that are the same in every {@link Dialect}: the accounts and
 * the submissions (the years and the change log differ in their binary and identity columns).
 */
final class Schema3 {

  /** The server's accounts: a secretariat, and only it, has an alliance. */
  static final String ACCOUNT = "CREATE TABLE account ("
      + " username TEXT PRIMARY KEY CHECK (length(username) BETWEEN 1 AND 64),"
      + " role TEXT NOT NULL CHECK (role IN ('OFFICE', 'SECRETARIAT', 'EXPERT')),"
      + " code TEXT REFERENCES alliance (code),"
      + " password_hash TEXT NOT NULL,"
      + " must_change INTEGER NOT NULL CHECK (must_change IN (0, 1)),"
      + " disabled INTEGER NOT NULL CHECK (disabled IN (0, 1)),"
      + " created_at TEXT NOT NULL,"
      + " CHECK ((role = 'SECRETARIAT') = (code IS NOT NULL)))";

  /** Each alliance's submission state in a year; an alliance without a row has not started. */
  static final String SUBMISSION = "CREATE TABLE submission ("
      + " year INTEGER NOT NULL REFERENCES evaluation_year (year),"
      + " code TEXT NOT NULL REFERENCES alliance (code),"
      + " state TEXT NOT NULL CHECK (state IN ('NOT_STARTED', 'ENTERING', 'SUBMITTED',"
      + "   'RETURNED', 'APPROVED')),"
      + " comment TEXT,"
      + " reopened_because TEXT,"
      + " PRIMARY KEY (year, code))";

  private Schema3() {}
}
