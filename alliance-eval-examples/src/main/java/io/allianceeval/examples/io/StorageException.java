package io.allianceeval.examples.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Work that could not be done because of the machine, not the input: a full disk, a folder that
 * cannot be written, a damaged database, a database locked by another process. Not a bug and not
 * bad input: the command line says it in one line — in the user's language, from the {@link
 * #action()}, the {@link #file()}, the {@link #reason()} and its {@link #detail()} — and exits with
 * 1. {@link #getMessage()} is the same line in English; neither holds a Java class name.
 */
public final class StorageException extends IOException {

  private static final long serialVersionUID = 1L;

  /** What could not be done. */
  public enum Action {
    /** Write an output file. */
    WRITE,
    /** Read an input file. */
    READ,
    /** Create an output folder. */
    CREATE_FOLDER,
    /** Open a database. */
    OPEN_DATABASE,
    /** Check a database. */
    CHECK_DATABASE,
    /** Write to a database. */
    WRITE_DATABASE,
    /** Import into a database: nothing was imported. */
    IMPORT,
    /** Write a backup of a database. */
    BACKUP,
    /** Use a database that is damaged: restore a backup. */
    DAMAGED,
    /** Use a file in another way. */
    USE
  }

  /** Why, in words a user can act on. */
  public enum Reason {
    /** The disk is full. */
    NO_SPACE,
    /** The file or folder is read-only. */
    READ_ONLY,
    /** The user may not write or read it. */
    PERMISSION_DENIED,
    /** The file or the folder does not exist. */
    NO_SUCH_FILE,
    /** A part of the path is not a folder. */
    NOT_A_FOLDER,
    /** Something of that name is in the way. */
    ALREADY_EXISTS,
    /** Another process held the database longer than the busy timeout. */
    LOCKED,
    /** Another cause, given by {@link #detail()}. */
    OTHER
  }

  private final String file;
  private final Action action;
  private final Reason reason;
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param file the file or database it concerns, as the user named it
   * @param action what could not be done
   * @param reason why
   * @param detail what the system said, for {@link Reason#OTHER}, a damaged database, or the
   *     busy timeout in seconds for {@link Reason#LOCKED}; cut to 200 characters
   * @param cause what the library threw, or null
   */
  public StorageException(String file, Action action, Reason reason, String detail,
      Throwable cause) {
    super(english(requireNonNull(file, "file"), requireNonNull(action, "action"),
        requireNonNull(reason, "reason"), shorten(requireNonNull(detail, "detail"))), cause);
    this.file = file;
    this.action = action;
    this.reason = reason;
    this.detail = shorten(detail);
  }

  /** Writing {@code file} failed with {@code cause}. */
  public static StorageException writing(Path file, IOException cause) {
    return of(file.toString(), Action.WRITE, cause);
  }

  /** {@code action} on {@code file} failed with {@code cause}, whose reason is read from it. */
  public static StorageException of(String file, Action action, IOException cause) {
    return new StorageException(file, action, reason(cause), detail(cause), cause);
  }

  /** The file or database it concerns. */
  public String file() {
    return file;
  }

  /** What could not be done. */
  public Action action() {
    return action;
  }

  /** Why. */
  public Reason reason() {
    return reason;
  }

  /** What the system said, or the busy timeout in seconds for {@link Reason#LOCKED}. */
  public String detail() {
    return detail;
  }

  /** The reason of an I/O failure, from its type or its words. */
  static Reason reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return Reason.NO_SUCH_FILE;
    }
    if (e instanceof AccessDeniedException) {
      return Reason.PERMISSION_DENIED;
    }
    if (e instanceof NotDirectoryException) {
      return Reason.NOT_A_FOLDER;
    }
    if (e instanceof FileAlreadyExistsException) {
      return Reason.ALREADY_EXISTS;
    }
    return reason(detail(e));
  }

  /** The reason a system's message gives: "No space left on device", "Read-only file system". */
  public static Reason reason(String message) {
    String m = message.toLowerCase(Locale.ROOT);
    if (m.contains("no space") || m.contains("disk is full") || m.contains("sqlite_full")) {
      return Reason.NO_SPACE;
    }
    if (m.contains("read-only") || m.contains("readonly")) {
      return Reason.READ_ONLY;
    }
    if (m.contains("permission denied") || m.contains("access denied")) {
      return Reason.PERMISSION_DENIED;
    }
    if (m.contains("sqlite_busy") || m.contains("database is locked")) {
      return Reason.LOCKED;
    }
    if (m.contains("no such file") || m.contains("sqlite_cantopen")) {
      return Reason.NO_SUCH_FILE;
    }
    return Reason.OTHER;
  }

  /** What an I/O failure says, without a class name. */
  static String detail(IOException e) {
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() == null || e instanceof FileSystemException ? "input/output error"
        : e.getMessage().replaceAll("\\s+", " ").strip();
  }

  private static String english(String file, Action action, Reason reason, String detail) {
    String why = switch (reason) {
      case NO_SPACE -> "no space left on device";
      case READ_ONLY -> "the file or folder is read-only";
      case PERMISSION_DENIED -> "permission denied";
      case NO_SUCH_FILE -> "no such file or folder";
      case NOT_A_FOLDER -> "not a folder";
      case ALREADY_EXISTS -> "already exists";
      case LOCKED -> "another process held it for more than " + detail + " s; try again";
      case OTHER -> detail;
    };
    return switch (action) {
      case WRITE -> "cannot write " + file + ": " + why;
      case READ -> "cannot read " + file + ": " + why;
      case CREATE_FOLDER -> "cannot create the folder " + file + ": " + why;
      case OPEN_DATABASE -> file + " cannot be opened: " + why;
      case CHECK_DATABASE -> file + " cannot be checked: " + why;
      case WRITE_DATABASE -> file + " cannot be written: " + why;
      case IMPORT -> file + " cannot be written; nothing was imported: " + why;
      case BACKUP -> "cannot write the backup " + file + ": " + why;
      case DAMAGED -> file + " is damaged (" + why + "); restore it from a backup "
          + "(alliance-eval db backup) and import again what was entered since";
      case USE -> file + ": " + why;
    };
  }

  private static String shorten(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "…";
  }
}
