package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.allianceeval.examples.app.EmbeddedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {

  @TempDir Path dir;
  Path experts;
  Path scores;
  Path decisions;
  Path alliances;

  @BeforeEach
  void copySyntheticPanel() throws Exception {
    experts = copy("experts.csv");
    scores = copy("scores.csv");
    decisions = copy("decisions.csv");
    alliances = copy("alliances.csv");
  }

  private Path copy(String name) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, getClass().getResourceAsStream(EmbeddedData.SYNTHETIC_PANEL + name).readAllBytes());
    return p;
  }

  private CliRun run(String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("review", "--experts", experts.toString(),
        "--scores", scores.toString(), "--alliances", alliances.toString()));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void syntheticPanel_raisesTwoFlags_andResolvesThem() {
    CliRun r = CliRun.of("review", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
    assertEquals(List.of("threshold", "aggregate", "alliances", "experts", "outsideCorridor",
        "corrections"), List.copyOf(json.keySet()));
    assertEquals(10, json.get("threshold").getAsInt());
    assertEquals("mean", json.get("aggregate").getAsString());
    JsonArray list = json.getAsJsonArray("alliances");
    JsonObject a105 = list.get(0).getAsJsonObject();
    assertEquals(List.of("code", "round1", "round2", "flagged", "cause", "status", "final", "tier",
        "unstableWithout"), List.copyOf(a105.keySet()));
    assertEquals("88.5", a105.get("round1").getAsBigDecimal().toPlainString());
    assertEquals("87.25", a105.get("final").getAsBigDecimal().toPlainString());
    assertEquals("FINAL", a105.get("status").getAsString());
    JsonObject a110 = list.get(1).getAsJsonObject();
    assertEquals("DIFFERENCE", a110.get("cause").getAsString());
    assertEquals("DECIDED", a110.get("status").getAsString());
    JsonObject a342 = list.get(4).getAsJsonObject();
    assertEquals("TIER", a342.get("cause").getAsString());
    assertEquals(80, a342.get("final").getAsInt());
    assertEquals("FAIRLY_HIGH", a342.get("tier").getAsString());
    JsonObject e01 = json.getAsJsonArray("experts").get(0).getAsJsonObject();
    assertEquals(List.of("id", "severity", "bias", "standardError", "marks", "flagged"),
        List.copyOf(e01.keySet()));
    assertEquals("E01", e01.get("id").getAsString());
  }

  @Test
  void withoutDecisions_flagsAwaitReview_andFinalFails() throws Exception {
    CliRun r = run("--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonObject a110 = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("alliances")
        .get(1).getAsJsonObject();
    assertEquals("AWAITING_REVIEW", a110.get("status").getAsString());
    assertTrue(a110.get("final").isJsonNull() && a110.get("tier").isJsonNull());

    Path sheet = dir.resolve("final.csv");
    Path out = dir.resolve("out.txt");
    CliRun fin = run("--final", sheet.toString(), "--out", out.toString());
    assertEquals(2, fin.exitCode());
    assertTrue(fin.err().contains("2 flagged alliance(s) await collective review: 110 "
        + "(DIFFERENCE: round 1 92, round 2 81); 342 (TIER: round 1 85, round 2 82.5)"), fin.err());
    assertFalse(Files.exists(sheet));
    assertFalse(Files.exists(out));
  }

  @Test
  void finalSheet_isReadByReport() throws Exception {
    Path sheet = dir.resolve("final.csv");
    Path audit = dir.resolve("audit.csv");
    CliRun r = run("--decisions", decisions.toString(), "--final", sheet.toString(), "--audit",
        audit.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = Files.readAllLines(sheet);
    assertEquals("code,name,score,tier", lines.get(0));
    assertTrue(lines.contains("342,合成示例联盟五（synthetic）,80,FAIRLY_HIGH"), lines.toString());
    CliRun report = CliRun.of("report", "--scores", sheet.toString(), "--format", "json");
    assertEquals(0, report.exitCode(), report.err());
    assertEquals(6, JsonParser.parseString(report.out()).getAsJsonObject().get("participants")
        .getAsInt());
    List<String> trail = Files.readAllLines(audit);
    assertEquals("sequence,kind,code,detail", trail.get(0));
    assertTrue(trail.stream().anyMatch(l -> l.contains(",DECIDED,342,80 by ")), trail.toString());
  }

  @Test
  void biases_sumToZero_asTheCoreEstimatesThem_andTheCorridorFlagsMarksBeyondIt()
      throws Exception {
    JsonObject json = JsonParser.parseString(run("--corridor", "4.5", "--format", "json").out())
        .getAsJsonObject();
    var core = io.allianceeval.examples.app.Reviews.review(new io.allianceeval.examples.app
        .Reviews.Request(java.util.Optional.of(experts), List.of(scores), java.util.Optional
        .empty(), java.util.Optional.of(alliances), java.util.Optional.empty(), java.util.Optional
        .empty(), io.allianceeval.review.Aggregation.mean(), io.allianceeval.review.DiscrepancyRule
        .standard(10), false, io.allianceeval.review.ExpertBias.Corridor.points(
        io.allianceeval.model.Points.parse("4.5")), null)).bias();
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    for (var e : json.getAsJsonArray("experts")) {
      JsonObject o = e.getAsJsonObject();
      String id = o.get("id").getAsString();
      assertEquals(0, core.of(id).orElseThrow().rounded().toBigDecimal()
          .compareTo(o.get("bias").getAsBigDecimal()), o.toString());
      sum = sum.add(o.get("bias").getAsBigDecimal());
    }
    assertTrue(sum.abs().compareTo(new java.math.BigDecimal("0.03")) <= 0,
        "six biases rounded to 0.01 sum to 0 within 0.03: " + sum);
    // the synthetic marks differ from the others' mean by 4 or 5 points: only the 5s are beyond
    List<String> flagged = json.getAsJsonArray("outsideCorridor").asList().stream()
        .map(e -> e.getAsJsonObject().get("expert").getAsString() + "@"
            + e.getAsJsonObject().get("code").getAsString()).sorted().toList();
    assertEquals(List.of("E03@D101", "E04@D101"), flagged);
    for (var e : json.getAsJsonArray("outsideCorridor")) {
      assertTrue(e.getAsJsonObject().get("deviation").getAsBigDecimal().abs()
          .compareTo(new java.math.BigDecimal("4.5")) > 0, e.toString());
    }
    assertEquals(0, json.getAsJsonArray("corrections").size(), "no correction asked for");
    CliRun text = run("--corridor", "1sd");
    assertTrue(text.out().contains("Expert bias (least squares over the connected design"),
        text.out());
    assertTrue(text.out().contains("round 2, E03   on D101"), text.out());
    CliRun bad = run("--corridor", "0");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("'--corridor': expected a positive number of points"),
        bad.err());
  }

  @Test
  void correctSeverity_auditsEveryCorrection_rawLessBiasEqualsTheResult() {
    JsonObject json = JsonParser.parseString(run("--correct-severity", "--format", "json").out())
        .getAsJsonObject();
    JsonArray corrections = json.getAsJsonArray("corrections");
    int marks = 0;
    for (var e : json.getAsJsonArray("experts")) {
      marks += e.getAsJsonObject().get("marks").getAsInt();
    }
    assertEquals(marks, corrections.size(), "one correction a mark");
    java.util.regex.Pattern p = java.util.regex.Pattern.compile(
        "round \\d, expert (E\\d+): raw (\\S+) - bias (\\S+) = (\\S+)");
    for (var e : corrections) {
      var m = p.matcher(e.getAsJsonObject().get("detail").getAsString());
      assertTrue(m.matches(), e.toString());
      assertEquals(0, new java.math.BigDecimal(m.group(2)).subtract(new java.math.BigDecimal(
          m.group(3))).compareTo(new java.math.BigDecimal(m.group(4))), e.toString());
    }
  }

  @Test
  void aggregateAndThreshold_options() {
    CliRun r = run("--aggregate", "median", "--threshold", "15", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
    assertEquals("median", json.get("aggregate").getAsString());
    assertEquals(15, json.get("threshold").getAsInt());
    assertEquals("TIER", json.getAsJsonArray("alliances").get(1).getAsJsonObject().get("cause")
        .getAsString()); // 92 vs 81: under 15 points, but HIGH vs FAIRLY_HIGH
    CliRun bad = run("--aggregate", "trimmed:x");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("'--aggregate': expected mean, median or trimmed:K"), bad.err());
  }

  @Test
  void formulaLikeNames_areEscapedInTheFinalSheet() throws Exception {
    Files.writeString(alliances, Files.readString(alliances)
        .replace("合成示例联盟一（synthetic）", "=HYPERLINK(\"x\")"));
    Path sheet = dir.resolve("final.csv");
    CliRun r = run("--decisions", decisions.toString(), "--final", sheet.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(Files.readString(sheet).contains("105,\"'=HYPERLINK(\"\"x\"\")\",87.25,HIGH"),
        Files.readString(sheet));
  }

  @Test
  void conflictOfInterest_isRejectedWithFileLineAndBothNames() throws Exception {
    Files.writeString(scores, Files.readString(scores) + "2,E01,342,,90\n");
    Path out = dir.resolve("out.json");
    CliRun r = run("--out", out.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("scores.csv line 44, field expert: round 2: expert E01 专家甲（合成示例） "
        + "is affiliated with alliance 342 合成示例联盟五（synthetic） and must not score it"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void manyBadEntries_allReported() throws Exception {
    Files.writeString(scores, Files.readString(scores)
        + "3,E01,105,,90\n"          // bad round
        + "1,E09,105,,90\n"          // unknown expert
        + "1,E05,105,,90\n"          // not assigned (105 is group A in round 1)
        + "1,E01,105,,九十\n"        // not a number
        + "2,E05,105,9.9,1\n");      // unknown indicator
    Files.writeString(decisions, "code,score,rationale,decidedBy\n105,90,x,y\n");
    CliRun r = run("--decisions", decisions.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("5 problems"), r.err());
    for (String expected : List.of("line 44, field round: round must be 1 or 2: 3",
        "line 45, field expert: round 1, alliance 105 合成示例联盟一（synthetic）: no expert 'E09'",
        "line 46, field expert: round 1: expert E05 专家戊（合成示例） of group C scored alliance 105, "
            + "which group A scores in this round",
        "line 47, field points: expected a number of points such as 5 or 2.5: '九十'",
        "line 48, field indicator: round 2, expert E05 专家戊（合成示例）, alliance 105 "
            + "合成示例联盟一（synthetic）: no indicator '9.9' in standard 2019")) {
      assertTrue(r.err().contains(expected), expected + " in\n" + r.err());
    }
  }

  @Test
  void decisionForAnUnflaggedAlliance_isRejected() throws Exception {
    Files.writeString(decisions, "code,score,rationale,decidedBy\n105,90,x,y\n");
    CliRun r = run("--decisions", decisions.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("decisions.csv: decision for alliance 105 合成示例联盟一（synthetic）: it "
        + "is not flagged"), r.err());
  }
}
