package io.allianceeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README is a short front page and the manual is {@code docs/}, one page a topic: every link
 * between them leads somewhere (the file exists, and a {@code #section} is a heading of it, as
 * GitHub names headings), and every page of the manual is linked from the README.
 */
class DocumentationLinksTest {

  /** {@code [text](target)} and {@code ![alt](target)}, outside code spans. */
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  /** The README stays a front page: the manual's topics belong in {@code docs/}. */
  private static final int README_MAX_BYTES = 16_000;

  @Test
  void everyRelativeLink_leadsToAFileAndSection_thatExist() throws IOException {
    Path root = TestFiles.repositoryRoot();
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (String page : TestFiles.pages()) {
      Path from = root.resolve(page);
      Matcher m = LINK.matcher(withoutCode(Files.readString(from)));
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("[a-z]+:.*")) {
          continue;
        }
        links++;
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path to = file.isEmpty() ? from : from.getParent().resolve(file).normalize();
        if (!to.startsWith(root) || !Files.exists(to)) {
          broken.add(page + ": " + target + " (no such file)");
        } else if (hash >= 0 && !anchors(Files.readString(to)).contains(target.substring(hash + 1))) {
          broken.add(page + ": " + target + " (no such section)");
        }
      }
    }
    assertEquals(List.of(), broken);
    assertTrue(links >= 15, "links found: " + links);
  }

  @Test
  void everyPageOfTheManual_isLinkedFromTheReadme() throws IOException {
    String readme = TestFiles.page("README.md");
    List<String> orphans = TestFiles.pages().stream().filter(p -> p.startsWith("docs/"))
        .filter(p -> !readme.contains("](" + p + ")")).collect(Collectors.toList());
    assertEquals(List.of(), orphans);
  }

  @Test
  void theReadme_staysAFrontPage() throws IOException {
    long size = Files.size(TestFiles.repositoryRoot().resolve("README.md"));
    assertTrue(size <= README_MAX_BYTES,
        "README.md has " + size + " bytes; move topics to docs/ (at most " + README_MAX_BYTES + ")");
  }

  @Test
  void anchors_areGithubsNamesForHeadings() {
    assertEquals(Set.of("the-standard-2019-model", "several-years-the-a-level-award-streaks-and-the-exit-rule",
        "backups-and-recovery"), anchors(String.join("\n", "# The standard 2019 model",
        "## Several years: the A-level award, streaks and the exit rule", "```",
        "# not a heading inside code", "```", "### Backups and recovery")));
  }

  /** GitHub's anchors for the page's headings: lower case, punctuation dropped, spaces to '-'. */
  static Set<String> anchors(String page) {
    return withoutCode(page).lines().filter(l -> l.matches("#{1,6} .*"))
        .map(l -> l.replaceFirst("#{1,6} ", "").strip().toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
        .collect(Collectors.toSet());
  }

  /** The page without its fenced code blocks. */
  private static String withoutCode(String page) {
    return page.replaceAll("(?s)```.*?```", "");
  }
}
