package io.allianceeval.examples.db;

import java.util.List;

/**
 * Schema version 4, the same in every {@link Dialect}: the second half of the year — the phase of
 * each year, the panel and its affiliations, the assignment of groups, the rounds, the experts'
 * score sheets and scores, the collective review's decisions, the appeals of publicity, and the
 * results of every year (published here or imported from earlier years' score sheets). Points are
 * stored as whole hundredths, the resolution of every point in the library.
 */
final class Schema4 {

  static final List<String> STATEMENTS = List.of(
      "ALTER TABLE evaluation_year ADD COLUMN phase TEXT NOT NULL DEFAULT 'ENTRY'"
          + " CHECK (phase IN ('ENTRY', 'LOCKED', 'ROUND_1_OPEN', 'ROUND_1_CLOSED',"
          + " 'ROUND_2_OPEN', 'ROUND_2_CLOSED', 'COLLECTIVE_REVIEW', 'PUBLICITY', 'PUBLISHED'))",
      "UPDATE evaluation_year SET phase = 'LOCKED' WHERE locked = 1",
      "ALTER TABLE evaluation_year ADD COLUMN publicity_end TEXT",
      "ALTER TABLE evaluation_year ADD COLUMN min_experts INTEGER"
          + " CHECK (min_experts IS NULL OR min_experts >= 1)",
      "CREATE TABLE expert ("
          + " year INTEGER NOT NULL REFERENCES evaluation_year (year),"
          + " id TEXT NOT NULL CHECK (length(id) BETWEEN 1 AND 32),"
          + " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
          + " panel_group TEXT NOT NULL CHECK (length(trim(panel_group)) > 0),"
          + " position TEXT NOT NULL,"
          + " organisation TEXT NOT NULL,"
          + " title TEXT NOT NULL,"
          + " username TEXT NOT NULL REFERENCES account (username),"
          + " PRIMARY KEY (year, id),"
          + " UNIQUE (year, username))",
      "CREATE TABLE expert_affiliation ("
          + " year INTEGER NOT NULL,"
          + " expert_id TEXT NOT NULL,"
          + " code TEXT NOT NULL,"
          + " PRIMARY KEY (year, expert_id, code),"
          + " FOREIGN KEY (year, expert_id) REFERENCES expert (year, id))",
      "CREATE TABLE assignment ("
          + " year INTEGER NOT NULL REFERENCES evaluation_year (year),"
          + " code TEXT NOT NULL REFERENCES alliance (code),"
          + " round1_group TEXT NOT NULL,"
          + " round2_group TEXT NOT NULL,"
          + " PRIMARY KEY (year, code),"
          + " CHECK (round1_group <> round2_group))",
      "CREATE TABLE review_round ("
          + " year INTEGER NOT NULL REFERENCES evaluation_year (year),"
          + " round INTEGER NOT NULL CHECK (round IN (1, 2)),"
          + " opened_at TEXT NOT NULL,"
          + " due_at TEXT,"
          + " closed_at TEXT,"
          + " missing_reason TEXT,"
          + " PRIMARY KEY (year, round))",
      "CREATE TABLE score_sheet ("
          + " year INTEGER NOT NULL,"
          + " round INTEGER NOT NULL CHECK (round IN (1, 2)),"
          + " expert_id TEXT NOT NULL,"
          + " state TEXT NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED')),"
          + " changed_at TEXT NOT NULL,"
          + " reopened_because TEXT,"
          + " PRIMARY KEY (year, round, expert_id),"
          + " FOREIGN KEY (year, expert_id) REFERENCES expert (year, id))",
      "CREATE TABLE score ("
          + " year INTEGER NOT NULL,"
          + " round INTEGER NOT NULL CHECK (round IN (1, 2)),"
          + " expert_id TEXT NOT NULL,"
          + " code TEXT NOT NULL REFERENCES alliance (code),"
          + " indicator TEXT NOT NULL,"
          + " points INTEGER NOT NULL CHECK (points >= 0),"
          + " PRIMARY KEY (year, round, expert_id, code, indicator),"
          + " FOREIGN KEY (year, round, expert_id)"
          + "   REFERENCES score_sheet (year, round, expert_id))",
      "CREATE TABLE decision ("
          + " year INTEGER NOT NULL REFERENCES evaluation_year (year),"
          + " code TEXT NOT NULL REFERENCES alliance (code),"
          + " points INTEGER NOT NULL CHECK (points >= 0),"
          + " rationale TEXT NOT NULL,"
          + " decided_by TEXT NOT NULL,"
          + " decided_at TEXT NOT NULL,"
          + " PRIMARY KEY (year, code))",
      "CREATE TABLE appeal ("
          + " year INTEGER NOT NULL REFERENCES evaluation_year (year),"
          + " code TEXT NOT NULL REFERENCES alliance (code),"
          + " reasons TEXT NOT NULL,"
          + " filed_by TEXT NOT NULL,"
          + " filed_at TEXT NOT NULL,"
          + " upheld INTEGER CHECK (upheld IN (0, 1)),"
          + " points INTEGER CHECK (points >= 0),"
          + " rationale TEXT,"
          + " answered_by TEXT,"
          + " answered_at TEXT,"
          + " PRIMARY KEY (year, code),"
          + " CHECK ((upheld IS NULL) = (answered_at IS NULL)),"
          + " CHECK (upheld IS NULL OR upheld = 0 OR points IS NOT NULL))",
      "CREATE TABLE year_result ("
          + " year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),"
          + " code TEXT NOT NULL REFERENCES alliance (code),"
          + " name TEXT NOT NULL,"
          + " points INTEGER CHECK (points IS NULL OR points >= 0),"
          + " tier TEXT,"
          + " source TEXT NOT NULL CHECK (source IN ('PUBLISHED', 'IMPORTED')),"
          + " PRIMARY KEY (year, code),"
          + " CHECK (points IS NOT NULL OR tier IS NOT NULL))");

  private Schema4() {}
}
