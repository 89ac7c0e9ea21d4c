package io.allianceeval.examples.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvOutputTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "=SUM(A1:A9)|'=SUM(A1:A9)",
    "+86 1234|'+86 1234",
    "-1|'-1",
    "@cmd|'@cmd",
    "高粱产业技术创新战略联盟|高粱产业技术创新战略联盟",
    "a=b|a=b"
  })
  void cellsThatASpreadsheetWouldEvaluate_areEscaped(String cell, String written) {
    assertEquals(written, CsvOutput.safe(cell));
  }

  @org.junit.jupiter.api.Test
  void numbersAreWrittenAsNumbers_andTextIsQuotedWhereNeeded() {
    String csv = CsvOutput.write(List.of("code", "name", "score"),
        List.of(List.of("105", "=HYPERLINK(\"x\"),y", -1), List.of("110", "a\nb", 87.25)));
    assertEquals("code,name,score\n105,\"'=HYPERLINK(\"\"x\"\"),y\",-1\n110,\"a\nb\",87.25\n", csv);
  }
}
