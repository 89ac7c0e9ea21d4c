package io.allianceeval.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.examples.app.EmbeddedData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Reports#render}: every format from one source, each what it says it is. */
class ReportsTest {

  private static ReportSource source;

  @BeforeAll
  static void evaluate() throws Exception {
    source = ReportSource.of(EmbeddedData.scores2019().evaluate(Evaluation.forYear(2019)
        .withPopulation(EmbeddedData.population2019())));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void everyFormat_isRendered_andTextFormatsAreUtf8(Format format) throws Exception {
    byte[] bytes = Reports.render(source, format, Lang.ZH, PercentRounding.HALF_UP);
    switch (format) {
      case TEXT, MARKDOWN -> assertTrue(new String(bytes, StandardCharsets.UTF_8)
          .contains("2019 年度产业技术创新战略联盟活跃度评价"));
      case JSON -> assertTrue(new String(bytes, StandardCharsets.UTF_8)
          .startsWith("{\n  \"year\": 2019,"));
      case HTML -> assertTrue(new String(bytes, StandardCharsets.UTF_8)
          .startsWith("<!DOCTYPE html>"));
      case DOCX -> {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
          assertTrue(doc.getParagraphs().size() > 10);
        }
      }
      case XLSX -> {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
          assertTrue(wb.getNumberOfSheets() > 1);
        }
      }
    }
    assertEquals(format == Format.DOCX || format == Format.XLSX, format.isFile());
  }

  @Test
  void theSameSource_rendersTheSameBytes_everyTime() {
    for (Format f : new Format[] {Format.TEXT, Format.JSON, Format.HTML}) {
      assertEquals(new String(Reports.render(source, f, Lang.EN, PercentRounding.HALF_UP),
          StandardCharsets.UTF_8), new String(Reports.render(source, f, Lang.EN,
          PercentRounding.HALF_UP), StandardCharsets.UTF_8), f.toString());
    }
  }
}
