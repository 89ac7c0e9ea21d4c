package io.allianceeval.examples.cli;

import io.allianceeval.awards.AwardResult;
import io.allianceeval.awards.ConsecutiveYearAward;
import io.allianceeval.awards.History;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.HistoryInput;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.InputTable;
import io.allianceeval.examples.io.ScoreSheet;
import io.allianceeval.examples.report.ReportInputs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --prose DIR} and {@code --panel FILE}: the report's sections beyond the figures. */
final class SectionOptions {

  static final String EMBEDDED_PANEL = "/io/allianceeval/examples/data/panel-2019.csv";

  @Option(names = "--prose", paramLabel = "DIR",
      description = "The office's own words as Markdown: DIR/preface.md (一、前言), summary.md "
          + "(六、总结), recommendations.md (八、建议); also 前言.md, 总结.md, 建议.md.")
  Path prose;

  @Option(names = "--panel", paramLabel = "FILE",
      description = "The panel (附件 1), CSV or .xlsx: role,name,organisation,title. Default with "
          + "the embedded table: the 2019 panel.")
  Path panel;

  /**
   * The prose, the panel and — for the embedded 2019 table ({@code embedded}) — the embedded panel
   * and the A-level award from the reconstructed history.
   */
  ReportInputs inputs(boolean embedded, String sheet) throws Exception {
    Map<String, String> texts = new LinkedHashMap<>();
    if (prose != null) {
      if (!Files.isDirectory(prose)) {
        throw new BadInputException(InputProblem.inFile(prose.toString(),
            "is not a folder; expected one with preface.md, summary.md, recommendations.md"));
      }
      String[][] names = {{"preface", "前言"}, {"summary", "总结"}, {"recommendations", "建议"}};
      for (String[] n : names) {
        for (String file : n) {
          Path p = prose.resolve(file + ".md");
          if (Files.exists(p)) {
            texts.put(n[0], Files.readString(p, StandardCharsets.UTF_8));
            break;
          }
        }
      }
    }
    Optional<List<List<String>>> members = Optional.empty();
    InputTable table = panel != null
        ? InputTable.read(panel, List.of("role", "name", "organisation", "title"), sheet)
        : embedded ? InputTable.readResource(EMBEDDED_PANEL,
            List.of("role", "name", "organisation", "title")) : null;
    if (table != null) {
      List<List<String>> rows = new ArrayList<>();
      for (InputTable.Row r : table.rows()) {
        rows.add(List.of(r.get("role"), r.get("name"), r.get("organisation"), r.get("title")));
      }
      members = Optional.of(rows);
    }
    Optional<AwardResult> award = Optional.empty();
    if (embedded) {
      History history = HistoryInput.read(List.of(
          new HistoryInput.Sheet(ScoreSheet.readResource(AwardsCommand.EMBEDDED_HISTORY), 0),
          new HistoryInput.Sheet(ScoreSheet.readResource(ReportCommand.EMBEDDED_SCORES), 2019)));
      award = Optional.of(ConsecutiveYearAward.aLevel().award(history, 2019));
    }
    return new ReportInputs(texts, members, award, award.isPresent(), Optional.empty());
  }
}
