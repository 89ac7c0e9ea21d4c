package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.examples.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database page's command-line transcript ({@code docs/activity-database.md}) of the activity database is what the commands print: each
 * {@code $ alliance-eval …} line is run, in a fresh folder that holds the page's log file, and
 * the lines shown under it must be its output, in order ({@code …} stands for lines left out).
 */
class DatabaseTranscriptTest {

  private static final String PROMPT = "$ alliance-eval ";
  private static final String ELLIPSIS = "…";

  @TempDir Path dir;

  @Test
  void theDatabaseTranscript_printsWhatTheReadmeShows() throws IOException {
    String readme = TestFiles.page("docs/activity-database.md");
    Files.writeString(dir.resolve("log-342.csv"),
        TestFiles.block(readme, "log342") + "\n", StandardCharsets.UTF_8);
    List<String> lines = List.of(TestFiles.block(readme, "transcript").split("\n"));
    int commands = 0;
    for (int i = 0; i < lines.size(); ) {
      String command = lines.get(i);
      assertTrue(command.startsWith(PROMPT), "a command line: " + command);
      List<String> shown = new ArrayList<>();
      for (i++; i < lines.size() && !lines.get(i).startsWith(PROMPT); i++) {
        shown.add(lines.get(i));
      }
      String[] args = Arrays.stream(command.substring(PROMPT.length()).split(" +"))
          .map(this::inFolder).toArray(String[]::new);
      CliRun run = CliRun.of(args);
      assertEquals(0, run.exitCode(), command + "\n" + run.err());
      List<String> printed = List.of(TestFiles.normalise(
          run.out().replace(dir.toString() + dir.getFileSystem().getSeparator(), "")).split("\n"));
      assertShown(command, shown, printed.get(0).isEmpty() ? List.of() : printed);
      commands++;
    }
    assertEquals(6, commands, "the transcript's commands");
  }

  /** A file name of the transcript as a path in the test's folder; other arguments as they are. */
  private String inFolder(String arg) {
    return !arg.startsWith("-") && arg.matches(".*\\.[a-z]+") ? dir.resolve(arg).toString() : arg;
  }

  /**
   * {@code shown} is {@code printed}: line for line, where {@code …} may stand for any number of
   * lines.
   */
  private static void assertShown(String command, List<String> shown, List<String> printed) {
    int at = 0;
    boolean skipping = false;
    for (String line : shown) {
      if (line.equals(ELLIPSIS)) {
        skipping = true;
        continue;
      }
      int found = printed.subList(at, printed.size()).indexOf(line);
      assertTrue(found >= 0 && (skipping || found == 0),
          command + ": the page shows\n" + line + "\nwhere the command printed\n"
              + String.join("\n", printed.subList(at, printed.size())));
      at += found + 1;
      skipping = false;
    }
    assertTrue(skipping || at == printed.size(), command + ": the command printed more than "
        + "the page shows:\n" + String.join("\n", printed.subList(at, printed.size())));
  }
}
