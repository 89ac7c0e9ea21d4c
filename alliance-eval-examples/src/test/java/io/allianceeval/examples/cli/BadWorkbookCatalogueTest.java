package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalogue of bad workbooks, built here with POI. Each one exits 2 with a message that names the
 * file, the sheet and the cell (or the file, for files that are not workbooks), writes no output
 * file, and prints no stack trace.
 */
class BadWorkbookCatalogueTest {

  @TempDir Path dir;

  /** A score sheet: header code,name,score,tier in row 1 and three good rows; then {@code edit}. */
  private static Consumer<XSSFWorkbook> scores(Consumer<Sheet> edit) {
    return wb -> {
      Sheet s = wb.createSheet("附件2");
      String[][] rows = {{"编号", "联盟名称", "评分", "等级"}, {"105", "TD 产业技术创新战略联盟", "100", ""},
          {"342", "高粱产业技术创新战略联盟", "80", ""}, {"110", "半导体照明产业技术创新战略联盟", "95", ""}};
      for (int r = 0; r < rows.length; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (r > 0 && c == 2) {
            row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
          } else if (!rows[r][c].isEmpty()) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      edit.accept(s);
    };
  }

  private static Arguments report(String name, Consumer<XSSFWorkbook> book, List<String> extra,
      String... expected) {
    return Arguments.of(name, "report", book, extra, List.of(expected));
  }

  private static Arguments report(String name, Consumer<XSSFWorkbook> book, String... expected) {
    return report(name, book, List.of(), expected);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        report("wrong sheet name", scores(s -> { }), List.of("--sheet", "Scores"),
            "has no sheet 'Scores'; its sheets are 附件2"),
        report("no header", wb -> wb.createSheet("附件2").createRow(0).createCell(0)
            .setCellValue("评分表"), "no sheet has a header row with the columns code, name"),
        report("empty sheet", wb -> wb.createSheet("附件2"),
            "no sheet has a header row with the columns code, name (sheets: 附件2)"),
        report("header only", scores(s -> {
          s.removeRow(s.getRow(1));
          s.removeRow(s.getRow(2));
          s.removeRow(s.getRow(3));
        }), "sheet 附件2: has a header but no data rows"),
        report("#N/A in a score", scores(s -> s.getRow(2).getCell(2)
            .setCellErrorValue(FormulaError.NA.getCode())),
            "sheet 附件2, cell C3 (score): an error cell #N/A"),
        report("#DIV/0! in a code", scores(s -> s.getRow(1).createCell(0)
            .setCellErrorValue(FormulaError.DIV0.getCode())),
            "sheet 附件2, cell A2 (code): an error cell #DIV/0!"),
        report("a date as a score", scores(s -> {
          CellStyle date = s.getWorkbook().createCellStyle();
          date.setDataFormat(s.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd"));
          s.getRow(3).getCell(2).setCellStyle(date);
        }), "sheet 附件2, cell C4 (score): a date, expected a number or text"),
        report("a boolean as a score", scores(s -> s.getRow(3).getCell(2).setCellValue(false)),
            "cell C4 (score): TRUE/FALSE, expected a number or text"),
        report("九十八 as a score", scores(s -> s.getRow(1).getCell(2).setCellValue("九十八")),
            "cell C2 (score): expected a number of points such as 5 or 2.5: '九十八'"),
        report("a score with three decimals", scores(s -> s.getRow(1).getCell(2)
            .setCellValue(84.125)), "cell C2 (score): points must have at most two decimals: "
                + "84.125"),
        report("a score above 100", scores(s -> s.getRow(1).getCell(2).setCellValue(100.5)),
            "cell C2 (score): alliance 105: score must be from 0 to 100: 100.5"),
        report("a tier that disagrees", scores(s -> s.getRow(2).createCell(3)
            .setCellValue("活跃度高")), "cell D3 (tier): alliance 342: tier HIGH disagrees "
                + "with score 80"),
        report("a code of the wrong shape", scores(s -> s.getRow(2).getCell(0)
            .setCellValue("4O1")), "cell A3 (code): alliance code must be 1NN, 2NN, 3NN or "
                + "DNNN: '4O1'"),
        report("a negative score", scores(s -> s.getRow(3).getCell(2).setCellValue(-1)),
            "cell C4 (score): alliance 110: score must be from 0 to 100: -1"),
        report("a blank code", scores(s -> s.getRow(3).removeCell(s.getRow(3).getCell(0))),
            "cell A4 (code)"),
        report("#REF! in a name", scores(s -> s.getRow(2).getCell(1)
            .setCellErrorValue(FormulaError.REF.getCode())),
            "cell B3 (name): an error cell #REF!"),
        report("a code given twice", scores(s -> s.getRow(3).getCell(0).setCellValue("105")),
            "cell A2 (code): alliance 105: 2 results, expected one"),
        report("merged data cells", scores(s -> s.addMergedRegion(
            new CellRangeAddress(2, 2, 1, 2))), "cell B3 (name): merged cells in a data row"),
        report("a formula with no saved value that cannot be evaluated", scores(s -> {
          s.getRow(2).removeCell(s.getRow(2).getCell(2)); // no cached value left
          s.getRow(2).createCell(2).setCellFormula("WEBSERVICE(\"http://127.0.0.1/score\")");
        }),
            "cell C3 (score): the formula =WEBSERVICE(\"http://127.0.0.1/score\") has no saved "
                + "value and cannot be evaluated here"),
        report("a group count that disagrees", wb -> {
          Sheet s = wb.createSheet("附件2");
          String[] header = {"序号", "联盟名称", "批次*", "评分"};
          Row h = s.createRow(0);
          for (int c = 0; c < header.length; c++) {
            h.createCell(c).setCellValue(header[c]);
          }
          s.createRow(1).createCell(0).setCellValue("活跃度高的联盟（共 3 家）");
          Row r = s.createRow(2);
          r.createCell(0).setCellValue(1);
          r.createCell(1).setCellValue("TD 产业技术创新战略联盟");
          r.createCell(2).setCellValue(105);
          r.createCell(3).setCellValue(100);
        }, "sheet 附件2, cell A2: the group row '活跃度高的联盟（共 3 家）' counts 3 alliances, "
            + "but 1 rows follow it"),
        report("a second column that means code", scores(s -> s.getRow(0).createCell(4)
            .setCellValue("代码")), "cell E1: a second column that means code ('代码')"),
        Arguments.of("records: text in a count", "score", (Consumer<XSSFWorkbook>) wb -> {
          Sheet s = wb.createSheet("记录");
          Row h = s.createRow(0);
          h.createCell(0).setCellValue("编号");
          h.createCell(1).setCellValue("联盟名称");
          int c = 2;
          for (String f : List.of("理事会", "专家(技术)委员会", "成员大会", "秘书处工作会议", "网站、网页及时更新",
              "秘书处专职化、对外联络", "自设协同创新项目", "承担各级政府项目", "外部委托项目", "知识产权共享",
              "组织和参与制定技术标准", "共建研发平台", "学术交流", "研究产业发展趋势", "联盟间跨领域合作",
              "产业技术创新链", "掌握产业核心技术", "行业技术推广及服务", "人才交流培养", "媒体报道及社会评价")) {
            h.createCell(c++).setCellValue(f);
          }
          Row r = s.createRow(1);
          r.createCell(0).setCellValue(105);
          r.createCell(1).setCellValue("TD");
          for (int i = 2; i < c; i++) {
            r.createCell(i).setCellValue(1);
          }
          r.getCell(5).setCellValue("三次");
        }, List.of(), List.of("sheet 记录, cell F2 (secretariat_meetings)", "'三次'")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badWorkbook_exits2_namingFileSheetAndCell_andWritesNothing(String name, String command,
      Consumer<XSSFWorkbook> book, List<String> extra, List<String> expected) throws Exception {
    Path input = dir.resolve("input.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(input)) {
      book.accept(wb);
      wb.write(out);
    }
    Path out = dir.resolve("out.xlsx");
    List<String> args = new ArrayList<>(List.of(command,
        command.equals("report") ? "--scores" : "--records", input.toString(),
        "--format", "xlsx", "--out", out.toString()));
    args.addAll(extra);
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(2, run.exitCode(), run.err() + run.out());
    for (String e : expected) {
      assertTrue(run.err().contains(e), "expected «" + e + "» in:\n" + run.err());
    }
    assertTrue(run.err().contains(input.toString()), "names the file:\n" + run.err());
    assertFalse(run.err().contains("Exception"), "no stack trace:\n" + run.err());
    assertFalse(Files.exists(out), "no output file");
    try (var files = Files.list(dir)) {
      assertEquals(List.of(), files.filter(p -> !p.equals(input)).toList(), "no temporary file");
    }
  }
}
