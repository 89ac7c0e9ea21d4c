package io.allianceeval.examples.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Work that could not be done because of the machine, not the input: a full disk, a folder that
 * cannot be written, a database locked by another process. Not a bug and not bad input: the command
 * line says it in one line that names the file and the cause, and exits with 1. Its message is
 * that line, with no Java class name in it.
 */
public final class StorageException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line that names the file and the cause, in the user's words
   * @param cause what the library threw
   */
  public StorageException(String message, Throwable cause) {
    super(requireNonNull(message, "message"), cause);
  }

  /** {@code "cannot write FILE: CAUSE"} for a failure while writing {@code file}. */
  public static StorageException writing(Path file, IOException cause) {
    return new StorageException("cannot write " + file + ": " + cause(cause), cause);
  }

  /**
   * The cause of an I/O failure in words: "no space left on device", "permission denied", "no such
   * file or folder: /x"; never a class name.
   */
  public static String cause(IOException e) {
    if (e instanceof FileSystemException fse) {
      String file = fse.getFile() == null ? "" : ": " + fse.getFile();
      if (fse.getReason() != null) {
        return lower(fse.getReason()) + file;
      }
      if (e instanceof NoSuchFileException) {
        return "no such file or folder" + file;
      }
      if (e instanceof AccessDeniedException) {
        return "permission denied" + file;
      }
      if (e instanceof NotDirectoryException) {
        return "not a folder" + file;
      }
      if (e instanceof FileAlreadyExistsException) {
        return "already exists" + file;
      }
      return "the file system refused" + file;
    }
    return e.getMessage() == null ? "input/output error" : lower(e.getMessage());
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
