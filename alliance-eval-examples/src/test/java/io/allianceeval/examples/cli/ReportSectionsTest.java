package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.examples.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's sections beyond the figures: prose, organisation, A-level, the annexes. */
class ReportSectionsTest {

  @TempDir Path dir;

  private static Element tableAfter(org.jsoup.nodes.Document page, String heading) {
    for (Element h : page.select("h2")) {
      if (h.text().equals(heading)) {
        for (Element e = h.nextElementSibling(); e != null; e = e.nextElementSibling()) {
          if (e.tagName().equals("table")) {
            return e;
          }
        }
      }
    }
    throw new AssertionError("no table after " + heading);
  }

  @Test
  void theEmbeddedReport_hasThePanel_theALevelSection_andItsAnnexes() throws Exception {
    Path out = dir.resolve("r.html");
    assertEquals(0, CliRun.of("report", "--format", "html", "--out", out.toString()).exitCode());
    org.jsoup.nodes.Document page = Jsoup.parse(Files.readString(out));
    List<String> panel = Files.readAllLines(TestFiles.data("panel-2019.csv"));
    assertEquals(panel.size() - 1, tableAfter(page, "附件 1：评价专家组名单").select("tbody tr").size());
    assertEquals(31, panel.size() - 1);
    List<String> annex3 = Files.readAllLines(TestFiles.data("a-level-2017-2019.csv"));
    Element a3 = tableAfter(page,
        "附件 3：A 级活跃度产业技术创新战略联盟名单（2017—2019 连续三年活跃度高）");
    assertEquals(annex3.size() - 1, a3.select("tbody tr").size());
    for (String line : annex3.subList(1, annex3.size())) {
      String code = line.split(",", 2)[0];
      assertTrue(a3.text().contains(code), code);
    }
    String text = page.text();
    assertTrue(text.contains("有 22 家联盟连续三年保持高活跃度"), "五");
    assertTrue(text.contains("其中，第一批试点联盟 13 家、第二批试点联盟 4 家、第三批试点联盟 5 家"), "五 by batch");
    assertTrue(text.contains("高粱产业技术创新战略联盟（342）2019 年活跃度较高（80 分），不再列入"),
        "the dropped alliance with its score and tier");
    assertTrue(text.contains("并非公布的表格，而是根据报告的表述重建"), "says it is a reconstruction");
    assertTrue(text.contains("评价专家组由 31 名专家组成"), "二 covers the panel");
    assertTrue(text.contains("评价内容时限为 2019 年 1 月 1 日—12 月 31 日"), "二 the period");
    assertTrue(text.contains("未参评联盟共 58 家"), "七");
  }

  @Test
  void theOrganisationSection_givesEveryBandOfTheTierScheme_withItsUnit() throws Exception {
    for (String lang : List.of("zh", "en")) {
      CliRun run = CliRun.of("report", "--lang", lang, "--format", "markdown");
      assertEquals(0, run.exitCode(), run.err());
      String tiers = run.out().lines().filter(l -> l.startsWith(lang.equals("zh") ? "评价结果分为四档"
          : "Four tiers")).findFirst().orElseThrow();
      for (io.allianceeval.scoring.TierScheme.Band b
          : io.allianceeval.scoring.TierScheme.standard().bands()) {
        String range = b.min() + "–" + b.max() + (lang.equals("zh") ? " 分" : " points");
        assertTrue(tiers.contains(range), lang + ": " + range + " in " + tiers);
      }
    }
  }

  @Test
  void theOfficesProse_isPlacedInItsSections_andAMissingOneSaysHowToAddIt() throws Exception {
    Path prose = dir.resolve("prose");
    Files.createDirectories(prose);
    Files.writeString(prose.resolve("前言.md"), "为了解各联盟的活动情况，开展本次评价。\n\n第二段。\n");
    Files.writeString(prose.resolve("recommendations.md"), "## 一点建议\n\n加强信息报送。\n");
    Path out = dir.resolve("r.html");
    CliRun run = CliRun.of("report", "--prose", prose.toString(), "--format", "html", "--out",
        out.toString());
    assertEquals(0, run.exitCode(), run.err());
    org.jsoup.nodes.Document page = Jsoup.parse(Files.readString(out));
    Element preface = page.select("h2:contains(一、前言)").first();
    assertEquals("为了解各联盟的活动情况，开展本次评价。", preface.nextElementSibling().text());
    assertTrue(page.select("h3").eachText().contains("一点建议"));
    assertTrue(page.text().contains("加强信息报送。"));
    assertTrue(page.text().contains("以 --prose 目录中的 summary.md 提供"), "六 says how to add it");
    assertFalse(page.text().contains("preface.md 提供"));
  }

  @Test
  void aScoredReport_showsThePointsLostByIndicatorAndTier_inTheThreeGroups() throws Exception {
    Path out = dir.resolve("s.html");
    assertEquals(0, CliRun.of("score", "--format", "html", "--out", out.toString()).exitCode());
    org.jsoup.nodes.Document page = Jsoup.parse(Files.readString(out));
    List<String> h3 = page.select("h3").eachText();
    assertTrue(h3.containsAll(List.of("（一）组织机构建设与运行（25 分）", "（二）协同创新活动（45 分）",
        "（三）带动产业发展成效（30 分）")), h3.toString());
    Element first = page.select("h3:contains(组织机构建设与运行)").first().nextElementSibling();
    assertEquals("table", first.tagName());
    assertEquals(6, first.select("tbody tr").size(), "the six indicators of group 1");
  }

  @Test
  void aReportOfOtherScores_leavesOutWhatItsInputsDoNotSupport() throws Exception {
    Path scores = dir.resolve("s.csv");
    Files.writeString(scores, "code,name,score\n105,TD 产业技术创新战略联盟,90\n");
    CliRun run = CliRun.of("report", "--scores", scores.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("（评价专家组：以 --panel 文件提供。）"), run.out());
    assertTrue(run.out().contains("需要连续三年的评价结果"), run.out());
    assertFalse(run.out().contains("附件 1："));
    assertFalse(run.out().contains("附件 3："));
  }
}
