package io.allianceeval.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.examples.app.EmbeddedData;
import io.allianceeval.examples.app.ReportSections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ReportComposer}: the report's sections in the order the 2019 report numbers them. */
class ReportComposerTest {

  private static EvaluationResult result;
  private static ReportModel figures;
  private static ReportInputs inputs;

  @BeforeAll
  static void evaluate() throws Exception {
    result = EmbeddedData.scores2019().evaluate(Evaluation.forYear(2019)
        .withPopulation(EmbeddedData.population2019()));
    inputs = ReportSections.read(result, Optional.empty(), Optional.empty(), null, true);
    figures = model(List.of(), inputs);
  }

  private static ReportModel model(List<String> notes, ReportInputs inputs) {
    return ReportModel.of(new ReportSource(result, notes, inputs, Optional.empty()),
        PercentRounding.HALF_UP);
  }

  private static List<String> headings(Document d, int level) {
    return d.blocks().stream().filter(b -> b instanceof Document.Heading h && h.level() == level)
        .map(b -> ((Document.Heading) b).text()).toList();
  }

  private static long count(Document d, Class<? extends Document.Block> kind) {
    return d.blocks().stream().filter(kind::isInstance).count();
  }

  @Test
  void sections_areInTheReportsOrder_withTheAnnexes() {
    Document d = ReportComposer.compose(model(List.of("a note"), inputs), Lang.EN, false);
    List<String> h2 = headings(d, 2);
    List<String> expected = List.of("1. Preface", "2. How the evaluation was organised",
        "3. Analysis of the alliances' activity", "4. By indicator", "5. The A-level alliances",
        "6. Summary", "7. Alliances not evaluated", "8. Recommendations");
    assertEquals(expected, h2.subList(0, expected.size()), h2.toString());
    assertEquals("Notes", h2.get(h2.size() - 1));
    assertTrue(h2.stream().filter(h -> h.startsWith("Annex")).count() >= 3, h2.toString());
    Document.Block last = d.blocks().get(d.blocks().size() - 1);
    assertEquals(new Document.Paragraph("a note"), last, "the notes close the report");
  }

  @Test
  void charts_appearOnlyWhenAsked() {
    assertEquals(0, count(ReportComposer.compose(figures, Lang.ZH, false),
        Document.Chart.class));
    assertEquals(13, count(ReportComposer.compose(figures, Lang.ZH, true),
        Document.Chart.class), "the report's 12 and the overview");
  }

  @Test
  void aSectionWhoseInputIsMissing_saysWhichInputWouldAddIt() {
    Document none = ReportComposer.compose(model(List.of(), ReportInputs.none()), Lang.EN,
        false);
    String text = Renderers.text(none);
    assertTrue(text.contains("preface.md"), "the preface says which file adds it");
    assertTrue(text.contains("--prose"), text.substring(0, 600));
    Document withProse = ReportComposer.compose(model(List.of(), new ReportInputs(
        Map.of("preface", "Our words."), Optional.empty(), Optional.empty(), false,
        Optional.empty())), Lang.EN, false);
    assertTrue(Renderers.text(withProse).contains("Our words."));
  }

  @Test
  void theScoreTable_listsEveryParticipant_andItsColumnsSayWhichHoldNumbers() {
    Document d = ReportComposer.compose(figures, Lang.EN, false);
    int rows = d.blocks().stream().filter(b -> b instanceof Document.Table t
        && t.columns().size() == 5 && t.header().get(0).equals("Rank"))
        .mapToInt(b -> ((Document.Table) b).rows().size()).sum();
    assertEquals(99, rows, "附件 2: every participant, in its tier's table");
    Document.Table first = d.blocks().stream().filter(b -> b instanceof Document.Table t
        && t.header().get(0).equals("Rank")).map(b -> (Document.Table) b).findFirst()
        .orElseThrow();
    assertEquals(List.of(true, false, false, false, true),
        first.columns().stream().map(Document.Column::isNumber).toList());
  }
}
