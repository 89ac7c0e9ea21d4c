package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.allianceeval.examples.TestFiles;
import io.allianceeval.examples.report.Lang;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @TempDir Path dir;

  private static List<String> keys(JsonObject o) {
    return new ArrayList<>(o.keySet());
  }

  @Test
  void theHelp_listsEachOptionOnce_includingThoseOfASharedGroup() {
    for (String command : List.of("report", "score")) {
      CliRun run = CliRun.of(command, "--help");
      assertEquals(0, run.exitCode());
      for (String option : List.of("--roster=FILE", "--population=", "--prose=DIR", "--out=FILE")) {
        long lines = run.out().lines().filter(l -> l.strip().startsWith(option)).count();
        assertEquals(1, lines, command + " " + option + ":\n" + run.out());
      }
    }
  }

  @Test
  void reportJson_withNoOptions_printsThe2019Figures() {
    CliRun run = CliRun.of("report", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
    assertEquals(List.of("year", "indicatorSystem", "fullMarks", "scoredFromRecords", "population",
        "participants", "nonParticipants", "batches", "tiers", "alliances", "notEvaluated",
        "organisation", "analysis", "indicatorLosses", "award", "panel", "prose", "rounding",
        "diagnostics"), keys(json));
    assertEquals("standard 2019", json.get("indicatorSystem").getAsString());
    assertEquals(false, json.get("scoredFromRecords").getAsBoolean());
    assertEquals(2019, json.get("year").getAsInt());
    assertEquals(157, json.get("population").getAsInt());
    assertEquals(99, json.get("participants").getAsInt());
    assertEquals(58, json.get("nonParticipants").getAsInt());
    JsonArray batches = json.getAsJsonArray("batches");
    assertEquals(List.of("batch", "population", "participants", "nonParticipants"),
        keys(batches.get(0).getAsJsonObject()));
    assertEquals("FIRST", batches.get(0).getAsJsonObject().get("batch").getAsString());
    assertEquals(15, batches.get(0).getAsJsonObject().get("nonParticipants").getAsInt());
    assertEquals("NETWORK", batches.get(3).getAsJsonObject().get("batch").getAsString());
    JsonObject high = json.getAsJsonArray("tiers").get(0).getAsJsonObject();
    assertEquals(List.of("tier", "count", "ofParticipants", "ofPopulation", "byBatch"), keys(high));
    assertEquals("HIGH", high.get("tier").getAsString());
    assertEquals(35, high.get("count").getAsInt());
    assertEquals("35.35", high.get("ofParticipants").getAsBigDecimal().toPlainString());
    assertEquals("22.29", high.get("ofPopulation").getAsBigDecimal().toPlainString());
    assertEquals(List.of("FIRST", "SECOND", "THIRD", "NETWORK"),
        keys(high.getAsJsonObject("byBatch")));
    assertEquals(2, high.getAsJsonObject("byBatch").get("NETWORK").getAsInt());
    JsonObject average = json.getAsJsonArray("tiers").get(2).getAsJsonObject();
    assertEquals("37.37", average.get("ofParticipants").getAsBigDecimal().toPlainString());
    JsonArray alliances = json.getAsJsonArray("alliances");
    assertEquals(99, alliances.size());
    JsonObject first = alliances.get(0).getAsJsonObject();
    assertEquals(List.of("rank", "code", "name", "batch", "score", "tier", "groups", "indicators"),
        keys(first));
    assertTrue(first.get("indicators").isJsonNull(), "a published table has no indicator points");
    assertEquals(1, first.get("rank").getAsInt());
    assertEquals("105", first.get("code").getAsString());
    assertEquals("TD 产业技术创新战略联盟", first.get("name").getAsString());
    assertEquals("100", first.get("score").getAsBigDecimal().toPlainString());
    JsonObject last = alliances.get(98).getAsJsonObject();
    assertTrue(last.get("score").isJsonNull());
    assertTrue(last.get("rank").isJsonNull());
    assertEquals("INACTIVE", last.get("tier").getAsString());
  }

  @Test
  void largestRemainder_option_printsTheSection1Figures() {
    CliRun run = CliRun.of("report", "--format", "json", "--rounding", "largest-remainder");
    assertEquals(0, run.exitCode(), run.err());
    JsonObject avg = JsonParser.parseString(run.out()).getAsJsonObject()
        .getAsJsonArray("tiers").get(2).getAsJsonObject();
    assertEquals("37.38", avg.get("ofParticipants").getAsBigDecimal().toPlainString());
  }

  @Test
  void textReport_inChinese_readsLikeTheReport() {
    CliRun run = CliRun.of("report");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("参评联盟共计 99 家，未参评联盟 58 家，未参评联盟占联盟总数 36.94%"),
        run.out());
    assertTrue(run.out().contains("占活跃度高的试点联盟的 51.52%，占第一批 52 个试点联盟总数的 32.69%"));
    assertTrue(run.out().contains("100 分联盟共有 7 家：第一批试点 6 家"));
  }

  @Test
  void textReport_inEnglish() {
    CliRun run = CliRun.of("report", "--lang", "en", "--format", "markdown");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("# Activity evaluation"), run.out());
    assertTrue(run.out().contains("| Rank | Code | Alliance | Batch | Score |"));
  }

  @Test
  void html_isSelfContained_withTheReportsChartsAsInlineSvgWhoseLabelsAreText() throws Exception {
    Path out = dir.resolve("report.html");
    CliRun run = CliRun.of("report", "--format", "html", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    Document page = Jsoup.parse(Files.readString(out));
    Elements charts = page.select("figure > svg");
    assertTrue(charts.size() >= 12, "the report's 12 charts: " + charts.size());
    List<String> labels = page.select("svg text").eachText();
    assertTrue(labels.contains("参评联盟中四档各占比例"), labels.toString());
    assertTrue(labels.contains("活跃度高 35.35%"), labels.toString());
    assertTrue(labels.contains("活跃度高的试点联盟共 33 家，三批各占比"), labels.toString());
    assertTrue(labels.contains("第一批试点 51.52%"), labels.toString());
    // a bar chart's rotated value-axis label is text too, not glyph outlines of the server's fonts
    assertTrue(labels.contains(Lang.ZH.text("chart.axis.alliances")),
        labels.toString());
    for (Element chart : charts) {
      assertTrue(chart.attr("viewBox").matches("0(\\.0)? 0(\\.0)? [0-9.]+ [0-9.]+"),
          "a viewBox lets the page scale the chart to its column and to A4: " + chart.attr("viewBox"));
    }
    assertTrue(page.select("script, link, iframe, object, embed, img").isEmpty(),
        "no scripts, no external references");
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        if (a.getKey().endsWith("href") || a.getKey().equals("src")) {
          assertTrue(a.getValue().startsWith("#"), "an internal reference only: " + a);
        }
      }
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Element e : page.select("[id]")) {
      assertTrue(ids.add(e.id()), "ids are unique across the charts: " + e.id());
    }
  }

  @Test
  void html_escapesEverythingFromTheInput() throws Exception {
    Path scores = dir.resolve("scores.csv");
    Files.writeString(scores, "code,name,score,tier\n105,<script>alert(1)</script>,90,HIGH\n");
    Path out = dir.resolve("report.html");
    CliRun run = CliRun.of("report", "--scores", scores.toString(), "--format", "html",
        "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    String html = Files.readString(out);
    assertFalse(html.contains("<script>"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    Document page = Jsoup.parse(html);
    assertTrue(page.select("script").isEmpty());
    assertTrue(page.text().contains("<script>alert(1)</script>"), "shown as text");
  }

  @Test
  void excelCsv_withBomAndCrlf_readsAsAPlainOne() throws Exception {
    String plain = Files.readString(TestFiles.data("scores-2019.csv"));
    Path excel = dir.resolve("excel.csv");
    byte[] body = plain.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Files.write(excel, withBom);
    Path plainFile = dir.resolve("plain.csv");
    Files.writeString(plainFile, plain);
    String population = "FIRST=52,SECOND=39,THIRD=55,NETWORK=11";
    CliRun a = CliRun.of("report", "--scores", excel.toString(), "--population", population,
        "--format", "json");
    CliRun b = CliRun.of("report", "--scores", plainFile.toString(), "--population", population,
        "--format", "json");
    assertEquals(0, a.exitCode(), a.err());
    assertEquals(b.out(), a.out());
    JsonObject embedded = JsonParser.parseString(CliRun.of("report", "--format", "json").out())
        .getAsJsonObject();
    JsonObject read = JsonParser.parseString(a.out()).getAsJsonObject();
    for (String key : List.of("alliances", "batches", "tiers", "analysis")) {
      assertEquals(embedded.get(key), read.get(key), key);
    }
  }

  @Test
  void chineseTierWords_andColumnsInAnyOrder_areAccepted() throws Exception {
    Path scores = dir.resolve("scores.csv");
    Files.writeString(scores, "tier,score,name,code,rank\n活跃度较高,80,高粱产业技术创新战略联盟,342,1\n"
        + "不活跃,,染料产业技术创新战略联盟,123,2\n");
    CliRun run = CliRun.of("report", "--scores", scores.toString(), "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
    assertEquals(2, json.get("participants").getAsInt());
    assertEquals(2, json.get("population").getAsInt());
  }

  @Test
  void help_onEveryCommand() {
    for (String command : List.of("report", "score", "awards")) {
      CliRun run = CliRun.of(command, "--help");
      assertEquals(0, run.exitCode());
      assertTrue(run.out().contains("Usage: alliance-eval " + command), run.out());
      assertTrue(run.out().contains("--format"));
    }
    CliRun top = CliRun.of("--help");
    assertEquals(0, top.exitCode());
    assertTrue(top.out().contains("report") && top.out().contains("score")
        && top.out().contains("awards"));
  }
}
