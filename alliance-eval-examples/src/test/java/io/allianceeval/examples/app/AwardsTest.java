package io.allianceeval.examples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.awards.ConsecutiveYearAward;
import io.allianceeval.awards.History;
import io.allianceeval.examples.io.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Awards}: a history from score sheets, and the award of a year. */
class AwardsTest {

  @TempDir Path dir;

  @Test
  void theEmbeddedHistory_is2016To2019_andAwards22() throws Exception {
    History h = Awards.history(List.of(), null);
    assertEquals(Set.of(2016, 2017, 2018, 2019), h.years());
    assertEquals(22, Awards.award(h, ConsecutiveYearAward.aLevel(), OptionalInt.empty(),
        List.of()).awarded().size());
  }

  @Test
  void aYearTheHistoryCannotDecide_isBadInput_namingTheFiles() throws Exception {
    Path f = Files.writeString(dir.resolve("h.csv"), "year,code,name,score,tier\n"
        + "2019,105,甲,90,\n");
    History h = Awards.history(List.of(f), null);
    BadInputException e = assertThrows(BadInputException.class,
        () -> Awards.award(h, ConsecutiveYearAward.aLevel(), OptionalInt.of(2019), List.of(f)));
    assertTrue(e.problems().get(0).toString().startsWith(f + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("the history lacks [2017, 2018]"), e.getMessage());
  }

  @Test
  void aFileWithoutAYearColumn_isBadInput() throws Exception {
    Path f = Files.writeString(dir.resolve("h.csv"), "code,name,score,tier\n105,甲,90,\n");
    BadInputException e = assertThrows(BadInputException.class,
        () -> Awards.history(List.of(f), null));
    assertTrue(e.getMessage().contains("header lacks the column year"), e.getMessage());
  }
}
