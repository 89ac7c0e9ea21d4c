package io.allianceeval.examples.io;

import io.allianceeval.model.Fact;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorGroup;
import io.allianceeval.scoring.IndicatorPolicy;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Standard2019;
import io.allianceeval.scoring.TierScheme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An indicator system as a table the evaluation office can edit, the way composite-indicator tools
 * keep their metadata (COINr's {@code iMeta}): one row per second-level indicator, with the
 * columns
 *
 * <pre>
 * system | indicator | group | group_zh | group_en | group_points | indicator_zh | indicator_en
 *        | fact | points | rule
 * </pre>
 *
 * where {@code rule} is the ladder as steps ({@code >=4:4; >=2:2; >=1:1}, {@code <=6:4; <=12:2;
 * blank(no website):0}). A fact that is not one of the standard 20 defines a new fact. In a
 * workbook, a second sheet holds the tier scheme: {@code band | lower | upper | rounding}.
 *
 * <p>Reading builds the system through the core's builders, and every check they make comes back
 * as a problem naming the row and cell: groups or a total that do not add up, a step above the
 * maximum, an unparseable rule, a maximum with more than two decimals.
 */
public final class SystemTable {

  /** The columns of the indicator sheet, in order. */
  public static final List<String> COLUMNS = List.of("system", "indicator", "group", "group_zh",
      "group_en", "group_points", "indicator_zh", "indicator_en", "fact", "points", "rule");

  /** The columns of the tier sheet, in order. */
  public static final List<String> TIER_COLUMNS = List.of("band", "lower", "upper", "rounding");


  private final IndicatorSystem system;
  private final TierScheme tiers;

  private SystemTable(IndicatorSystem system, TierScheme tiers) {
    this.system = system;
    this.tiers = tiers;
  }

  /** The indicator system read. */
  public IndicatorSystem system() {
    return system;
  }

  /** The tier scheme read; the standard one when the file has no tier sheet. */
  public TierScheme tierScheme() {
    return tiers;
  }

  /** Reads {@code file}: an .xlsx workbook with the indicator sheet (and the tier sheet), or CSV. */
  public static SystemTable read(Path file) throws BadInputException {
    InputTable table = InputTable.read(file, List.of("indicator", "group", "fact", "points",
        "rule"));
    List<InputProblem> problems = new ArrayList<>(table.problems());
    IndicatorSystem system = system(table, file, problems);
    TierScheme tiers = TierScheme.standard();
    if (Workbooks.kind(readBytes(file)) == Workbooks.Kind.XLSX && hasTierSheet(file)) {
      tiers = tiers(InputTable.read(file, TIER_COLUMNS), problems);
    }
    if (system != null && system.total().compareTo(Points.of(tiers.maximum())) > 0) {
      problems.add(InputProblem.inFile(file.toString(), "the indicators total "
          + system.total() + " points, but the tier scheme tiers totals from "
          + tiers.minimum() + " to " + tiers.maximum()));
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return new SystemTable(system, tiers);
  }

  private static byte[] readBytes(Path file) throws BadInputException {
    try {
      return java.nio.file.Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException(InputProblem.inFile(file.toString(), "cannot be read: "
          + e.getMessage()));
    }
  }

  private static boolean hasTierSheet(Path file) {
    try {
      InputTable.read(file, TIER_COLUMNS);
      return true;
    } catch (BadInputException e) {
      return false;
    }
  }

  private static IndicatorSystem system(InputTable table, Path file, List<InputProblem> problems) {
    Map<String, InputTable.Row> rowsById = new LinkedHashMap<>();
    Map<String, InputTable.Row> groupRows = new LinkedHashMap<>();
    String name = null;
    IndicatorSystem.Builder b = IndicatorSystem.builder("system");
    Points total = Points.ZERO;
    Map<String, Fact> standardFacts = new LinkedHashMap<>();
    Standard2019.facts().forEach(f -> standardFacts.put(f.name(), f));
    for (InputTable.Row row : table.rows()) {
      int before = problems.size();
      String id = row.get("indicator");
      String groupId = row.get("group");
      if (name == null && !row.get("system").isEmpty()) {
        name = row.get("system");
      }
      if (rowsById.containsKey(id)) {
        problems.add(row.problem("indicator", "indicator " + id + " is given twice"));
        continue;
      }
      rowsById.put(id, row);
      if (!groupRows.containsKey(groupId)) {
        groupRows.put(groupId, row);
        Points points = positive(row, "group_points", problems);
        if (points != null) {
          total = total.plus(points);
          try {
            b.group(groupId, text(row, "group_zh", groupId), text(row, "group_en", groupId),
                points);
          } catch (IllegalArgumentException e) {
            problems.add(row.problem("group", e.getMessage()));
          }
        }
      } else if (!row.get("group_points").isEmpty() && !row.get("group_points")
          .equals(groupRows.get(groupId).get("group_points"))) {
        problems.add(row.problem("group_points", "group " + groupId + " has "
            + groupRows.get(groupId).get("group_points") + " points on an earlier row, "
            + row.get("group_points") + " here"));
      }
      String factName = row.get("fact").toLowerCase(Locale.ROOT);
      Fact fact;
      try {
        fact = standardFacts.containsKey(factName) ? standardFacts.get(factName)
            : Fact.of(factName);
      } catch (IllegalArgumentException e) {
        problems.add(row.problem("fact", e.getMessage()));
        continue;
      }
      IndicatorPolicy policy;
      try {
        policy = IndicatorPolicy.ladder(fact, row.get("rule"));
      } catch (IllegalArgumentException e) {
        problems.add(row.problem("rule", "indicator " + id + ": " + e.getMessage()));
        continue;
      }
      Points points = positive(row, "points", problems);
      if (problems.size() > before || points == null) {
        continue;
      }
      try {
        b.indicator(id, text(row, "indicator_zh", id), text(row, "indicator_en", id),
            points, policy);
      } catch (IllegalArgumentException e) {
        problems.add(row.problem("indicator", e.getMessage()));
      }
    }
    b.name(name == null ? fileStem(file) : name);
    if (total.isPositive()) {
      b.total(total);
    }
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return b.build();
    } catch (InvalidInputException e) {
      for (InvalidInputException.Problem p : e.problems()) {
        InputTable.Row indicatorRow = p.indicator().map(rowsById::get).orElse(null);
        InputTable.Row groupRow = p.group().map(groupRows::get).orElse(null);
        if (indicatorRow != null) {
          problems.add(indicatorRow.problem(p.field().map(SystemTable::column).orElse("points"),
              p.message()));
        } else if (groupRow != null) {
          problems.add(groupRow.problem("group_points", p.message()));
        } else {
          problems.add(InputProblem.inFile(table.name(), p.message()));
        }
      }
      return null;
    }
  }

  /** The column of this table that holds an indicator's field as the core names it. */
  private static String column(String field) {
    switch (field) {
      case "policy":
        return "rule";
      case "group":
        return "group";
      default:
        return "points";
    }
  }

  private static String fileStem(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private static String text(InputTable.Row row, String column, String fallback) {
    String v = row.get(column);
    return v.isEmpty() ? fallback : v;
  }

  /** Positive points in {@code column}, or null after adding the problem. */
  private static Points positive(InputTable.Row row, String column,
      List<InputProblem> problems) {
    Points p = Cells.requiredPoints(row, column, problems).orElse(null);
    if (p != null && !p.isPositive()) {
      problems.add(row.problem(column, "expected positive points, found " + p));
      return null;
    }
    return p;
  }

  private static TierScheme tiers(InputTable table, List<InputProblem> problems) {
    TierScheme.Builder b = TierScheme.builder();
    RoundingMode rounding = null;
    for (InputTable.Row row : table.rows()) {
      try {
        Tier tier = Tier.parse(row.get("band"));
        b.band(tier, Integer.parseInt(row.get("lower")), Integer.parseInt(row.get("upper")));
        RoundingMode r = RoundingMode.valueOf(row.get("rounding").toUpperCase(Locale.ROOT)
            .replace('-', '_'));
        if (rounding != null && r != rounding) {
          problems.add(row.problem("rounding", "one rounding for the scheme: " + rounding
              + " above, " + r + " here"));
        }
        rounding = r;
      } catch (NumberFormatException e) {
        problems.add(row.problem("expected whole points in lower and upper, found '"
            + row.get("lower") + "' and '" + row.get("upper") + "'"));
      } catch (IllegalArgumentException e) {
        problems.add(row.problem(e.getMessage()));
      }
    }
    if (rounding != null) {
      b.rounding(rounding);
    }
    try {
      return b.build();
    } catch (InvalidInputException e) {
      e.messages().forEach(p -> problems.add(InputProblem.inSheet(table.name(), "tiers", p)));
      return TierScheme.standard();
    }
  }

  /**
   * {@code system} and {@code tiers} as a workbook: the indicator sheet ({@code 指标体系}) and the
   * tier sheet ({@code 活跃度等级}).
   *
   * @throws IllegalArgumentException if a policy is not a ladder (a policy of your own has no
   *     steps to write)
   */
  public static byte[] workbook(IndicatorSystem system, TierScheme tiers) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out =
        new ByteArrayOutputStream()) {
      CellStyle bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);
      Sheet s = sheet(wb, "指标体系", COLUMNS, bold);
      int r = 1;
      for (Indicator i : system.indicators()) {
        IndicatorPolicy p = system.policy(i.id());
        String steps = p.steps().orElseThrow(() -> new IllegalArgumentException("indicator "
            + i.id() + ": its policy is not a ladder and has no steps to write: " + p));
        Set<Fact> facts = new LinkedHashSet<>(p.requiredFacts());
        facts.addAll(p.optionalFacts());
        IndicatorGroup g = i.group();
        Row row = s.createRow(r++);
        List<Object> values = List.of(system.name(), i.id(), g.id(), g.chineseName(),
            g.englishName(), g.points(), i.chineseName(), i.englishName(),
            facts.iterator().next().name(), i.maxPoints(), steps);
        for (int c = 0; c < values.size(); c++) {
          Cell cell = row.createCell(c);
          if (values.get(c) instanceof Points) {
            cell.setCellValue(((Points) values.get(c)).toDouble());
          } else {
            cell.setCellValue(values.get(c).toString());
          }
        }
      }
      int[] widths = {16, 10, 7, 20, 26, 13, 22, 36, 30, 8, 34};
      for (int c = 0; c < widths.length; c++) {
        s.setColumnWidth(c, widths[c] * 256);
      }
      Sheet t = sheet(wb, "活跃度等级", TIER_COLUMNS, bold);
      r = 1;
      for (TierScheme.Band band : tiers.bands()) {
        Row row = t.createRow(r++);
        row.createCell(0).setCellValue(band.tier().name());
        row.createCell(1).setCellValue(band.min());
        row.createCell(2).setCellValue(band.max());
        row.createCell(3).setCellValue(tiers.rounding().name());
      }
      for (int c = 0; c < 4; c++) {
        t.setColumnWidth(c, 14 * 256);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Sheet sheet(XSSFWorkbook wb, String name, List<String> header, CellStyle bold) {
    Sheet s = wb.createSheet(name);
    Row h = s.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      Cell cell = h.createCell(c);
      cell.setCellValue(header.get(c));
      cell.setCellStyle(bold);
    }
    s.createFreezePane(0, 1);
    s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    s.getPrintSetup().setLandscape(true);
    return s;
  }
}
