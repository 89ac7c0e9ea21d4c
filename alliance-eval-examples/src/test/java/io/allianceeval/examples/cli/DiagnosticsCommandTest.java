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
    assertEquals(List.of("losses", "gaps", "uncertainty", "removals", "coherence", "transitions"),
        List.copyOf(d.keySet()));
    JsonObject high = d.getAsJsonArray("losses").get(0).getAsJsonObject();
    assertEquals(List.of("tier", "alliances", "indicators"), List.copyOf(high.keySet()));
    assertEquals(20, high.getAsJsonArray("indicators").size());
    assertEquals(List.of("id", "group", "meanLost", "zeroShare"),
        List.copyOf(high.getAsJsonArray("indicators").get(0).getAsJsonObject().keySet()));
    JsonObject gap = d.getAsJsonArray("gaps").get(0).getAsJsonObject();
    assertEquals(List.of("code", "tier", "next", "pointsNeeded", "sources"),
        List.copyOf(gap.keySet()));
    JsonObject u = d.getAsJsonObject("uncertainty");
    assertEquals(50, u.get("samples").getAsInt());
    assertEquals(7, u.get("seed").getAsInt());
    assertEquals(20, u.get("variation").getAsInt());
    assertEquals(0.9, u.get("reliability").getAsDouble());
    assertEquals(List.of("HALF_UP", "DOWN"), strings(u, "roundings"));
    List<String> factors = strings(u, "factors");
    assertEquals(22, factors.size(), "20 weights, the rounding, the entries");
    assertEquals(List.of("weight:1.1", "rounding", "reliability"),
        List.of(factors.get(0), factors.get(20), factors.get(21)));
    assertEquals(50 * (22 + 2), u.get("runs").getAsInt());
    assertEquals(List.of("code", "total", "tier", "rank", "tiers", "rankLow", "rankMedian",
        "rankHigh"), List.copyOf(u.getAsJsonArray("alliances").get(0).getAsJsonObject().keySet()));
    assertEquals(22, u.getAsJsonArray("indices").size());
    JsonObject index = u.getAsJsonArray("indices").get(21).getAsJsonObject();
    assertEquals("reliability", index.get("factor").getAsString());
    JsonObject total = index.getAsJsonObject("rankTotal");
    assertTrue(total.get("low").getAsDouble() <= total.get("estimate").getAsDouble()
        && total.get("estimate").getAsDouble() <= total.get("high").getAsDouble(),
        index.toString());
    assertEquals(20, d.getAsJsonArray("removals").size());
    JsonObject c = d.getAsJsonObject("coherence");
    assertEquals(20, c.getAsJsonArray("indicators").size());
    assertEquals(1, c.getAsJsonArray("pearson").get(4).getAsJsonArray().get(4).getAsDouble());
    assertEquals(20, c.getAsJsonArray("spearman").size());
    assertEquals(3, c.getAsJsonArray("alphas").size());
    double nominal = 0;
    for (var w : c.getAsJsonArray("weights")) {
      nominal += w.getAsJsonObject().get("nominal").getAsDouble();
    }
    assertEquals(1, nominal, 1e-9, "the nominal weights are the maxima over the total");
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

  private static List<String> strings(JsonObject o, String key) {
    return o.getAsJsonArray(key).asList().stream().map(e -> e.getAsString()).toList();
  }

  @Test
  void uncertainty_nominalIsThePublishedResult_andWithEveryInputOffEveryTierIsCertain() {
    JsonObject root = json(CliRun.of("score", "--diagnostics", "--runs", "20", "--variation", "0",
        "--fixed-rounding", "--reliability", "1", "--format", "json"));
    JsonObject u = root.getAsJsonObject("diagnostics").getAsJsonObject("uncertainty");
    assertEquals(List.of(), strings(u, "factors"));
    java.util.Map<String, JsonObject> scored = new java.util.HashMap<>();
    for (var e : root.getAsJsonArray("alliances")) {
      scored.put(e.getAsJsonObject().get("code").getAsString(), e.getAsJsonObject());
    }
    for (var e : u.getAsJsonArray("alliances")) {
      JsonObject a = e.getAsJsonObject();
      JsonObject published = scored.get(a.get("code").getAsString());
      assertEquals(published.get("tier").getAsString(), a.get("tier").getAsString());
      assertEquals(published.get("score").getAsBigDecimal().setScale(0,
          java.math.RoundingMode.HALF_UP).intValueExact(), a.get("total").getAsInt());
      assertEquals(0, a.getAsJsonObject("tiers").get(a.get("tier").getAsString())
          .getAsBigDecimal().compareTo(java.math.BigDecimal.valueOf(100)), a.toString());
      assertEquals(a.get("rank").getAsInt(), a.get("rankLow").getAsInt());
      assertEquals(a.get("rank").getAsInt(), a.get("rankHigh").getAsInt());
    }
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
    assertTrue(d.get("uncertainty").isJsonNull());
    assertTrue(d.get("removals").isJsonNull());
    assertTrue(d.get("coherence").isJsonNull());
    assertTrue(d.get("transitions").isJsonNull());
    JsonObject sorghum = d.getAsJsonArray("gaps").asList().stream().map(e -> e.getAsJsonObject())
        .filter(o -> o.get("code").getAsString().equals("342")).findFirst().orElseThrow();
    assertEquals("FAIRLY_HIGH", sorghum.get("tier").getAsString());
    assertEquals("4.5", sorghum.get("pointsNeeded").getAsBigDecimal().toPlainString());
    CliRun text = CliRun.of("report", "--diagnostics");
    assertTrue(text.out().contains("失分分析需要指标得分"), text.out());
  }

  @Test
  void htmlDiagnostics_addTheCharts() throws Exception {
    Path out = dir.resolve("d.html");
    CliRun run = CliRun.of("score", "--diagnostics", "--runs", "20", "--format", "html", "--out",
        out.toString());
    assertEquals(0, run.exitCode(), run.err());
    String html = Files.readString(out);
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
    List<String> texts = page.select("svg text").eachText();
    assertTrue(texts.contains("各档联盟各指标平均失分"), texts.toString());
    // the rank intervals, the Sobol indices and the heat map, each with text labels
    assertTrue(texts.contains("排名区间（5%–95% 分位）"), texts.toString());
    assertTrue(texts.contains("排名变动的 Sobol 指数"), texts.toString());
    assertTrue(texts.contains("指标间相关系数（Pearson r）"), texts.toString());
    assertTrue(texts.containsAll(List.of("1.1", "3.5", "条目可靠性", "取整", "D101")),
        texts.toString());
    assertTrue(html.contains("失分"));
  }

  @Test
  void badDiagnosticsOptions_exit2() throws Exception {
    assertEquals(2, CliRun.of("score", "--diagnostics", "--runs", "1").exitCode());
    for (String[] bad : List.of(new String[] {"--reliability", "0"},
        new String[] {"--reliability", "1.5"}, new String[] {"--bootstrap", "0"},
        new String[] {"--redundant", "0"})) {
      CliRun r = CliRun.of("score", "--diagnostics", bad[0], bad[1]);
      assertEquals(2, r.exitCode(), r.err());
      assertTrue(r.err().contains(bad[0] + ": expected"), r.err());
    }
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
