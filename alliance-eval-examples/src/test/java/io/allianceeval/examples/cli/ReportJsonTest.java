package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.allianceeval.examples.TestFiles;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The JSON report is the data of every section: each figure checked against the repository's 2019
 * tables, never against numbers typed here.
 */
class ReportJsonTest {

  /** The JSON output of {@code command} with {@code args}. */
  private static JsonObject json(String command, String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(command));
    all.addAll(List.of(args));
    all.addAll(List.of("--format", "json"));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    return JsonParser.parseString(run.out()).getAsJsonObject();
  }

  private static List<String[]> rows(String file) throws Exception {
    return Files.readAllLines(TestFiles.data(file)).stream().skip(1).filter(l -> !l.isBlank())
        .map(l -> l.split(",", -1)).toList();
  }

  private static Set<String> strings(JsonArray a, String key) {
    return StreamSupport.stream(a.spliterator(), false)
        .map(e -> e.getAsJsonObject().get(key).getAsString())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everySection_isData_fromThe2019Tables() throws Exception {
    JsonObject json = json("report");
    List<String[]> scores = rows("scores-2019.csv");

    // 二: 20 indicators whose points add up to full marks, 4 bands
    JsonObject org = json.getAsJsonObject("organisation");
    JsonArray indicators = org.getAsJsonArray("indicators");
    assertEquals(20, indicators.size());
    BigDecimal sum = StreamSupport.stream(indicators.spliterator(), false)
        .map(e -> e.getAsJsonObject().get("points").getAsBigDecimal())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, json.get("fullMarks").getAsBigDecimal().compareTo(sum));
    assertEquals(">=4:4; >=2:2; >=1:1", indicators.get(3).getAsJsonObject().get("rule")
        .getAsString());
    assertEquals(4, org.getAsJsonArray("tierBands").size());
    assertEquals(rows("panel-2019.csv").size(), org.get("panelSize").getAsInt());

    // 三: HIGH + FAIRLY_HIGH and full marks, counted from the table
    JsonObject analysis = json.getAsJsonObject("analysis");
    long active = scores.stream().filter(r -> r[4].equals("HIGH") || r[4].equals("FAIRLY_HIGH"))
        .count();
    assertEquals(active, analysis.getAsJsonObject("active").get("count").getAsInt());
    long full = scores.stream().filter(r -> r[3].equals("100")).count();
    assertEquals(full, analysis.getAsJsonObject("fullMarks").get("count").getAsInt());
    JsonObject high = analysis.getAsJsonArray("tiers").get(0).getAsJsonObject();
    int highPilots = (int) scores.stream().filter(r -> r[4].equals("HIGH")
        && !r[1].startsWith("D")).count();
    assertEquals(highPilots, high.get("pilots").getAsInt());
    BigDecimal pilotShares = high.getAsJsonObject("ofTierPilots").entrySet().stream()
        .map(e -> e.getValue().getAsBigDecimal()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertTrue(pilotShares.subtract(new BigDecimal("100")).abs()
        .compareTo(new BigDecimal("0.02")) <= 0, "shares of the pilots: " + pilotShares);

    // 四: a published table has no indicator points
    assertTrue(json.get("indicatorLosses").isJsonNull());

    // 五 and 附件 3: the A-level list, said to rest on the reconstruction
    JsonObject award = json.getAsJsonObject("award");
    assertEquals(rows("a-level-2017-2019.csv").stream().map(r -> r[0])
        .collect(Collectors.toCollection(TreeSet::new)), strings(award.getAsJsonArray("awarded"),
            "code"));
    assertTrue(award.get("reconstructed").getAsBoolean());
    assertEquals(Set.of("342"), strings(award.getAsJsonArray("dropped"), "code"));
    JsonObject dropped = award.getAsJsonArray("dropped").get(0).getAsJsonObject();
    String[] sorghum = scores.stream().filter(r -> r[1].equals("342")).findFirst().orElseThrow();
    assertEquals(sorghum[3], dropped.get("score").getAsBigDecimal().toPlainString());
    assertEquals(sorghum[4], dropped.get("tier").getAsString());

    // 附件 1: the panel, member by member
    JsonArray panel = json.getAsJsonArray("panel");
    List<String[]> members = rows("panel-2019.csv");
    assertEquals(members.size(), panel.size());
    assertEquals(members.get(1)[1], panel.get(1).getAsJsonObject().get("name").getAsString());

    // 附件 2: every row
    assertEquals(scores.size(), json.getAsJsonArray("alliances").size());
    assertEquals("HALF_UP", json.get("rounding").getAsString());
    assertTrue(json.get("diagnostics").isJsonNull());
  }

  @Test
  void scoredReport_hasTheLossesBySection四_andTheNamedNonParticipants() {
    JsonObject json = json("score");
    JsonArray losses = json.getAsJsonArray("indicatorLosses");
    assertEquals(20, losses.size());
    for (JsonElement e : losses) {
      JsonObject o = e.getAsJsonObject();
      for (var t : o.getAsJsonObject("meanLostByTier").entrySet()) {
        BigDecimal lost = t.getValue().getAsBigDecimal();
        assertTrue(lost.signum() >= 0 && lost.compareTo(o.get("max").getAsBigDecimal()) <= 0,
            o.get("id") + " " + t.getKey() + ": " + lost);
      }
    }
    JsonObject missing = json.getAsJsonArray("notEvaluated").get(0).getAsJsonObject();
    assertTrue(missing.get("explanation").getAsString().startsWith("missing facts: "));
    assertTrue(json.get("award").isJsonNull(), "score has no history: no section 五");
  }

  @Test
  void largestRemainder_isTheRoundingTheDataNames() {
    JsonObject json = json("report", "--rounding", "largest-remainder");
    assertEquals("LARGEST_REMAINDER", json.get("rounding").getAsString());
    BigDecimal total = StreamSupport.stream(json.getAsJsonArray("tiers").spliterator(), false)
        .map(e -> e.getAsJsonObject().get("ofParticipants").getAsBigDecimal())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, new BigDecimal("100").compareTo(total), "shares sum to exactly 100");
  }
}
