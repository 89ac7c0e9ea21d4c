package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import io.allianceeval.examples.db.Account;
import io.allianceeval.examples.db.YearStore;
import io.allianceeval.examples.db.YearTransaction;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.year.Actor;
import io.allianceeval.year.Role;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The server's accounts: the first office account, logins, the office's accounts (one by one, or
 * one per alliance of a roster with one-time passwords), resets, disabling, and password changes.
 * Only the office manages accounts; every change is written to the change log. Thread-safe.
 */
public final class Accounts {

  /** What a username may be: 1 to 64 letters, digits, dots, dashes and underscores. */
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** Where a request's problems are said to be. */
  static final String REQUEST = "request";

  /**
   * An account to create.
   *
   * @param username its login name
   * @param role its role
   * @param alliance its alliance, for a secretariat
   * @param password its first password, to be changed at the first login
   */
  public record NewAccount(String username, Role role, Optional<AllianceCode> alliance,
      String password) {
    /** Checks the parts are there (not that they are good: {@link #create} does). */
    public NewAccount {
      requireNonNull(username, "username");
      requireNonNull(role, "role");
      requireNonNull(alliance, "alliance");
      requireNonNull(password, "password");
    }
  }

  /** An account made for an alliance of a roster, with its one-time password. */
  public record Issued(String username, Alliance alliance, String oneTimePassword) {}

  private final YearStore store;
  private final Passwords passwords;
  private final Clock clock;

  /** Accounts kept in {@code store}. */
  public Accounts(YearStore store, Passwords passwords, Clock clock) {
    this.store = requireNonNull(store, "store");
    this.passwords = requireNonNull(passwords, "passwords");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Creates the first office account, {@code office}, if there is no account at all.
   *
   * @param password the password to give it; empty to make up a one-time password
   * @return the password made up, to show once; empty when a password was given or accounts
   *     exist already
   * @throws BadInputException if the password given is too weak
   */
  public Optional<String> bootstrap(Optional<String> password)
      throws StorageException, BadInputException {
    if (password.isPresent()) {
      Optional<String> weak = Passwords.weakness(password.get());
      if (weak.isPresent()) {
        throw new BadInputException(InputProblem.inFile("--admin-password-file", weak.get()));
      }
    }
    String pw = password.orElseGet(passwords::oneTimePassword);
    String hash = passwords.hash(pw);
    Instant now = clock.instant();
    boolean created = store.write(tx -> {
      if (tx.accountCount() > 0) {
        return false;
      }
      tx.insertAccount(new Account("office", Role.OFFICE, Optional.empty(), hash,
          password.isEmpty(), false, now));
      log(tx, now, "office", "create-account", "office");
      return true;
    });
    return created && password.isEmpty() ? Optional.of(pw) : Optional.empty();
  }

  /**
   * The account {@code username} if {@code password} is its password and it is not disabled;
   * empty otherwise, after the same work either way.
   */
  public Optional<Account> authenticate(String username, String password)
      throws StorageException, BadInputException {
    if (username == null || password == null || password.length() > Passwords.MAX_LENGTH * 4) {
      passwords.matchNothing("");
      return Optional.empty();
    }
    Optional<Account> account = store.read(tx -> tx.account(username));
    if (account.isEmpty()) {
      passwords.matchNothing(password);
      return Optional.empty();
    }
    boolean ok = passwords.matches(password, account.get().passwordHash());
    return ok && !account.get().disabled() ? account : Optional.empty();
  }

  /** The account {@code username}, if any: to check on each request that it is still enabled. */
  public Optional<Account> find(String username) throws StorageException, BadInputException {
    return store.read(tx -> tx.account(username));
  }

  /**
   * Creates an account; its password must be changed at the first login.
   *
   * @throws StepException FORBIDDEN unless {@code by} is the office; USERNAME_TAKEN
   * @throws BadInputException every problem of the request: the username, a secretariat without
   *     a registered alliance or another role with one, the password
   */
  public Account create(Actor by, NewAccount account)
      throws StorageException, BadInputException, StepException {
    office(by, "create accounts");
    List<InputProblem> problems = new ArrayList<>();
    if (!USERNAME.matcher(account.username()).matches()) {
      problems.add(InputProblem.atField(REQUEST, 0, "username", "expected 1 to 64 letters,"
          + " digits, dots, dashes or underscores, found '" + account.username() + "'"));
    }
    if (account.role() == Role.SECRETARIAT && account.alliance().isEmpty()) {
      problems.add(InputProblem.atField(REQUEST, 0, "alliance", "a secretariat account needs"
          + " its alliance's code"));
    }
    if (account.role() != Role.SECRETARIAT && account.alliance().isPresent()) {
      problems.add(InputProblem.atField(REQUEST, 0, "alliance", "only a secretariat account has"
          + " an alliance; leave it out for " + account.role().name().toLowerCase(Locale.ROOT)));
    }
    Passwords.weakness(account.password()).ifPresent(w ->
        problems.add(InputProblem.atField(REQUEST, 0, "password", w)));
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    Instant now = clock.instant();
    Account a = new Account(account.username(), account.role(), account.alliance(),
        passwords.hash(account.password()), true, false, now);
    return store.write(tx -> {
      if (a.alliance().isPresent() && tx.alliance(a.alliance().get()).isEmpty()) {
        throw new BadInputException(InputProblem.atField(REQUEST, 0, "alliance",
            "no alliance " + a.alliance().get() + " is registered; import the roster first"));
      }
      if (!tx.insertAccount(a)) {
        throw new StepException(StepException.Reason.USERNAME_TAKEN, a.username());
      }
      log(tx, now, by.username(), "create-account", a.toString());
      return a;
    });
  }

  /**
   * Registers the alliances of {@code roster} not registered yet and creates a secretariat account
   * for each alliance of the roster that has none ({@code lm} and the code: {@code lm101}, {@code
   * lmd001}), each with a one-time password, all in one transaction.
   *
   * @return the accounts made, with their passwords, by code; the only time they are shown
   * @throws StepException FORBIDDEN unless {@code by} is the office
   */
  public List<Issued> createForRoster(Actor by, List<Alliance> roster)
      throws StorageException, BadInputException, StepException {
    office(by, "create accounts");
    List<Issued> candidates = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    for (Alliance a : roster) {
      String pw = passwords.oneTimePassword();
      candidates.add(new Issued(usernameOf(a.code()), a, pw));
      hashes.add(passwords.hash(pw));
    }
    Instant now = clock.instant();
    return store.write(tx -> {
      tx.addAlliances(roster);
      List<Issued> issued = new ArrayList<>();
      for (int i = 0; i < candidates.size(); i++) {
        Issued c = candidates.get(i);
        boolean hasOne = tx.accounts().stream().anyMatch(x ->
            x.alliance().equals(Optional.of(c.alliance().code())));
        if (!hasOne && tx.insertAccount(new Account(c.username(), Role.SECRETARIAT,
            Optional.of(c.alliance().code()), hashes.get(i), true, false, now))) {
          issued.add(c);
          log(tx, now, by.username(), "create-account", c.username() + " (SECRETARIAT "
              + c.alliance().code() + ")");
        }
      }
      return issued;
    });
  }

  /**
   * {@link #createForRoster(Actor, List)} for the alliances of an uploaded roster (CSV or .xlsx,
   * as {@code --roster} reads it).
   *
   * @throws BadInputException every problem of the roster, said of the name it was uploaded as
   */
  public List<Issued> createForRoster(Actor by, Upload roster)
      throws StorageException, BadInputException, StepException {
    office(by, "create accounts");
    List<Alliance> alliances = Uploads.read(roster.name(), roster.bytes(),
        file -> io.allianceeval.examples.io.Roster.read(file).roster().orElseThrow());
    return createForRoster(by, alliances);
  }

  /** The username the roster gives an alliance's secretariat: {@code lm101}, {@code lmd001}. */
  public static String usernameOf(AllianceCode code) {
    return "lm" + code.toString().toLowerCase(Locale.ROOT);
  }

  /** Every account (office only). */
  public List<Account> list(Actor by) throws StorageException, BadInputException, StepException {
    office(by, "list accounts");
    return store.read(YearTransaction::accounts);
  }

  /**
   * Gives {@code username} a new one-time password that must be changed at the next login.
   *
   * @return the password, to hand over; the only time it is shown
   */
  public String reset(Actor by, String username)
      throws StorageException, BadInputException, StepException {
    office(by, "reset passwords");
    String pw = passwords.oneTimePassword();
    String hash = passwords.hash(pw);
    Instant now = clock.instant();
    store.write(tx -> {
      known(tx, username);
      tx.setPassword(username, hash, true);
      log(tx, now, by.username(), "reset-password", username);
      return null;
    });
    return pw;
  }

  /** Disables {@code username} (it can no longer log in) or enables it again. */
  public void setDisabled(Actor by, String username, boolean disabled)
      throws StorageException, BadInputException, StepException {
    office(by, "disable accounts");
    Instant now = clock.instant();
    store.write(tx -> {
      known(tx, username);
      tx.setDisabled(username, disabled);
      log(tx, now, by.username(), disabled ? "disable-account" : "enable-account", username);
      return null;
    });
  }

  private static void known(YearTransaction tx, String username)
      throws SQLException, StepException {
    if (tx.account(username).isEmpty()) {
      throw new StepException(StepException.Reason.NO_SUCH_ACCOUNT, username);
    }
  }

  /**
   * Changes the password of {@code self}'s own account.
   *
   * @throws StepException WRONG_PASSWORD if {@code current} is not its password
   * @throws BadInputException if the new password is too weak or the same as the current one
   */
  public void changePassword(Actor self, String current, String next)
      throws StorageException, BadInputException, StepException {
    Optional<String> weak = Passwords.weakness(next);
    if (weak.isEmpty() && next.equals(current)) {
      weak = Optional.of("the new password must differ from the current one");
    }
    if (weak.isPresent()) {
      throw new BadInputException(InputProblem.atField(REQUEST, 0, "newPassword", weak.get()));
    }
    Optional<Account> account = find(self.username());
    if (account.isEmpty() || current == null
        || !passwords.matches(current, account.get().passwordHash())) {
      throw new StepException(StepException.Reason.WRONG_PASSWORD, self.username());
    }
    String hash = passwords.hash(next);
    Instant now = clock.instant();
    store.write(tx -> {
      tx.setPassword(self.username(), hash, false);
      log(tx, now, self.username(), "change-password", self.username());
      return null;
    });
  }

  static void office(Actor by, String what) throws StepException {
    if (by.role() != Role.OFFICE) {
      throw new StepException(StepException.Reason.FORBIDDEN, what);
    }
  }

  static void log(YearTransaction tx, Instant now, String by, String action,
      String account) throws SQLException {
    tx.log(now, by, OptionalInt.empty(), Optional.empty(), action, OptionalLong.empty(),
        Optional.empty(), Optional.of(account));
  }

}
