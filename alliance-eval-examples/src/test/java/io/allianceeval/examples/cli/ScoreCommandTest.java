package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

  @TempDir Path dir;

  private static final String HEADER = "code,name,council_meetings,expert_committee_meetings,"
      + "member_assemblies,secretariat_meetings,website_months_since_update,"
      + "secretariat_full_time_staff,self_initiated_projects,government_projects,"
      + "commissioned_projects,ip_sharing_activities,standards,joint_rd_platforms,"
      + "academic_exchanges,trend_studies,cross_alliance_cooperations,innovation_chain_actions,"
      + "core_technologies,promotion_services,talent_programs,media_reports\n";

  @Test
  void score_withNoOptions_scoresTheSyntheticExamples() {
    CliRun run = CliRun.of("score", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
    assertEquals(List.of("year", "indicatorSystem", "fullMarks", "scoredFromRecords", "population",
        "participants", "nonParticipants", "batches", "tiers", "alliances", "notEvaluated",
        "organisation", "analysis", "indicatorLosses", "award", "panel", "prose", "rounding",
        "diagnostics"), List.copyOf(json.keySet()));
    assertEquals("standard 2019", json.get("indicatorSystem").getAsString());
    assertEquals("100", json.get("fullMarks").toString());
    JsonObject first = json.getAsJsonArray("alliances").get(0).getAsJsonObject();
    assertEquals(List.of("rank", "code", "name", "batch", "score", "tier", "groups", "indicators"),
        List.copyOf(first.keySet()));
    assertEquals(20, first.getAsJsonObject("indicators").size());
    java.math.BigDecimal sum = first.getAsJsonObject("indicators").entrySet().stream()
        .map(e -> e.getValue().getAsBigDecimal()).reduce(java.math.BigDecimal.ZERO,
            java.math.BigDecimal::add);
    assertEquals(0, first.get("score").getAsBigDecimal().compareTo(sum), "exact sum");
    JsonObject missing = json.getAsJsonArray("notEvaluated").get(0).getAsJsonObject();
    assertEquals("342", missing.get("code").getAsString());
    assertEquals("MISSING_FACTS", missing.get("reason").getAsString());
    assertTrue(CliRun.of("score").out().contains("合成示例"));
    assertTrue(CliRun.of("score").out().contains("按 2019 标准指标体系评分（满分 100 分）。"));
    assertTrue(CliRun.of("score", "--lang", "en").out()
        .contains("Scored with the standard 2019 indicator system (full marks 100)."));
  }

  @Test
  void score_readsRecords_blankWebsiteMeansNoWebsite() throws Exception {
    Path records = dir.resolve("records.csv");
    Files.writeString(records, HEADER
        + "105,TD 产业技术创新战略联盟,1,1,1,4,,2,3,2,2,1,2,1,3,1,1,1,2,3,2,5\n");
    CliRun run = CliRun.of("score", "--records", records.toString(), "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonObject a = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("alliances")
        .get(0).getAsJsonObject();
    assertEquals(96, a.get("score").getAsInt());
    assertEquals(0, a.getAsJsonObject("indicators").get("1.5").getAsInt());
    assertEquals(21, a.getAsJsonObject("groups").get("1").getAsInt());
  }

  @Test
  void score_withRoster_namesAlliancesWithoutRecords() throws Exception {
    Path records = dir.resolve("records.csv");
    Files.writeString(records, HEADER
        + "105,TD 产业技术创新战略联盟,1,1,1,4,,2,3,2,2,1,2,1,3,1,1,1,2,3,2,5\n");
    Path roster = dir.resolve("roster.csv");
    Files.writeString(roster, "code,name\n105,TD 产业技术创新战略联盟\n123,染料产业技术创新战略联盟\n");
    CliRun run = CliRun.of("score", "--records", records.toString(), "--roster",
        roster.toString(), "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
    assertEquals(2, json.get("population").getAsInt());
    assertEquals("NO_RECORD", json.getAsJsonArray("notEvaluated").get(0).getAsJsonObject()
        .get("reason").getAsString());
  }
}
