package io.allianceeval.examples.io;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.review.Expert;
import io.allianceeval.review.Panel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A year's panel read from a file the office uploads, in either layout:
 *
 * <ul>
 *   <li>the experts table of {@code plan} and {@code review}: {@code id,name,group,affiliations};
 *   <li>the report's 附件 1: {@code role,name,organisation,title} with a {@code group} column added
 *       (the report does not publish the groups) and optionally {@code affiliations}; the experts
 *       are numbered {@code E01}, {@code E02}… in the order of the rows.
 * </ul>
 *
 * <p>Affiliations are alliance codes separated by {@code ;}. Every problem is reported at once,
 * with the row and column; a panel needs at least two groups and unique ids ({@link Panel#of}).
 */
public final class PanelTable {

  /** The columns a panel file must have; the rest tell the layout. */
  public static final List<String> REQUIRED = List.of("name", "group");

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

  /**
   * A member of the panel.
   *
   * @param id the expert's id ({@code E01})
   * @param name the name
   * @param group the group
   * @param position the position on the panel (附件 1's {@code role}: 组长, 成员…), or empty
   * @param organisation the organisation, or empty
   * @param title the title, or empty
   * @param affiliations the alliances the expert is affiliated with
   */
  public record Member(String id, String name, String group, String position,
      String organisation, String title, SortedSet<AllianceCode> affiliations) {
    /** Copies the affiliations. */
    public Member {
      requireNonNull(id, "id");
      affiliations = Collections.unmodifiableSortedSet(new TreeSet<>(affiliations));
    }

    /** The core's expert. */
    public Expert expert() {
      return new Expert(id, name, affiliations);
    }
  }

  private final List<Member> members;
  private final Panel panel;

  private PanelTable(List<Member> members, Panel panel) {
    this.members = List.copyOf(members);
    this.panel = panel;
  }

  /**
   * Reads the panel in {@code file} (CSV or .xlsx).
   *
   * @throws BadInputException every problem: a missing column, a blank name or group, a bad id
   *     or affiliation, an id used twice, fewer than two groups
   */
  public static PanelTable read(Path file) throws BadInputException {
    InputTable table = InputTable.read(file, REQUIRED);
    List<InputProblem> problems = new ArrayList<>(table.problems());
    boolean ids = table.header().contains("id");
    List<Member> members = new ArrayList<>();
    int n = 0;
    for (InputTable.Row row : table.rows()) {
      n++;
      String id = ids ? row.get("id") : String.format(Locale.ROOT, "E%02d", n);
      boolean ok = true;
      if (!ID.matcher(id).matches()) {
        problems.add(row.problem("id", "expected an id of letters, digits, '.', '_' or '-' (at"
            + " most 32), found '" + id + "'"));
        ok = false;
      }
      for (String column : REQUIRED) {
        if (row.get(column).isBlank()) {
          problems.add(row.problem(column, "expected the expert's " + column + ", found nothing"));
          ok = false;
        }
      }
      SortedSet<AllianceCode> affiliations = new TreeSet<>();
      String aff = row.get("affiliations");
      if (!aff.isBlank()) {
        for (String part : aff.split("[;；]", -1)) {
          try {
            affiliations.add(AllianceCode.parse(part.strip()));
          } catch (IllegalArgumentException e) {
            problems.add(row.problem("affiliations", "expected alliance codes separated by ';',"
                + " found '" + part.strip() + "'"));
            ok = false;
          }
        }
      }
      if (ok) {
        members.add(new Member(id, row.get("name"), row.get("group"), row.get("role"),
            row.get("organisation"), row.get("title"), affiliations));
      }
    }
    if (table.rows().isEmpty()) {
      problems.add(InputProblem.inFile(table.name(), "has no experts"));
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    Map<String, List<Expert>> groups = new LinkedHashMap<>();
    members.forEach(m -> groups.computeIfAbsent(m.group(), g -> new ArrayList<>())
        .add(m.expert()));
    try {
      return new PanelTable(members, Panel.of(groups));
    } catch (InvalidInputException e) {
      List<InputProblem> list = new ArrayList<>();
      e.messages().forEach(p -> list.add(InputProblem.inFile(table.name(), p)));
      throw new BadInputException(list);
    }
  }

  /** The members in the order of the file. */
  public List<Member> members() {
    return members;
  }

  /** The core's panel. */
  public Panel panel() {
    return panel;
  }
}
