package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.examples.TestFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Every command the documentation shows ({@code $ alliance-eval …} in a code block of the README or
 * a page of {@code docs/}) is one the command line accepts: its command and subcommand exist, and
 * its options exist, take the values shown and go together. A renamed or removed option fails the
 * build here before a reader finds it. (Lines with {@code …} stand for options left out and are
 * not checked; the database transcript is also run, by {@link DatabaseTranscriptTest}.)
 */
class DocumentedCommandsTest {

  private static final String PROMPT = "$ alliance-eval ";

  @Test
  void everyDocumentedCommand_isAcceptedByTheCommandLine() throws IOException {
    List<String> refused = new ArrayList<>();
    int checked = 0;
    for (String page : TestFiles.pages()) {
      for (String command : commands(TestFiles.page(page))) {
        if (command.contains("…")) {
          continue;
        }
        String[] args = command.substring(PROMPT.length()).trim().split("\\s+");
        try {
          CommandLine.ParseResult parsed = AllianceEvalCommand.commandLine().parseArgs(args);
          assertTrue(parsed.hasSubcommand(), command);
        } catch (ParameterException e) {
          refused.add(page + ": " + command + "\n    " + e.getMessage());
        }
        checked++;
      }
    }
    assertEquals(List.of(), refused);
    assertTrue(checked >= 20, "documented commands found: " + checked);
  }

  @Test
  void aCommandWithAnUnknownOption_isRefused_soTheCheckAboveCanFail() {
    String[] args = {"report", "--scores", "a.csv", "--colour", "red"};
    ParameterException e = org.junit.jupiter.api.Assertions.assertThrows(ParameterException.class,
        () -> AllianceEvalCommand.commandLine().parseArgs(args));
    assertTrue(e.getMessage().contains("--colour"), e.getMessage());
  }

  /**
   * The {@code $ alliance-eval} lines of the page's code blocks, continuation lines (ending in
   * {@code \}) joined, trailing {@code # comments} removed.
   */
  static List<String> commands(String page) {
    List<String> commands = new ArrayList<>();
    boolean inBlock = false;
    StringBuilder pending = null;
    for (String line : page.split("\n")) {
      if (line.startsWith("```")) {
        inBlock = !inBlock;
        continue;
      }
      if (!inBlock) {
        continue;
      }
      if (pending != null) {
        pending.append(' ').append(line.strip());
      } else if (line.startsWith(PROMPT)) {
        pending = new StringBuilder(line);
      } else {
        continue;
      }
      if (pending.toString().endsWith("\\")) {
        pending.setLength(pending.length() - 1);
        continue;
      }
      String command = pending.toString().replaceAll("\\s+", " ");
      int comment = command.indexOf(" #");
      commands.add((comment < 0 ? command : command.substring(0, comment)).strip());
      pending = null;
    }
    return commands;
  }

  @Test
  void commands_areTheDollarLinesOfCodeBlocks_joinedAndWithoutComments() {
    String page = String.join("\n", "$ alliance-eval outside a block", "```",
        "$ alliance-eval report --lang en   # a comment", "printed output",
        "$ alliance-eval review --experts e.csv \\", "    --scores s.csv", "```");
    assertEquals(Arrays.asList("$ alliance-eval report --lang en",
        "$ alliance-eval review --experts e.csv --scores s.csv"), commands(page));
  }
}
