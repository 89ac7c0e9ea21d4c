package io.allianceeval.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core is a named module, {@code io.allianceeval.core}: a small consumer on the module path
 * compiles against it, and it exports exactly its API packages.
 */
class ModuleConsumerTest {

  @TempDir Path dir;

  /** The entries of this test's class path whose path contains {@code part}. */
  private static List<Path> classPath(String part) {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> e.contains(part)).map(Path::of).toList();
  }

  private static Path core() {
    List<Path> found = classPath("alliance-eval-core");
    assertEquals(1, found.size(), "the core on the class path: " + found);
    return found.get(0);
  }

  @Test
  void theCore_isANamedModule_exportingItsApiPackages() {
    ModuleDescriptor d = ModuleFinder.of(core()).find("io.allianceeval.core").orElseThrow()
        .descriptor();
    assertTrue(!d.isAutomatic(), "a module-info.class, not an Automatic-Module-Name");
    Set<String> exports = d.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(List.of("io.allianceeval.activity", "io.allianceeval.awards",
        "io.allianceeval.diagnostics", "io.allianceeval.evaluation", "io.allianceeval.model",
        "io.allianceeval.review", "io.allianceeval.scoring", "io.allianceeval.statistics",
        "io.allianceeval.year")),
        exports);
    Set<String> requires = d.requires().stream().filter(r -> !r.name().equals("java.base"))
        .map(r -> r.name() + (r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)
            ? " (static)" : "")).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(List.of("org.slf4j", "org.immutables.value (static)")), requires,
        "SLF4J is the only runtime dependency");
  }

  /** Compiles a module {@code org.example.consumer} of one class against the core. */
  private String compile(String... mainSource) throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/org/example/consumer"));
    Files.writeString(dir.resolve("src/module-info.java"),
        "module org.example.consumer { requires io.allianceeval.core; }\n");
    Files.writeString(src.resolve("Main.java"), String.join("\n", mainSource));
    String modulePath = Stream.concat(Stream.of(core()), classPath("slf4j-api").stream())
        .map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    var files = javac.getStandardFileManager(null, null, null);
    var units = files.getJavaFileObjects(dir.resolve("src/module-info.java").toFile(),
        src.resolve("Main.java").toFile());
    boolean ok = javac.getTask(out, files, null, List.of("--release", "17", "--module-path",
        modulePath, "-d", dir.resolve("out").toString()), null, units).call();
    return ok ? "" : "failed: " + out;
  }

  @Test
  void aConsumerOnTheModulePath_compilesAgainstTheCore() throws Exception {
    String result = compile(
        "package org.example.consumer;",
        "import io.allianceeval.evaluation.Evaluation;",
        "import io.allianceeval.model.Points;",
        "public final class Main {",
        "  public static void main(String[] args) {",
        "    Points full = Evaluation.forYear(2019).indicatorSystem().total();",
        "    System.out.println(full.plus(Points.parse(\"0.5\")));",
        "  }",
        "}", "");
    assertEquals("", result);
    assertTrue(Files.exists(dir.resolve("out/org/example/consumer/Main.class")));
  }

  @Test
  void aConsumer_cannotReachWhatTheCoreDoesNotExport() throws Exception {
    // ImmutableAlliance is generated package-private: not part of the API
    String result = compile(
        "package org.example.consumer;",
        "public final class Main {",
        "  Object x = io.allianceeval.model.ImmutableAlliance.class;",
        "}", "");
    assertTrue(result.startsWith("failed: ") && result.contains("ImmutableAlliance"), result);
  }
}
