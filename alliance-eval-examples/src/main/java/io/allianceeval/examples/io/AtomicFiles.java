package io.allianceeval.examples.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Writes a file whole or not at all: to a temporary file beside it, then moved into place. */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes {@code text} as UTF-8 to {@code target}, replacing it atomically where possible.
   *
   * @throws StorageException naming the file and the cause; nothing is left behind
   */
  public static void write(Path target, String text) throws StorageException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes {@code bytes} to {@code target}, replacing it atomically where possible.
   *
   * @throws StorageException naming the file and the cause; nothing is left behind
   */
  public static void write(Path target, byte[] bytes) throws StorageException {
    try {
      writeOrThrow(target, bytes);
    } catch (IOException e) {
      throw StorageException.writing(target, e);
    }
  }

  /**
   * Temporary files being written, deleted by a shutdown hook if the process is stopped (Ctrl-C,
   * SIGTERM) before they are moved into place, so that an interrupted run leaves none behind.
   */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(p -> {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // nothing more can be done while the JVM stops
      }
    }), "alliance-eval temporary files"));
  }

  private static void writeOrThrow(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    PENDING.add(tmp);
    try {
      Files.write(tmp, bytes);
      if (Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
        // a temporary file is private (rw-------); give the result the usual rw-r--r--
        Files.setPosixFilePermissions(tmp, Files.exists(absolute)
            ? Files.getPosixFilePermissions(absolute)
            : PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
      PENDING.remove(tmp);
    }
  }
}
