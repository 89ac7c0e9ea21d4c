package io.allianceeval.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code shared/}, which lies beside the repository (CI clones it there). */
public final class SharedFiles {

  private SharedFiles() {}

  /** {@code shared/<relative>}, found by walking up from the working directory. */
  public static Path resolve(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
      Path sibling = d.resolveSibling("shared").resolve(relative);
      if (Files.exists(sibling)) {
        return sibling;
      }
    }
    throw new IllegalStateException("shared/" + relative + " not found above " + dir);
  }
}
