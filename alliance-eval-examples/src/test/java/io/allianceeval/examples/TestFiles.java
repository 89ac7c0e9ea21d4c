package io.allianceeval.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Files of this repository that tests read; nothing outside the repository is ever read. */
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

  /**
   * One of the report's tables as the repository carries it (the embedded 2019 data):
   * {@code scores-2019.csv}, {@code a-level-2017-2019.csv}, {@code panel-2019.csv},
   * {@code history-2016-2018-reconstructed.csv}.
   */
  public static Path data(String name) {
    return repositoryRoot().resolve("alliance-eval-examples/src/main/resources/io/allianceeval/examples/data")
        .resolve(name);
  }

  /** The text of a page of the documentation: {@code README.md} or {@code docs/…}. */
  public static String page(String path) throws java.io.IOException {
    return Files.readString(repositoryRoot().resolve(path));
  }

  /** The README and every Markdown page of {@code docs/}, as paths from the repository root. */
  public static java.util.List<String> pages() throws java.io.IOException {
    try (java.util.stream.Stream<Path> docs = Files.list(repositoryRoot().resolve("docs"))) {
      return java.util.stream.Stream.concat(java.util.stream.Stream.of("README.md"),
          docs.map(d -> "docs/" + d.getFileName()).filter(d -> d.endsWith(".md")).sorted())
          .collect(Collectors.toList());
    }
  }

  /**
   * The fenced block of {@code readme} between {@code <!-- name:begin -->} and
   * {@code <!-- name:end -->}, {@linkplain #normalise normalised}.
   */
  public static String block(String readme, String name) {
    String begin = "<!-- " + name + ":begin -->";
    String end = "<!-- " + name + ":end -->";
    String region = readme.substring(readme.indexOf(begin) + begin.length(), readme.indexOf(end));
    String body = region.substring(region.indexOf('\n', region.indexOf("```")) + 1,
        region.lastIndexOf("```"));
    return normalise(body);
  }

  /** The text's lines, each stripped, without blank lines. */
  public static String normalise(String text) {
    return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty())
        .collect(Collectors.joining("\n"));
  }
}
