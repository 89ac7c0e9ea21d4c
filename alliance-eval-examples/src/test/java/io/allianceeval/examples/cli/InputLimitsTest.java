package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.examples.io.InputLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input gets a clear answer, not a hang or a flood: limits on columns, cell lengths, the
 * length of what a message echoes, and the number of problems listed.
 */
class InputLimitsTest {

  @TempDir Path dir;

  @Test
  @Timeout(60) // a guard against the hang this test exists for, not a measurement
  void aHeaderOf200000Columns_isRefusedAtOnce() throws Exception {
    StringBuilder header = new StringBuilder("code,name,score");
    for (int i = 0; i < 200_000; i++) {
      header.append(",c").append(i);
    }
    Path f = Files.writeString(dir.resolve("wide.csv"), header + "\n105,甲,90\n");
    CliRun run = CliRun.of("report", "--scores", f.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("line 1: the header has 200003 columns; expected at most "
        + InputLimits.MAX_COLUMNS), run.err());
  }

  @Test
  void aDuplicateHeaderName_isEchoedCut_notWhole() throws Exception {
    String huge = "x".repeat(300_000);
    Path f = Files.writeString(dir.resolve("dup.csv"), "code,name,score," + huge + ",tier,"
        + huge + "\n105,甲,90,,,\n");
    CliRun run = CliRun.of("report", "--scores", f.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().length() < 2_000, "bounded: " + run.err().length() + " characters");
    assertTrue(run.err().contains("…"), run.err());
  }

  @Test
  void aFiveMegabyteName_isAProblemWithTheFieldAndTheLimit() throws Exception {
    Path f = Files.writeString(dir.resolve("long.csv"), "code,name,score\n105,"
        + "名".repeat(5 * 1024 * 1024) + ",90\n342,高粱,80\n");
    CliRun run = CliRun.of("report", "--scores", f.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("line 2, field name: expected at most 200 characters, found "
        + 5 * 1024 * 1024), run.err());
    assertTrue(run.err().length() < 2_000, "bounded: " + run.err().length());
  }

  @Test
  void aLongTitleInALog_isAProblemWithItsLimit() throws Exception {
    Path log = Files.writeString(dir.resolve("log.csv"), CliFixtures.HEADER
        + "342,高粱产业技术创新战略联盟,2019-02-11,standards," + "标".repeat(501) + ",,\n");
    CliRun run = CliRun.of("score", "--activities", log.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("field title: expected at most 500 characters, found 501"),
        run.err());
  }

  @Test
  void moreThanAHundredProblems_areCounted_notAllListed() throws Exception {
    StringBuilder sb = new StringBuilder("code,name,score\n");
    for (int i = 0; i < 150; i++) {
      sb.append("4O").append(i % 10).append(",x,90\n");
    }
    Path f = Files.writeString(dir.resolve("bad.csv"), sb);
    CliRun run = CliRun.of("report", "--scores", f.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("alliance-eval: 150 problems in the input:"), run.err());
    assertTrue(run.err().contains("… and 50 more problems, not listed"), run.err());
    assertEquals(1 + InputLimits.MAX_LISTED + 1, run.err().lines().count());
    assertFalse(run.err().contains("line 102,"), "the 101st problem is not listed");
  }

  @Test
  void moreRowsThanTheLimit_isAProblemNamingTheLineAndTheLimit() throws Exception {
    StringBuilder sb = new StringBuilder("code,name,score\n");
    for (int i = 1; i <= 12; i++) {
      sb.append(String.format("1%02d", i)).append(",联盟,80\n");
    }
    Path f = Files.writeString(dir.resolve("rows.csv"), sb);
    System.setProperty("allianceeval.input.maxRows", "10");
    try {
      CliRun run = CliRun.of("report", "--scores", f.toString());
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(run.err().contains("line 12: more than 10 rows; expected at most that many "
          + "(split the file)"), run.err());
    } finally {
      System.clearProperty("allianceeval.input.maxRows");
    }
  }

  @Test
  void aFileOverTheSizeLimit_isRefusedBeforeItIsRead() throws Exception {
    Path f = dir.resolve("huge.csv");
    try (var file = new java.io.RandomAccessFile(f.toFile(), "rw")) {
      file.setLength(InputLimits.MAX_FILE_BYTES + 1); // sparse: takes no room on disk
    }
    CliRun run = CliRun.of("report", "--scores", f.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains(f + ": is 268435457 bytes; expected at most 268435456 (256 MB; "
        + "split it)"), run.err());
  }
}
