package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Exit codes that mean something: 2 for input the user can fix, 1 for work the machine could not
 * do (one line naming the file and the cause), 70 for a bug (with the stack trace).
 */
class ExitCodesTest {

  @TempDir Path dir;

  @Test
  void badOption_is2_withOneLineAndWhereToReadTheOptions() {
    CliRun run = CliRun.of("report", "--year", "1999");
    assertEquals(AllianceEvalCommand.BAD_INPUT, run.exitCode());
    assertEquals("alliance-eval: --year: expected a year from 2000 to 2100, found 1999\n"
        + "Try 'alliance-eval report --help' for the options.\n", run.err());
  }

  @Test
  void optionsThatGoTogetherOrExcludeEachOther_areCheckedByPicocli_exit2() {
    CliRun half = CliRun.of("review", "--experts", "experts.csv");
    assertEquals(AllianceEvalCommand.BAD_INPUT, half.exitCode());
    assertTrue(half.err().contains("Missing required argument(s): --scores"), half.err());
    CliRun both = CliRun.of("report", "--population", "FIRST=1,SECOND=1,THIRD=1,NETWORK=1",
        "--roster", "r.csv");
    assertEquals(AllianceEvalCommand.BAD_INPUT, both.exitCode());
    assertTrue(both.err().contains("mutually exclusive"), both.err());
  }

  @Test
  void anOutputFolderThatDoesNotExist_is1_namingTheFileAndTheCause_andLeavesNothing() {
    Path out = dir.resolve("missing").resolve("report.txt");
    CliRun run = CliRun.of("report", "--out", out.toString(), "--lang", "en");
    assertEquals(AllianceEvalCommand.FAILED, run.exitCode(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("alliance-eval: cannot write " + out + ": no such file or "
        + "folder"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("java."), run.err());
    assertFalse(Files.exists(dir.resolve("missing")));
  }

  @Test
  void anOutputThatIsAFolder_is1_andTheFolderIsUntouched() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("taken"));
    Files.writeString(folder.resolve("keep.txt"), "x");
    CliRun run = CliRun.of("report", "--out", folder.toString(), "--lang", "en");
    assertEquals(AllianceEvalCommand.FAILED, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("alliance-eval: cannot write " + folder + ": "), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertEquals("x", Files.readString(folder.resolve("keep.txt")));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file left beside it");
    }
  }

  @Test
  void aStorageFailure_isSaidInChineseByDefault() {
    Path out = dir.resolve("缺少").resolve("报告.txt");
    CliRun run = CliRun.of("report", "--out", out.toString());
    assertEquals(AllianceEvalCommand.FAILED, run.exitCode(), run.err());
    assertEquals("alliance-eval: 无法写入 " + out + "：文件或文件夹不存在\n", run.err());
  }

  @Test
  void aBug_is70_sayingInternalError_withTheStackTrace() {
    for (Exception bug : new Exception[] {new IllegalStateException("boom"),
        new IllegalArgumentException("a core check that the command line should have made"),
        new NullPointerException("x")}) {
      StringWriter err = new StringWriter();
      CommandLine cl = new CommandLine(new AllianceEvalCommand());
      cl.setErr(new PrintWriter(err));
      int code = AllianceEvalCommand.handle(bug, cl, null);
      assertEquals(AllianceEvalCommand.INTERNAL_ERROR, code);
      assertEquals(70, code, "EX_SOFTWARE");
      assertTrue(err.toString().startsWith("alliance-eval: internal error"), err.toString());
      assertTrue(err.toString().contains("\tat io.allianceeval.examples.cli.ExitCodesTest"),
          "the stack trace: " + err);
    }
  }
}
