package io.allianceeval.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root and {@code shared/} beside it (CI clones it there). */
public final class TestFiles {

  private TestFiles() {}

  /** The repository root: the folder with README.md and the examples module. */
  public static Path repositoryRoot() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.exists(d.resolve("README.md")) && Files.isDirectory(d.resolve("alliance-eval-examples"))) {
        return d;
      }
    }
    throw new IllegalStateException("repository root not found");
  }

  /** {@code shared/<relative>}. */
  public static Path shared(String relative) {
    for (Path d = repositoryRoot(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared/" + relative + " not found beside the repository");
  }
}
