package io.allianceeval.examples.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** {@link XlsxTable}: one sheet of a workbook as rows of text, every odd cell named. */
class XlsxTableTest {

  private static final List<String> SCORES = List.of("code", "name", "score", "tier");

  /** A workbook with sheets built by {@code sheets}, as bytes. */
  private static byte[] workbook(Consumer<XSSFWorkbook> sheets) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out =
        new ByteArrayOutputStream()) {
      sheets.accept(wb);
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static Row row(Sheet s, int r, Object... cells) {
    Row row = s.createRow(r);
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] instanceof Number n) {
        row.createCell(i).setCellValue(n.doubleValue());
      } else if (cells[i] != null) {
        row.createCell(i).setCellValue(cells[i].toString());
      }
    }
    return row;
  }

  @Test
  void theHeader_isFoundBelowATitle_inChineseOrEnglish_andNumbersReadAsTheirDecimals()
      throws Exception {
    byte[] bytes = workbook(wb -> {
      Sheet s = wb.createSheet("附件2");
      row(s, 0, "2019 年度联盟活跃度评价结果");
      row(s, 2, "编号", "联盟名称", "评分", "等级");
      row(s, 3, 105, " TD 产业技术创新战略联盟 ", 100, "活跃度高");
      row(s, 4, "342", "高粱产业技术创新战略联盟", 84.5, "");
    });
    InputTable t = XlsxTable.read("s.xlsx", bytes, SCORES, null);
    assertEquals(List.of(), t.problems());
    assertEquals(2, t.rows().size());
    assertEquals("105", t.rows().get(0).get("code"), "a code typed as a number");
    assertEquals("TD 产业技术创新战略联盟", t.rows().get(0).get("name"), "trimmed");
    assertEquals("100", t.rows().get(0).get("score"), "100, not 100.0");
    assertEquals("84.5", t.rows().get(1).get("score"));
    assertEquals("C5", t.rows().get(1).cell("score"));
  }

  @Test
  void theSheet_isTheOneNamed_orTheFirstWithAHeader() throws Exception {
    byte[] bytes = workbook(wb -> {
      row(wb.createSheet("说明"), 0, "填写说明");
      Sheet s = wb.createSheet("data");
      row(s, 0, "code", "name", "score", "tier");
      row(s, 1, "105", "甲", 90, "");
      Sheet other = wb.createSheet("other");
      row(other, 0, "code", "name", "score", "tier");
      row(other, 1, "110", "乙", 80, "");
    });
    assertEquals("105", XlsxTable.read("w.xlsx", bytes, SCORES, null).rows().get(0)
        .get("code"));
    assertEquals("110", XlsxTable.read("w.xlsx", bytes, SCORES, "other").rows().get(0)
        .get("code"));
  }

  @Test
  void annex2AsPublished_groupRowsGiveTheTier_andTheirCountsAreChecked() throws Exception {
    byte[] bytes = workbook(wb -> {
      Sheet s = wb.createSheet("附件2");
      row(s, 0, "序号", "编号", "联盟名称", "评分");
      row(s, 1, "活跃度高的联盟（共 2 家）");
      s.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));
      row(s, 2, 1, "105", "甲", 100);
      row(s, 3, 2, "110", "乙", 95);
      row(s, 4, "不活跃的联盟（共 2 家）");
      row(s, 5, null, "342", "丙", null);
      row(s, 6, "*备注：不活跃联盟不列分数");
    });
    InputTable t = XlsxTable.read("a.xlsx", bytes, List.of("code", "name"), null);
    assertEquals(3, t.rows().size(), "the footnote is skipped");
    assertEquals("HIGH", t.rows().get(0).get("tier"));
    assertEquals("INACTIVE", t.rows().get(2).get("tier"));
    assertEquals(1, t.problems().size(), t.problems().toString());
    assertTrue(t.problems().get(0).toString().contains("counts 2 alliances, but "),
        t.problems().toString());
  }

  @Test
  void datesBooleansAndErrorCells_areProblemsNamingTheCell() throws Exception {
    byte[] bytes = workbook(wb -> {
      Sheet s = wb.createSheet("s");
      row(s, 0, "code", "name", "score", "tier");
      Row r = row(s, 1, "105", "甲", null, "");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      r.createCell(2).setCellValue(LocalDate.of(2019, 1, 1));
      r.getCell(2).setCellStyle(date);
      Row b = row(s, 2, "110", "乙", null, "");
      b.createCell(2).setCellValue(true);
      Row e = row(s, 3, "342", "丙", null, "");
      e.createCell(2).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
    });
    InputTable t = XlsxTable.read("s.xlsx", bytes, SCORES, null);
    List<String> problems = t.problems().stream().map(Object::toString).toList();
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("cell C2 (score): a date"), problems.toString());
    assertTrue(problems.get(1).contains("cell C3 (score): TRUE/FALSE"), problems.toString());
    assertTrue(problems.get(2).contains("cell C4 (score): an error cell #N/A"),
        problems.toString());
  }

  @Test
  void aWorkbookWithoutTheColumns_isRefusedNamingWhatIsMissing() throws Exception {
    byte[] bytes = workbook(wb -> row(wb.createSheet("s"), 0, "代码", "名称"));
    BadInputException e = assertThrows(BadInputException.class,
        () -> XlsxTable.read("s.xlsx", bytes, SCORES, null));
    assertTrue(e.getMessage().contains("score"), e.getMessage());
  }

  @Test
  void decimal_printsTheShortestForm() {
    assertEquals("105", XlsxTable.decimal(105.0));
    assertEquals("84.5", XlsxTable.decimal(84.5));
    assertEquals("0.1", XlsxTable.decimal(0.1));
  }
}
