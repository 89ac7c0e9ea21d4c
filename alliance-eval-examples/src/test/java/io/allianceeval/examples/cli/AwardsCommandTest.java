package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.allianceeval.examples.TestFiles;
import io.allianceeval.model.Alliance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwardsCommandTest {

  @TempDir Path dir;

  private static JsonObject embedded2019() {
    CliRun run = CliRun.of("awards", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    return JsonParser.parseString(run.out()).getAsJsonObject();
  }

  private static List<String> codes(JsonArray array) {
    List<String> codes = new ArrayList<>();
    for (JsonElement e : array) {
      codes.add(e.getAsJsonObject().get("code").getAsString());
    }
    return codes;
  }

  /** 附件 3 as code → name, as the repository carries it. */
  private static Map<String, String> annex3() throws Exception {
    Map<String, String> map = new TreeMap<>();
    List<String> lines = Files.readAllLines(TestFiles.data("a-level-2017-2019.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", 2);
      map.put(cells[0], cells[1]);
    }
    return map;
  }

  @Test
  void embeddedData_reproducesAnnex3_byCode() throws Exception {
    JsonObject json = embedded2019();
    assertEquals(List.of("year", "rule", "awarded", "byBatch", "newlyAwarded", "dropped"),
        List.copyOf(json.keySet()));
    assertEquals(2019, json.get("year").getAsInt());
    assertEquals("HIGH", json.getAsJsonObject("rule").get("tier").getAsString());
    assertEquals(3, json.getAsJsonObject("rule").get("years").getAsInt());
    List<String> awarded = codes(json.getAsJsonArray("awarded"));
    assertEquals(22, awarded.size());
    assertEquals(List.copyOf(annex3().keySet()).stream().sorted(
        java.util.Comparator.comparing(io.allianceeval.model.AllianceCode::parse)).toList(),
        awarded);
  }

  @Test
  void embeddedData_reproducesAnnex3_byNormalisedName() throws Exception {
    JsonArray awarded = embedded2019().getAsJsonArray("awarded");
    Map<String, String> annex3 = annex3();
    int bracketWidthDiffers = 0;
    for (JsonElement e : awarded) {
      JsonObject o = e.getAsJsonObject();
      String printed = annex3.get(o.get("code").getAsString());
      String ours = o.get("name").getAsString();
      assertEquals(Alliance.normalizeName(printed), Alliance.normalizeName(ours), printed);
      if (!printed.equals(ours)) {
        bracketWidthDiffers++;
      }
    }
    assertTrue(bracketWidthDiffers > 0, "附件 3 prints some names differently from 附件 2");
  }

  @Test
  void embeddedData_batchCounts_newAndDropped() {
    JsonObject json = embedded2019();
    JsonObject byBatch = json.getAsJsonObject("byBatch");
    assertEquals(List.of("FIRST", "SECOND", "THIRD", "NETWORK"), List.copyOf(byBatch.keySet()));
    assertEquals(List.of(13, 4, 5, 0), byBatch.entrySet().stream()
        .map(e -> e.getValue().getAsInt()).toList());
    assertEquals(List.of("212", "215", "304", "341"), codes(json.getAsJsonArray("newlyAwarded")));
    JsonArray dropped = json.getAsJsonArray("dropped");
    assertEquals(1, dropped.size());
    JsonObject sorghum = dropped.get(0).getAsJsonObject();
    assertEquals(List.of("code", "name", "batch", "year", "tier", "score"),
        List.copyOf(sorghum.keySet()));
    assertEquals("342", sorghum.get("code").getAsString());
    assertEquals("高粱产业技术创新战略联盟", sorghum.get("name").getAsString());
    assertEquals("THIRD", sorghum.get("batch").getAsString());
    assertEquals(2019, sorghum.get("year").getAsInt());
    assertEquals("FAIRLY_HIGH", sorghum.get("tier").getAsString());
    assertEquals(80, sorghum.get("score").getAsInt());
  }

  @Test
  void text_saysThatTheEarlierYearsAreReconstructed() {
    CliRun zh = CliRun.of("awards");
    assertEquals(0, zh.exitCode(), zh.err());
    assertTrue(zh.out().contains("共 22 家：第一批试点 13 家，第二批试点 4 家，第三批试点 5 家"), zh.out());
    assertTrue(zh.out().contains("342   高粱产业技术创新战略联盟 — 2019 年活跃度较高，80 分"), zh.out());
    assertTrue(zh.out().contains("根据报告的表述重建"));
    CliRun en = CliRun.of("awards", "--lang", "en");
    assertTrue(en.out().contains("reconstructed from the report's statements"), en.out());
  }

  @Test
  void historyFiles_withOptions() throws Exception {
    Path a = dir.resolve("a.csv");
    Files.writeString(a, "year,code,name,score,tier\n2017,105,TD,,HIGH\n2018,105,TD,,HIGH\n"
        + "2017,110,半导体照明,,FAIRLY_HIGH\n2018,110,半导体照明,90,\n");
    Path b = dir.resolve("b.csv");
    Files.writeString(b, "code,name,score,year\n105,TD,75,2019\n110,半导体照明,88,2019\n");
    CliRun two = CliRun.of("awards", "--history", a.toString(), "--history", b.toString(),
        "--years", "2", "--format", "json");
    assertEquals(0, two.exitCode(), two.err());
    JsonObject json = JsonParser.parseString(two.out()).getAsJsonObject();
    assertEquals(List.of("110"), codes(json.getAsJsonArray("awarded")));
    assertEquals(List.of("110"), codes(json.getAsJsonArray("newlyAwarded")));
    assertEquals(List.of("105"), codes(json.getAsJsonArray("dropped")));
    CliRun better = CliRun.of("awards", "--history", a.toString(), "--history", b.toString(),
        "--years", "3", "--tier", "FAIRLY_HIGH", "--or-better", "--format", "json");
    JsonObject b3 = JsonParser.parseString(better.out()).getAsJsonObject();
    assertEquals(List.of("105", "110"), codes(b3.getAsJsonArray("awarded")));
    assertTrue(b3.get("newlyAwarded").isJsonNull(), "2018 cannot be decided without 2016");
    assertTrue(b3.getAsJsonObject("rule").get("orBetter").getAsBoolean());
  }

  @Test
  void badHistories_exit2_withoutOutput() throws Exception {
    Path a = dir.resolve("a.csv");
    Files.writeString(a, "year,code,name,tier\n2018,105,TD,HIGH\n2019,105,TD,HIGH\n");
    Path same = dir.resolve("same.csv");
    Files.writeString(same, "year,code,name,tier\n2019,110,X,HIGH\n");
    Path noYear = dir.resolve("noyear.csv");
    Files.writeString(noYear, "code,name,tier\n110,X,HIGH\n");
    Path out = dir.resolve("out.json");

    CliRun twice = CliRun.of("awards", "--history", a.toString(), "--history", same.toString(),
        "--out", out.toString());
    assertEquals(2, twice.exitCode());
    assertTrue(twice.err().contains("year 2019 is given again; " + a + " gives it already"),
        twice.err());

    CliRun missingColumn = CliRun.of("awards", "--history", noYear.toString(), "--out",
        out.toString());
    assertEquals(2, missingColumn.exitCode());
    assertTrue(missingColumn.err().contains("line 1: header lacks the column year"),
        missingColumn.err());

    CliRun undecidable = CliRun.of("awards", "--history", a.toString(), "--out", out.toString());
    assertEquals(2, undecidable.exitCode());
    assertTrue(undecidable.err().contains("the history lacks [2017]"), undecidable.err());

    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "year,code,name,score,tier\n2019,105,TD,80,HIGH\n2019,4O1,X,90,\n");
    CliRun rows = CliRun.of("awards", "--history", bad.toString(), "--out", out.toString());
    assertEquals(2, rows.exitCode());
    assertTrue(rows.err().contains("line 2, field tier") && rows.err().contains("line 3, field code"),
        rows.err());
    assertFalse(Files.exists(out));
  }
}
