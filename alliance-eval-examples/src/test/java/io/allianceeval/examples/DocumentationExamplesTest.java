package io.allianceeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The code of the README and of the manual's pages is the examples' code, and its printed output is
 * what they print: the build fails when either drifts.
 */
class DocumentationExamplesTest {

  private static String source(String file) throws IOException {
    return Files.readString(TestFiles.repositoryRoot()
        .resolve("alliance-eval-examples/src/main/java/io/allianceeval/examples").resolve(file));
  }

  /** The source between {@code // name:begin} and {@code // name:end}. */
  static String sourceRegion(String source, String name) {
    String begin = "// " + name + ":begin";
    String end = "// " + name + ":end";
    String region = source.substring(source.indexOf(begin) + begin.length(), source.indexOf(end));
    return TestFiles.normalise(region);
  }

  private static String run(Runnable main) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return TestFiles.normalise(bytes.toString(StandardCharsets.UTF_8));
  }

  /**
   * The README block {@code name} is the region {@code name} of {@code file}, and the block
   * {@code name-output} is what {@code main} prints.
   */
  private static void assertExample(String page, String file, String name, Runnable main)
      throws IOException {
    String text = TestFiles.page(page);
    assertEquals(sourceRegion(source(file), name), TestFiles.block(text, name));
    assertEquals(TestFiles.block(text, name + "-output"), run(main));
  }

  @Test
  void quickStart_inReadme_isTheCompiledExample_andPrintsWhatTheReadmeShows() throws IOException {
    assertExample("README.md", "QuickStart.java", "quickstart", () -> QuickStart.main(new String[0]));
  }

  @Test
  void customPolicyExample_inTheScoringPage_isTheCompiledExample_andPrintsWhatTheReadmeShows()
      throws IOException {
    assertExample("docs/scoring.md", "CustomPolicyExample.java", "custom",
        () -> CustomPolicyExample.main(new String[0]));
  }

  @Test
  void activityLogExample_inTheDatabasePage_isTheCompiledExample_andPrintsWhatTheReadmeShows()
      throws IOException {
    assertExample("docs/activity-database.md", "ActivityLogExample.java", "activitylog",
        () -> ActivityLogExample.main(new String[0]));
  }

  @Test
  void diagnosticsExample_inTheDiagnosticsPage_isTheCompiledExample_andPrintsWhatThePageShows()
      throws IOException {
    assertExample("docs/diagnostics.md", "DiagnosticsExample.java", "diagnostics",
        () -> DiagnosticsExample.main(new String[0]));
  }

  @Test
  void readme_testCommand_isWhatCiRuns() throws IOException {
    Path ci = TestFiles.repositoryRoot().resolve(".ci/run");
    String command = Files.readAllLines(ci).stream().filter(l -> l.startsWith("mvn "))
        .findFirst().orElseThrow();
    assertEquals(true, TestFiles.page("README.md").contains("```\n" + command + "\n```"), command);
  }
}
