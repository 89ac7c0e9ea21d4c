package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import io.allianceeval.examples.db.Account;
import io.allianceeval.examples.db.ReviewTransaction;
import io.allianceeval.examples.db.StoredExpert;
import io.allianceeval.examples.db.StoredYear;
import io.allianceeval.examples.db.YearStore;
import io.allianceeval.examples.db.YearTransaction;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputLimits;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.OneTimePasswords;
import io.allianceeval.examples.io.PanelTable;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.review.Assignment;
import io.allianceeval.review.Expert;
import io.allianceeval.review.Panel;
import io.allianceeval.review.Round;
import io.allianceeval.year.Actor;
import io.allianceeval.year.Phase;
import io.allianceeval.year.Refusal;
import io.allianceeval.year.Role;
import io.allianceeval.year.StepRefusedException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The office's panel and plan of a year: it imports the panel (creating the experts' accounts),
 * runs the core's planner ({@link Assignment#plan}) and moves an alliance to another group under
 * the same checks. The panel can be imported while entries are open or locked; the plan is made
 * once the year is locked and before round 1 opens. Each step is one write transaction with its
 * change-log line. Thread-safe.
 */
public final class PanelSteps {

  /**
   * A panel imported: its experts, the one-time passwords of the accounts created (the only time
   * they are shown), and the experts whose accounts existed already and keep their passwords.
   */
  public record Imported(List<StoredExpert> experts, List<OneTimePasswords.Row> passwords,
      List<String> existing) {
    /** Copies the lists. */
    public Imported {
      experts = List.copyOf(experts);
      passwords = List.copyOf(passwords);
      existing = List.copyOf(existing);
    }

    /** The workbook of one-time passwords to hand out. */
    public byte[] workbook() {
      return OneTimePasswords.experts(passwords);
    }
  }

  /**
   * A year's panel and plan as the office sees them.
   *
   * @param year the year
   * @param experts the panel's members, by id
   * @param assignment the plan; empty before planning
   * @param minExperts the minimum of eligible experts per alliance and group it was planned with
   * @param names the registered alliances by code
   */
  public record Plan(StoredYear year, List<StoredExpert> experts, Optional<Assignment> assignment,
      Optional<Integer> minExperts, Map<AllianceCode, Alliance> names) {
    /** Copies the lists. */
    public Plan {
      experts = List.copyOf(experts);
      names = Map.copyOf(names);
    }

    /** The alliances {@code group} scores in {@code round}, by code. */
    public List<Alliance> alliancesOf(String group, Round round) {
      List<Alliance> list = new ArrayList<>();
      assignment.ifPresent(a -> a.groups().forEach((code, g) -> {
        if (g.of(round).equals(group)) {
          list.add(names.getOrDefault(code, Alliance.of(code.toString(), code.toString())));
        }
      }));
      return list;
    }
  }

  private final YearSteps years;
  private final YearStore store;
  private final Clock clock;
  private final Passwords passwords;

  /** The panel steps of the years of {@code years}; new passwords hashed by {@code passwords}. */
  public PanelSteps(YearSteps years, Passwords passwords) {
    this.years = requireNonNull(years, "years");
    this.store = years.store;
    this.clock = years.clock;
    this.passwords = requireNonNull(passwords, "passwords");
  }

  /** The username of the expert with {@code id}: the id in lower case ({@code e01}). */
  public static String usernameOf(String expertId) {
    return expertId.toLowerCase(Locale.ROOT);
  }

  /**
   * Imports the panel of {@code year} from an uploaded file ({@link PanelTable}'s layouts),
   * replacing an earlier panel and its plan, and creates an expert account for each member who has
   * none ({@code e01}…), with a one-time password.
   *
   * @throws BadInputException every problem of the file; a member whose username belongs to an
   *     account that is not an expert's
   * @throws StepRefusedException once round 1 has opened (WRONG_PHASE) or the year is published
   * @throws StepException FORBIDDEN unless the office; NO_SUCH_YEAR
   */
  public Imported importPanel(Actor by, int year, Upload file)
      throws StorageException, BadInputException, StepException {
    Accounts.office(by, "import the panel");
    PanelTable table = Uploads.read(file.name(), file.bytes(), PanelTable::read);
    Map<String, String> oneTime = new LinkedHashMap<>();
    Map<String, String> hashes = new LinkedHashMap<>();
    for (PanelTable.Member m : table.members()) {
      String pw = passwords.oneTimePassword();
      oneTime.put(m.id(), pw);
      hashes.put(m.id(), passwords.hash(pw));
    }
    Instant now = clock.instant();
    return years.stepOnYear(year, (tx, y) -> {
      requirePhase(y, "import the panel", Phase.ENTRY, Phase.LOCKED);
      List<StoredExpert> experts = new ArrayList<>();
      List<OneTimePasswords.Row> issued = new ArrayList<>();
      List<String> existing = new ArrayList<>();
      List<InputProblem> problems = new ArrayList<>();
      for (PanelTable.Member m : table.members()) {
        String username = usernameOf(m.id());
        Optional<Account> account = tx.account(username);
        if (account.isPresent() && account.get().role() != Role.EXPERT) {
          problems.add(InputProblem.inFile(Uploads.displayName(file.name()), "expert " + m.id()
              + ": the username " + username + " belongs to a " + account.get().role()
              .name().toLowerCase(Locale.ROOT) + " account; give the expert another id"));
          continue;
        }
        if (account.isEmpty()) {
          tx.insertAccount(new Account(username, Role.EXPERT, Optional.empty(),
              hashes.get(m.id()), true, false, now));
          issued.add(new OneTimePasswords.Row(m.id(), m.name(), username, oneTime.get(m.id())));
          Accounts.log(tx, now, by.username(), "create-account", username + " (EXPERT)");
        } else {
          existing.add(username);
        }
        experts.add(new StoredExpert(m.id(), m.name(), m.group(), m.position(),
            m.organisation(), m.title(), username, m.affiliations()));
      }
      if (!problems.isEmpty()) {
        throw new BadInputException(problems); // rolls back the accounts made above
      }
      tx.review().replacePanel(year, experts);
      tx.log(now, by.username(), OptionalInt.of(year), Optional.empty(), "import-panel",
          OptionalLong.empty(), Optional.empty(), Optional.of(experts.size() + " experts in "
              + table.panel().groupNames().size() + " groups"));
      return new Imported(experts, issued, existing);
    });
  }

  /** The panel and plan of {@code year} (office only). */
  public Plan plan(Actor by, int year) throws StorageException, BadInputException, StepException {
    Accounts.office(by, "see the panel");
    StoredYear y = years.year(year);
    return store.read(tx -> planOf(tx, y));
  }

  /**
   * Plans the rounds of {@code year} with the core's planner: each alliance that has approved
   * entries gets a group for each round, each with at least {@code minExperts} experts not
   * affiliated with it, deterministically for {@code seed}. Replaces an earlier plan.
   *
   * @throws BadInputException {@code minExperts} below 1, no panel, no alliance to plan, or the
   *     planner's problems (alliances the panel cannot cover)
   * @throws StepRefusedException unless the year is locked and round 1 has not opened
   */
  public Plan makePlan(Actor by, int year, long seed, int minExperts)
      throws StorageException, BadInputException, StepException {
    Accounts.office(by, "plan the rounds");
    if (minExperts < 1) {
      throw new BadInputException(InputProblem.atField(Accounts.REQUEST, 0, "minExperts",
          "expected at least 1, found " + minExperts));
    }
    List<AllianceCode> reviewed = years.reviewed(by, year);
    Instant now = clock.instant();
    return years.stepOnYear(year, (tx, y) -> {
      requirePhase(y, "plan the rounds", Phase.LOCKED);
      Panel panel = panelOf(tx.review().experts(year));
      if (reviewed.isEmpty()) {
        throw new BadInputException(InputProblem.atField(Accounts.REQUEST, 0, "year",
            "expected alliances with approved entries to review, found none"));
      }
      Assignment plan;
      try {
        plan = Assignment.plan(panel, reviewed, seed, minExperts);
      } catch (InvalidInputException e) {
        throw problems("minExperts", e);
      }
      tx.review().replaceAssignment(year, plan.groups(), minExperts);
      tx.log(now, by.username(), OptionalInt.of(year), Optional.empty(), "plan",
          OptionalLong.empty(), Optional.empty(), Optional.of("seed " + seed + ", at least "
              + minExperts + " experts: " + plan));
      return planOf(tx, y);
    });
  }

  /**
   * Moves {@code code} to group {@code groupText} in round {@code roundText} (1 or 2, as typed),
   * under the planner's checks: the group is on the panel, differs from the alliance's group in
   * the other round, and has at least the planned minimum of experts not affiliated with the
   * alliance.
   *
   * @throws BadInputException what the move would break, by field
   * @throws StepRefusedException unless the year is locked and round 1 has not opened
   */
  public Plan move(Actor by, int year, AllianceCode code, String roundText, String groupText)
      throws StorageException, BadInputException, StepException {
    Accounts.office(by, "change the plan");
    Instant now = clock.instant();
    String group = groupText.strip();
    List<InputProblem> fields = new ArrayList<>();
    if (!roundText.strip().equals("1") && !roundText.strip().equals("2")) {
      fields.add(InputProblem.atField(Accounts.REQUEST, 0, "round", "expected 1 or 2, found '"
          + InputLimits.echo(roundText) + "'"));
    }
    if (group.isEmpty()) {
      fields.add(InputProblem.atField(Accounts.REQUEST, 0, "group", "expected a group of the"
          + " panel, found nothing"));
    }
    return years.stepOnYear(year, (tx, y) -> {
      requirePhase(y, "change the plan", Phase.LOCKED);
      ReviewTransaction r = tx.review();
      Panel panel = panelOf(r.experts(year));
      SortedMap<AllianceCode, Assignment.Groups> groups = r.assignment(year);
      Assignment.Groups before = groups.get(code);
      if (before == null) {
        throw new BadInputException(InputProblem.atField(Accounts.REQUEST, 0, "code",
            "expected an alliance of the plan, found " + code));
      }
      int min = r.minExperts(year).orElse(1);
      List<InputProblem> problems = new ArrayList<>(fields);
      Round round = roundText.strip().equals("2") ? Round.TWO : Round.ONE;
      String other = round == Round.ONE ? before.round2() : before.round1();
      if (group.isEmpty()) {
        throw new BadInputException(problems);
      } else if (!panel.hasGroup(group)) {
        problems.add(InputProblem.atField(Accounts.REQUEST, 0, "group", "expected one of "
            + panel.groupNames() + ", found '" + group + "'"));
      } else if (group.equals(other)) {
        problems.add(InputProblem.atField(Accounts.REQUEST, 0, "group", "group " + group
            + " scores alliance " + code + " in the other round; re-scoring is by another group"));
      } else if (!fields.isEmpty()) {
        throw new BadInputException(problems);
      } else if (panel.eligible(group, code).size() < min) {
        problems.add(InputProblem.atField(Accounts.REQUEST, 0, "group", "group " + group
            + " has " + panel.eligible(group, code).size() + " expert(s) not affiliated with "
            + code + "; the plan needs at least " + min));
      }
      if (!problems.isEmpty()) {
        throw new BadInputException(problems);
      }
      Assignment.Groups after = round == Round.ONE ? new Assignment.Groups(group, other)
          : new Assignment.Groups(other, group);
      groups.put(code, after);
      try {
        Assignment.of(panel, groups); // the core's checks, once more
      } catch (InvalidInputException e) {
        throw problems("group", e);
      }
      r.replaceAssignment(year, groups, min);
      tx.log(now, by.username(), OptionalInt.of(year), Optional.of(code), "move",
          OptionalLong.empty(), Optional.of(before.round1() + "/" + before.round2()),
          Optional.of(after.round1() + "/" + after.round2()));
      return planOf(tx, y);
    });
  }

  // ---- helpers shared with the rounds

  /** The core's panel of stored experts; refuses an empty one. */
  static Panel panelOf(List<StoredExpert> experts) throws BadInputException {
    if (experts.isEmpty()) {
      throw new BadInputException(InputProblem.atField(Accounts.REQUEST, 0, "panel",
          "expected the year's panel, found none: import it first"));
    }
    Map<String, List<Expert>> groups = new TreeMap<>();
    experts.forEach(e -> groups.computeIfAbsent(e.group(), g -> new ArrayList<>())
        .add(e.expert()));
    return Panel.of(groups);
  }

  /** The stored assignment of {@code year} with its panel, if planned. */
  static Optional<Assignment> assignmentOf(ReviewTransaction r, int year)
      throws SQLException, BadInputException {
    List<StoredExpert> experts = r.experts(year);
    SortedMap<AllianceCode, Assignment.Groups> groups = r.assignment(year);
    if (experts.isEmpty() || groups.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Assignment.of(panelOf(experts), groups));
  }

  private static Plan planOf(YearTransaction tx, StoredYear y)
      throws SQLException, BadInputException {
    int year = y.year().year();
    Map<AllianceCode, Alliance> names = new TreeMap<>();
    tx.alliances().forEach(a -> names.put(a.code(), a));
    return new Plan(y, tx.review().experts(year), assignmentOf(tx.review(), year),
        tx.review().minExperts(year), names);
  }

  static void requirePhase(StoredYear y, String what, Phase... allowed) {
    if (y.published()) {
      throw new StepRefusedException(Refusal.PUBLISHED, what);
    }
    for (Phase p : allowed) {
      if (y.phase() == p) {
        return;
      }
    }
    throw new StepRefusedException(Refusal.WRONG_PHASE, what + " in phase " + y.phase());
  }

  private static BadInputException problems(String field, InvalidInputException e) {
    List<InputProblem> list = new ArrayList<>();
    e.messages().forEach(m -> list.add(InputProblem.atField(Accounts.REQUEST, 0, field, m)));
    return new BadInputException(list);
  }
}
