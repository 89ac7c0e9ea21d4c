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

class DiagnosticsCommandTest {

  @TempDir Path dir;

  private static JsonObject json(CliRun run) {
    assertEquals(0, run.exitCode(), run.err());
    return JsonParser.parseString(run.out()).getAsJsonObject();
  }

  @Test
  void scoreDiagnostics_json_hasEveryPart() throws Exception {
    Path previous = dir.resolve("2018.csv");
    Files.writeString(previous, "code,name,score\n101,x,80\n102,y,90\n999,z,50\n"
        .replace("999", "120"));
    JsonObject d = json(CliRun.of("score", "--diagnostics", "--runs", "50", "--seed", "7",
        "--previous", previous.toString(), "--format", "json")).getAsJsonObject("diagnostics");
    assertEquals(List.of("losses", "gaps", "sensitivity", "transitions"), List.copyOf(d.keySet()));
    JsonObject high = d.getAsJsonArray("losses").get(0).getAsJsonObject();
    assertEquals(List.of("tier", "alliances", "indicators"), List.copyOf(high.keySet()));
    assertEquals(20, high.getAsJsonArray("indicators").size());
    assertEquals(List.of("id", "group", "meanLost", "zeroShare"),
        List.copyOf(high.getAsJsonArray("indicators").get(0).getAsJsonObject().keySet()));
    JsonObject gap = d.getAsJsonArray("gaps").get(0).getAsJsonObject();
    assertEquals(List.of("code", "tier", "next", "pointsNeeded", "sources"),
        List.copyOf(gap.keySet()));
    JsonObject s = d.getAsJsonObject("sensitivity");
    assertEquals(50, s.get("runs").getAsInt());
    assertEquals(7, s.get("seed").getAsInt());
    assertEquals(20, s.get("variation").getAsInt());
    assertEquals(List.of("code", "tier", "keepsTier", "rankLow", "rankHigh"),
        List.copyOf(s.getAsJsonArray("alliances").get(0).getAsJsonObject().keySet()));
    assertEquals(20, s.getAsJsonArray("removals").size());
    JsonObject t = d.getAsJsonObject("transitions");
    assertEquals(2018, t.get("previousYear").getAsInt());
    assertEquals(2, t.get("inBoth").getAsInt());
    int sum = 0;
    for (var row : t.getAsJsonObject("matrix").entrySet()) {
      for (var cell : row.getValue().getAsJsonObject().entrySet()) {
        sum += cell.getValue().getAsInt();
      }
    }
    assertEquals(2, sum);
    assertEquals(List.of("120"), t.getAsJsonArray("left").asList().stream()
        .map(e -> e.getAsString()).toList());
  }

  @Test
  void sameSeed_sameFigures() {
    String a = CliRun.of("score", "--diagnostics", "--runs", "30", "--format", "json").out();
    String b = CliRun.of("score", "--diagnostics", "--runs", "30", "--format", "json").out();
    assertEquals(a, b);
  }

  @Test
  void reportDiagnostics_fromPublishedScores_hasGapsButNoLosses() {
    JsonObject d = json(CliRun.of("report", "--diagnostics", "--format", "json"))
        .getAsJsonObject("diagnostics");
    assertTrue(d.get("losses").isJsonNull());
    assertTrue(d.get("sensitivity").isJsonNull());
    assertTrue(d.get("transitions").isJsonNull());
    JsonObject sorghum = d.getAsJsonArray("gaps").asList().stream().map(e -> e.getAsJsonObject())
        .filter(o -> o.get("code").getAsString().equals("342")).findFirst().orElseThrow();
    assertEquals("FAIRLY_HIGH", sorghum.get("tier").getAsString());
    assertEquals("4.5", sorghum.get("pointsNeeded").getAsBigDecimal().toPlainString());
    CliRun text = CliRun.of("report", "--diagnostics");
    assertTrue(text.out().contains("失分分析需要指标得分"), text.out());
  }

  @Test
  void htmlDiagnostics_addTheLossChart() throws Exception {
    Path out = dir.resolve("d.html");
    CliRun run = CliRun.of("score", "--diagnostics", "--runs", "20", "--format", "html", "--out",
        out.toString());
    assertEquals(0, run.exitCode(), run.err());
    String html = Files.readString(out);
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
    assertTrue(page.select("svg text").eachText().contains("各档联盟各指标平均失分"),
        page.select("svg text").eachText().toString());
    assertTrue(html.contains("失分"));
  }

  @Test
  void badDiagnosticsOptions_exit2() throws Exception {
    assertEquals(2, CliRun.of("score", "--diagnostics", "--runs", "0").exitCode());
    CliRun v = CliRun.of("score", "--diagnostics", "--variation", "100");
    assertEquals(2, v.exitCode());
    assertTrue(v.err().contains("--variation"), v.err());
    Path previous = dir.resolve("p.csv");
    Files.writeString(previous, "year,code,name,score\n2019,101,x,80\n");
    CliRun sameYear = CliRun.of("score", "--diagnostics", "--previous", previous.toString());
    assertEquals(2, sameYear.exitCode());
    assertTrue(sameYear.err().contains("not a year before 2019"), sameYear.err());
    assertEquals(2, CliRun.of("score", "--previous", previous.toString()).exitCode());
  }
}
