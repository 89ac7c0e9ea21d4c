package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.allianceeval.examples.db.ActivityDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storage failures are neither bad input nor bugs: a full disk, a read-only file system, a lock held
 * too long each give exit code 1 and one line naming the file and the cause, and leave nothing
 * half-written. The disk tests mount a tiny tmpfs, which needs root: they skip elsewhere, except
 * under {@code CI=true}, where they must run.
 */
class StorageFailuresTest {

  @TempDir Path dir;
  private Path mount;

  private static boolean canMount() {
    boolean root = "root".equals(System.getProperty("user.name"));
    if (!root && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI runs as root; these tests must run there");
    }
    return root;
  }

  private Path tmpfs(String options) throws Exception {
    mount = Files.createDirectory(dir.resolve("mnt"));
    Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs",
        mount.toString()).redirectErrorStream(true).start();
    assertTrue(p.waitFor(20, TimeUnit.SECONDS));
    assumeTrue(p.exitValue() == 0 || !"true".equals(System.getenv("CI")),
        "mount refused: " + new String(p.getInputStream().readAllBytes()));
    assertEquals(0, p.exitValue(), "mount -t tmpfs failed");
    return mount;
  }

  @BeforeEach
  void rootOnly() {
    assumeTrue(canMount(), "needs root to mount a tmpfs");
  }

  @AfterEach
  void unmount() throws Exception {
    if (mount != null) {
      new ProcessBuilder("umount", mount.toString()).start().waitFor(20, TimeUnit.SECONDS);
    }
  }

  private static void assertOneLineNoJava(CliRun run) {
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("java."), run.err());
    assertFalse(run.err().contains("org."), run.err());
  }

  @Test
  void aFullDisk_whileWritingAWordReport_isOneLine_andLeavesNoFile() throws Exception {
    Path disk = tmpfs("size=12k"); // the report is about 50 KB
    Path out = disk.resolve("2019.docx");
    CliRun run = CliRun.of("report", "--format", "docx", "--out", out.toString(), "--lang",
        "en");
    assertOneLineNoJava(run);
    assertTrue(run.err().startsWith("alliance-eval: cannot write " + out + ": "), run.err());
    assertTrue(run.err().contains("No space left on device")
        || run.err().contains("no space left on device"), run.err());
    try (var files = Files.list(disk)) {
      assertEquals(List.of(), files.toList(), "no file, no temporary file");
    }
  }

  @Test
  void aFullDisk_duringAnImport_isOneLine_andImportsNothing() throws Exception {
    Path disk = tmpfs("size=256k");
    Path db = disk.resolve("info.db");
    assertEquals(0, CliRun.of("db", "import", "--db", db.toString(),
        Files.writeString(dir.resolve("small.csv"), CliFixtures.LOG).toString()).exitCode());
    StringBuilder big = new StringBuilder(CliFixtures.HEADER);
    for (int i = 0; i < 20_000; i++) {
      big.append("342,高粱产业技术创新战略联盟,2019-03-0").append(1 + i % 9)
          .append(",standards,a standard with a long enough title ").append(i).append(",,\n");
    }
    CliRun run = CliRun.of("db", "import", "--db", db.toString(),
        Files.writeString(dir.resolve("big.csv"), big).toString(), "--lang", "en");
    assertOneLineNoJava(run);
    assertTrue(run.err().contains(db + " cannot be written; nothing was imported: no space left "
        + "on device") || run.err().contains(db + " cannot be opened"), run.err());
    try (ActivityDatabase d = ActivityDatabase.open(db, false)) {
      assertEquals(List.of("ok"), d.integrityCheck());
      assertEquals(8, d.size(), "the small log only: all or nothing");
    }
  }

  @Test
  void aReadOnlyFileSystem_isOneLine() throws Exception {
    Path disk = tmpfs("ro,size=64k");
    Path out = disk.resolve("2019.txt");
    CliRun run = CliRun.of("report", "--out", out.toString());
    assertOneLineNoJava(run);
    assertEquals("alliance-eval: 无法写入 " + out + "：文件或文件夹为只读\n", run.err());
  }

  @Test
  void aDatabaseLockedPastTheTimeout_isOneLine_andTheOtherWriterKeepsItsWork() throws Exception {
    Path db = dir.resolve("locked.db");
    assertEquals(0, CliRun.of("db", "import", "--db", db.toString(),
        Files.writeString(dir.resolve("small.csv"), CliFixtures.LOG).toString()).exitCode());
    String before = System.getProperty("allianceeval.db.busyTimeoutMs");
    System.setProperty("allianceeval.db.busyTimeoutMs", "300");
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = other.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      s.execute("INSERT INTO alliance (code, name) VALUES ('399', '另一个写入者')");
      CliRun run = CliRun.of("db", "import", "--db", db.toString(), Files.writeString(
          dir.resolve("more.csv"), CliFixtures.HEADER
              + "342,高粱产业技术创新战略联盟,2019-09-09,standards,新标准,,\n").toString(),
          "--lang", "en");
      assertOneLineNoJava(run);
      assertTrue(run.err().contains("another process held it for more than 0.3 s; try again"),
          run.err());
      s.execute("COMMIT");
    } finally {
      if (before == null) {
        System.clearProperty("allianceeval.db.busyTimeoutMs");
      } else {
        System.setProperty("allianceeval.db.busyTimeoutMs", before);
      }
    }
    try (ActivityDatabase d = ActivityDatabase.open(db, false)) {
      assertEquals(8, d.size());
      assertTrue(d.alliances().stream().anyMatch(a -> a.code().toString().equals("399")));
    }
  }

  @Test
  void aFolderThatMayNotBeWritten_isOneLine_permissionDenied() throws Exception {
    // root may write anywhere: the command runs without the capabilities that allow it
    Path folder = Files.createDirectory(dir.resolve("theirs"));
    Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions
        .fromString("rwx------"));
    Files.setOwner(folder, folder.getFileSystem().getUserPrincipalLookupService()
        .lookupPrincipalByName("nobody"));
    Path out = folder.resolve("2019.txt");
    Process p = new ProcessBuilder("setpriv", "--bounding-set=-dac_override,-dac_read_search",
        "--inh-caps=-dac_override,-dac_read_search",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "io.allianceeval.examples.cli.AllianceEvalCommand", "report", "--out", out.toString(),
        "--lang", "en").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String err = new String(p.getErrorStream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(1, p.exitValue(), err);
    assertEquals("alliance-eval: cannot write " + out + ": permission denied\n", err);
  }
}
