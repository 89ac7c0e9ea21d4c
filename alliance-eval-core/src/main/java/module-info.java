/**
 * The alliance-eval core: the activity evaluation (活跃度评价) of industrial technology innovation
 * strategic alliances as a library — the domain model, scoring, the evaluation, statistics, the
 * consecutive-year award, the expert review, the dynamic information database's tally and the
 * diagnostics. No framework and no I/O; it logs through SLF4J only. The packages it exports are its
 * whole public API (listed type by type in {@code docs/API.md}).
 */
module io.allianceeval.core {
  requires org.slf4j;
  requires static org.immutables.value;

  exports io.allianceeval.activity;
  exports io.allianceeval.awards;
  exports io.allianceeval.diagnostics;
  exports io.allianceeval.evaluation;
  exports io.allianceeval.model;
  exports io.allianceeval.review;
  exports io.allianceeval.scoring;
  exports io.allianceeval.statistics;
  exports io.allianceeval.year;
}
