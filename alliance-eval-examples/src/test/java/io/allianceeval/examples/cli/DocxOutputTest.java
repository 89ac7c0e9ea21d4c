package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --format docx}: reopened with POI. */
class DocxOutputTest {

  @TempDir Path dir;

  @Test
  void report_asWord_hasHeadingStyles_theScoreTable_nativeCharts_andTheFigures() throws Exception {
    Path docx = dir.resolve("2019.docx");
    CliRun run = CliRun.of("report", "--format", "docx", "--out", docx.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
      List<String> headings = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (XWPFParagraph p : doc.getParagraphs()) {
        if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
          headings.add(p.getStyle() + " " + p.getText());
        }
        text.append(p.getText()).append('\n');
      }
      assertEquals("Heading1 2019 年度产业技术创新战略联盟活跃度评价", headings.get(0));
      assertEquals(List.of("一、前言", "二、活跃度评价工作的组织", "三、联盟活跃度情况分析", "四、从各项指标来看",
          "五、A 级活跃度联盟评价的情况", "六、总结", "七、未参与活跃度评价的联盟情况", "八、建议",
          "附件 1：评价专家组名单", "附件 2：2019 年度产业技术创新战略联盟活跃度评分表",
          "附件 3：A 级活跃度产业技术创新战略联盟名单（2017—2019 连续三年活跃度高）", "说明"),
          headings.stream().filter(h -> h.startsWith("Heading2 ")).map(h -> h.substring(9))
              .toList(), "the sections as the 2019 report numbers them");
      assertTrue(headings.contains("Heading3 （一）总体情况"), headings.toString());
      assertTrue(doc.getStyles().styleExist("Heading2"), "a real heading style");
      assertTrue(text.toString().contains("占参评联盟的 35.35%、占联盟总数的 22.29%"),
          "the figures in the text");
      int scoreRows = 0;
      for (XWPFTable t : doc.getTables()) {
        String header = t.getRow(0).getCell(0).getText();
        if (header.equals("排名")) {
          scoreRows += t.getNumberOfRows() - 1;
          List<Integer> widths = t.getCTTbl().getTblGrid().getGridColList().stream()
              .map(c -> ((BigInteger) c.getW()).intValue()).toList();
          assertEquals(t.getWidth(), widths.stream().mapToInt(Integer::intValue).sum(),
              "the columns fill the table: " + widths);
          int name = 2;
          assertEquals("联盟名称", t.getRow(0).getCell(name).getText());
          for (int other = 0; other < widths.size(); other++) {
            if (other != name) {
              assertTrue(widths.get(name) > 2 * widths.get(other),
                  "the alliance names get the room, so they do not wrap: " + widths);
            }
          }
        }
      }
      assertEquals(99, scoreRows, "the 99 rows of the score table");
      assertTrue(doc.getCharts().size() >= 12, "native charts: " + doc.getCharts().size());
      List<String> titles = doc.getCharts().stream()
          .map(c -> c.getFormattedTitle().getParagraph(0).getText()).toList();
      assertTrue(titles.contains("参评联盟中四档各占比例"), "titles are text: " + titles);
      assertTrue(titles.contains("活跃度高的试点联盟共 33 家，三批各占比"), titles.toString());
    }
  }

  @Test
  void docxWithoutOut_isRefused() {
    CliRun run = CliRun.of("report", "--format", "docx");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--format docx writes a Word document: give --out FILE.docx"));
  }
}
