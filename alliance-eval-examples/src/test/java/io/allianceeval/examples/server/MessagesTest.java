package io.allianceeval.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.examples.app.StepException;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.examples.server.web.Texts;
import io.allianceeval.year.Refusal;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The server's two bundles say the same things: every key in Chinese is in English and back, and
 * every refusal of the core's rules and every failed step has its sentence in both.
 */
class MessagesTest {

  private static Properties bundle(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(
        "/io/allianceeval/examples/server/" + name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguages_haveTheSameKeys() throws Exception {
    assertEquals(new TreeSet<>(bundle("messages.properties").stringPropertyNames()),
        new TreeSet<>(bundle("messages_zh.properties").stringPropertyNames()));
  }

  @Test
  void everyRefusalAndEveryFailedStep_isSaidInBothLanguages() {
    List<String> missing = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      Texts t = new Texts(lang);
      for (Refusal r : Refusal.values()) {
        if (!t.has("refusal." + r.name())) {
          missing.add(lang + " refusal." + r.name());
        }
      }
      for (StepException.Reason r : StepException.Reason.values()) {
        if (!t.has("step." + r.name())) {
          missing.add(lang + " step." + r.name());
        }
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(new Texts(Lang.ZH).get("refusal.PUBLICITY_NOT_OVER").contains("公示"));
  }

  /**
   * Every sentence is a {@link java.text.MessageFormat} pattern, where a lone apostrophe starts a
   * quotation and disappears ("the expert's" would print "the experts"): each apostrophe a
   * reader should see is written twice.
   */
  @Test
  void everyApostrophe_survivesTheFormatting() throws Exception {
    List<String> lost = new ArrayList<>();
    for (String name : List.of("messages.properties", "messages_zh.properties")) {
      Properties p = bundle(name);
      for (String key : p.stringPropertyNames()) {
        String pattern = p.getProperty(key);
        Object[] args = {"a", "b", "c", "d", "e", "f"};
        String out = new java.text.MessageFormat(pattern).format(args);
        long wanted = pattern.split("''", -1).length - 1;
        long shown = out.chars().filter(c -> c == '\'').count();
        if (shown != wanted) {
          lost.add(name + " " + key);
        }
      }
    }
    assertEquals(List.of(), lost);
  }
}
