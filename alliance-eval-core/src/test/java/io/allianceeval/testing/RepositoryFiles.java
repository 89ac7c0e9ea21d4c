package io.allianceeval.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of this repository that tests read; nothing outside the repository is ever read. */
public final class RepositoryFiles {

  private RepositoryFiles() {}

  /** {@code <repository root>/<relative>}; the root is the folder with {@code docs/} and the core. */
  public static Path resolve(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("alliance-eval-core")) && Files.isDirectory(d.resolve("docs"))) {
        return d.resolve(relative);
      }
    }
    throw new IllegalStateException("repository root not found above " + dir);
  }
}
