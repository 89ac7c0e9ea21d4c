package io.allianceeval.examples.app;

import io.allianceeval.awards.AwardResult;
import io.allianceeval.awards.ConsecutiveYearAward;
import io.allianceeval.awards.History;
import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.InputTable;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.examples.report.ReportInputs;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report's sections beyond the figures: the office's prose (一、六、八), the panel (附件 1) and
 * the A-level award (五, 附件 3), read from where the user points, or — for the embedded 2019
 * table — from the embedded panel and the reconstructed history.
 */
public final class ReportSections {

  /** The prose files by section, each under its English or its Chinese name. */
  private static final String[][] PROSE = {
      {"preface", "前言"}, {"summary", "总结"}, {"recommendations", "建议"}};

  private ReportSections() {}

  /**
   * What the report of {@code result} is composed from besides the figures.
   *
   * @param prose a folder with {@code preface.md}, {@code summary.md}, {@code recommendations.md}
   *     (or {@code 前言.md}, {@code 总结.md}, {@code 建议.md})
   * @param panel the panel table ({@code role,name,organisation,title}), CSV or .xlsx
   * @param sheet the sheet of an .xlsx panel to read; null for the first with a header
   * @param embedded2019 whether {@code result} is the embedded 2019 table: then the embedded panel
   *     (unless {@code panel} is given) and the A-level award from the reconstructed history, with
   *     {@code result} as its 2019 — not read or evaluated again
   * @throws BadInputException every problem of the prose folder or the panel table
   * @throws StorageException if a prose file cannot be read
   */
  public static ReportInputs read(EvaluationResult result, Optional<Path> prose,
      Optional<Path> panel, String sheet, boolean embedded2019)
      throws BadInputException, StorageException {
    Map<String, String> texts = prose.isPresent() ? prose(prose.get()) : Map.of();
    InputTable table = panel.isPresent()
        ? InputTable.read(panel.get(), EmbeddedData.PANEL_COLUMNS, sheet)
        : embedded2019 ? EmbeddedData.panel2019() : null;
    Optional<List<List<String>>> members = Optional.empty();
    if (table != null) {
      List<List<String>> rows = new ArrayList<>();
      for (InputTable.Row r : table.rows()) {
        rows.add(List.of(r.get("role"), r.get("name"), r.get("organisation"), r.get("title")));
      }
      members = Optional.of(rows);
    }
    Optional<AwardResult> award = embedded2019
        ? Optional.of(embeddedAward(result)) : Optional.empty();
    return new ReportInputs(texts, members, award, award.isPresent(), Optional.empty());
  }

  /**
   * The 2019 A-level award from the reconstructed 2016–2018 history and {@code result2019}.
   *
   * @throws BadInputException if the embedded history cannot be read (a bug in the product)
   */
  public static AwardResult embeddedAward(EvaluationResult result2019) throws BadInputException {
    History.Builder history = History.builder();
    var before = EmbeddedData.history2016To2018();
    for (int year : before.years()) {
      history.put(year, before.evaluate(Evaluation.forYear(year)));
    }
    history.put(2019, result2019);
    return ConsecutiveYearAward.aLevel().award(history.build(), 2019);
  }

  /** The office's prose by section, from {@code folder}. */
  private static Map<String, String> prose(Path folder)
      throws BadInputException, StorageException {
    if (!Files.isDirectory(folder)) {
      throw new BadInputException(InputProblem.inFile(folder.toString(),
          "is not a folder; expected one with preface.md, summary.md, recommendations.md"));
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (String[] names : PROSE) {
      for (String name : names) {
        Path p = folder.resolve(name + ".md");
        if (Files.exists(p)) {
          try {
            texts.put(names[0], Files.readString(p, StandardCharsets.UTF_8));
          } catch (CharacterCodingException e) {
            throw new BadInputException(InputProblem.inFile(p.toString(),
                "is not UTF-8 text; save it as UTF-8"));
          } catch (IOException e) {
            throw StorageException.of(p.toString(), StorageException.Action.READ, e);
          }
          break;
        }
      }
    }
    return texts;
  }
}
