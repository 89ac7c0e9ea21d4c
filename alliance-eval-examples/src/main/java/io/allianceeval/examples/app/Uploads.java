package io.allianceeval.examples.app;

import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputLimits;
import io.allianceeval.examples.io.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Files that users upload: read from a temporary file of a random name (never one the user chose),
 * deleted when read, with every problem reported under the name the file was uploaded as.
 */
final class Uploads {

  /** What reads the temporary file. */
  @FunctionalInterface
  interface Reader<T> {
    T read(Path file) throws BadInputException;
  }

  private Uploads() {}

  /**
   * Reads the upload {@code bytes}, named {@code name} by the user, with {@code reader}.
   *
   * @throws BadInputException the reader's problems, said of {@code name}; or the upload is
   *     larger than the input limit
   */
  static <T> T read(String name, byte[] bytes, Reader<T> reader) throws BadInputException {
    String shown = displayName(name);
    if (bytes.length > InputLimits.MAX_FILE_BYTES) {
      throw new BadInputException(InputProblem.inFile(shown, "is " + bytes.length
          + " bytes; expected at most " + InputLimits.MAX_FILE_BYTES));
    }
    boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3
        && bytes[3] == 4;
    String suffix = zip ? ".xlsx" : ".csv"; // what the file is, not what it was called
    Path tmp = null;
    try {
      tmp = Files.createTempFile("alliance-eval-upload-", suffix);
      Files.write(tmp, bytes);
      return reader.read(tmp);
    } catch (BadInputException e) {
      List<InputProblem> problems = new ArrayList<>();
      for (InputProblem p : e.problems()) {
        problems.add(p.withFile(shown));
      }
      throw new BadInputException(problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // a temporary file left behind; the system's cleaner removes it
        }
      }
    }
  }

  /** The name to report an upload under: its last path part, at most 100 characters. */
  static String displayName(String name) {
    String n = name == null || name.isBlank() ? "upload" : name;
    n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
    n = n.replaceAll("\\p{Cntrl}", "");
    return n.length() > 100 ? n.substring(0, 100) : n.isEmpty() ? "upload" : n;
  }
}
