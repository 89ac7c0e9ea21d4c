package io.allianceeval.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.allianceeval.testing.RepositoryFiles;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The public types of the core are exactly those {@code docs/API.md} names. */
class PublicApiTest {

  private static final Pattern LISTED = Pattern.compile("^- `([a-z]+(?:\\.[A-Za-z0-9]+)+)`");

  @Test
  void everyPublicType_isNamedInTheApiList_andEveryNamedTypeExists() throws Exception {
    Set<String> listed = new TreeSet<>();
    for (String line : Files.readAllLines(RepositoryFiles.resolve("docs/API.md"))) {
      Matcher m = LISTED.matcher(line);
      if (m.find()) {
        listed.add(m.group(1));
      }
    }
    Set<String> public_ = new TreeSet<>();
    for (JavaClass c : new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.allianceeval")) {
      if (isPublic(c) && !c.isAnonymousClass() && !c.isLocalClass()) {
        public_.add(c.getName().substring("io.allianceeval.".length()).replace('$', '.'));
      }
    }
    assertEquals(listed, public_, "docs/API.md and the public types differ");
  }

  /** Public, and every enclosing class public too (a public type nested in a hidden one is hidden). */
  private static boolean isPublic(JavaClass c) {
    for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
      if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}
