package io.allianceeval.examples.app;

import io.allianceeval.evaluation.Population;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputTable;
import io.allianceeval.examples.io.ScoreSheet;
import java.util.List;

/**
 * The tables the product ships: the published 2019 results (附件 2), the 2019 panel (附件 1), the
 * history of 2016–2018 reconstructed from the report's statements, the 2019 population, and the
 * synthetic examples. Each is read when asked; a reader of the repository's own data that fails
 * is a bug, not bad input.
 */
public final class EmbeddedData {

  /** 附件 2 of the 2019 report, as transcribed. */
  public static final String SCORES_2019 = "/io/allianceeval/examples/data/scores-2019.csv";

  /** 附件 1: the 2019 panel. */
  public static final String PANEL_2019 = "/io/allianceeval/examples/data/panel-2019.csv";

  /** 2016–2018 tiers reconstructed from the report's statements: not a published table. */
  public static final String HISTORY_2016_2018 =
      "/io/allianceeval/examples/data/history-2016-2018-reconstructed.csv";

  /** Synthetic activity records of 2019, clearly labelled as such. */
  public static final String SYNTHETIC_RECORDS =
      "/io/allianceeval/examples/data/synthetic-activity-records-2019.csv";

  /** The synthetic expert panel: experts, scores, decisions and alliances. */
  public static final String SYNTHETIC_PANEL = "/io/allianceeval/examples/data/synthetic-panel/";

  /** The columns of a panel table (附件 1). */
  public static final List<String> PANEL_COLUMNS = List.of("role", "name", "organisation", "title");

  private EmbeddedData() {}

  /** The 2019 score sheet. */
  public static ScoreSheet scores2019() throws BadInputException {
    return ScoreSheet.readResource(SCORES_2019);
  }

  /** The reconstructed 2016–2018 history as a score sheet with a {@code year} column. */
  public static ScoreSheet history2016To2018() throws BadInputException {
    return ScoreSheet.readResource(HISTORY_2016_2018);
  }

  /** The 2019 panel table. */
  public static InputTable panel2019() throws BadInputException {
    return InputTable.readResource(PANEL_2019, PANEL_COLUMNS);
  }

  /** The alliances registered for the 2019 evaluation: 52, 39, 55 and 11 by batch. */
  public static Population population2019() {
    return Population.ofCounts(52, 39, 55, 11);
  }
}
