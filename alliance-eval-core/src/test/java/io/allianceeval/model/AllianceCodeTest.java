package io.allianceeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AllianceCodeTest {

  @ParameterizedTest
  @CsvSource({"105,FIRST,5", "110,FIRST,10", "212,SECOND,12", "342,THIRD,42", "D106,NETWORK,106",
      "d106,NETWORK,106", "D202,NETWORK,202"})
  void parse_wellFormedCode_givesBatchAndNumber(String text, Batch batch, int number) {
    AllianceCode code = AllianceCode.parse(text);
    assertEquals(batch, code.batch());
    assertEquals(number, code.number());
  }

  @Test
  void parse_lowerCaseD_isShownAsUpperCase() {
    assertEquals("D106", AllianceCode.parse("d106").toString());
    assertEquals(AllianceCode.parse("D106"), AllianceCode.parse("d106"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"4O1", "401", "05", "1050", "D10", "D1066", "E106", "", " 105", "105 ",
      "１０５", "100", "D000", "abc", "1-5"})
  void parse_malformedCode_isRejectedQuotingTheText(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AllianceCode.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("1NN, 2NN, 3NN or DNNN"), e.getMessage());
    assertFalse(AllianceCode.isValid(text));
  }

  @Test
  void codes_orderByBatchThenNumber() {
    List<AllianceCode> expected = List.of("101", "131", "201", "239", "301", "355", "D101", "D205")
        .stream().map(AllianceCode::parse).toList();
    List<AllianceCode> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertEquals(expected, shuffled);
  }

  @Test
  void toString_padsNumbers() {
    assertEquals("101", AllianceCode.parse("101").toString());
    assertEquals("D007", AllianceCode.parse("d007").toString());
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(AllianceCode.parse("105"), AllianceCode.parse("105"))
        .addEqualityGroup(AllianceCode.parse("D106"), AllianceCode.parse("d106"))
        .addEqualityGroup(AllianceCode.parse("205"))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(AllianceCode.class);
  }

  @Test
  void batch_pilotAndLabels() {
    assertTrue(Batch.FIRST.isPilot() && Batch.SECOND.isPilot() && Batch.THIRD.isPilot());
    assertFalse(Batch.NETWORK.isPilot());
    assertEquals("第一批试点", Batch.FIRST.chineseLabel());
    assertEquals("协发网网员联盟", Batch.NETWORK.chineseLabel());
  }

  @Test
  void everyPossibleCode_hasItsOwnHashCode() {
    Set<Integer> hashes = new HashSet<>();
    int codes = 0;
    for (char batch : new char[] {'1', '2', '3'}) {
      for (int n = 1; n <= 99; n++) {
        hashes.add(AllianceCode.parse(batch + String.format("%02d", n)).hashCode());
        codes++;
      }
    }
    for (int n = 1; n <= 999; n++) {
      hashes.add(AllianceCode.parse(String.format("D%03d", n)).hashCode());
      codes++;
    }
    assertEquals(1296, codes);
    assertEquals(codes, hashes.size());
  }
}
