package io.allianceeval.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Panel}: groups, experts and who may score an alliance. */
class PanelTest {

  @Test
  void panelLookups() {
    Panel panel = ReviewFixtures.PANEL;
    assertEquals(List.of("E01", "E02", "E03", "E04", "E05", "E06"),
        panel.experts().stream().map(Expert::id).toList());
    assertEquals(Optional.of("B"), panel.groupOf("E04"));
    assertEquals(Optional.empty(), panel.groupOf("E99"));
    assertEquals("甲", panel.expert("E01").orElseThrow().name());
    assertEquals(List.of("E02"), panel.eligible("A", ReviewFixtures.C342).stream()
        .map(Expert::id).toList());
    assertEquals("Panel{A: E01, E02; B: E03, E04; C: E05, E06}", panel.toString());
    Panel unsorted = Panel.of(Map.of("X", List.of(Expert.of("E9", "九", Set.of()),
        Expert.of("E1", "一", Set.of())), "Y", List.of(Expert.of("E5", "五", Set.of()))));
    assertEquals(List.of("E1", "E9"), unsorted.group("X").stream().map(Expert::id).toList());
  }
}
