package io.allianceeval.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The report's sentences: one bundle per language, the same sentences in both, well formed. */
class MessagesTest {

  @Test
  void bothLanguages_haveTheSameSentences() {
    assertEquals(new TreeSet<>(Lang.ZH.bundle().keySet()),
        new TreeSet<>(Lang.EN.bundle().keySet()));
    assertTrue(Lang.ZH.bundle().keySet().size() > 100, "the report's sentences are in the bundles");
  }

  @Test
  void everySentence_isAValidPattern_withNoLoneApostrophe() {
    List<String> problems = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      ResourceBundle bundle = lang.bundle();
      for (String key : bundle.keySet()) {
        String pattern = bundle.getString(key);
        try {
          new MessageFormat(pattern);
        } catch (IllegalArgumentException e) {
          problems.add(lang + " " + key + ": " + e.getMessage());
        }
        // MessageFormat drops a single apostrophe and quotes what follows it: "report's" must be
        // written "report''s".
        if (pattern.replace("''", "").contains("'")) {
          problems.add(lang + " " + key + ": lone apostrophe in " + pattern);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void arguments_areWrittenAsTheyAre_withoutTheLocalesGroupingOrRounding() {
    assertEquals("2019 年度产业技术创新战略联盟活跃度评价", Lang.ZH.text("report.title", 2019));
    assertEquals("Activity evaluation of industrial technology innovation strategic alliances, "
        + "12345", Lang.EN.text("report.title", 12345));
    assertEquals("（0.125–1000 分）",
        Lang.ZH.text("tier.band", new java.math.BigDecimal("0.125"),
            new java.math.BigDecimal("1E+3")));
  }

  @Test
  void anApostrophe_inEnglish_survivesFormatting() {
    assertTrue(Lang.EN.text("section.analysis").contains("alliances' activity"));
    assertFalse(Lang.EN.text("prose.missing", "preface").contains("''"));
  }

  @Test
  void aMissingSentence_isAnError_notABlank() {
    assertThrows(MissingResourceException.class, () -> Lang.EN.text("no.such.sentence"));
  }
}
