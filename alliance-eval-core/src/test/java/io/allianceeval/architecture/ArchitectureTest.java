package io.allianceeval.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The core is an embeddable library: no I/O, no printing, no UI, no examples, no cycles. */
class ArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.allianceeval");
  }

  @Test
  void coreDependsOnNothingOfTheExamples() {
    noClasses().should().dependOnClassesThat().resideInAPackage("io.allianceeval.examples..")
        .check(core);
  }

  @Test
  void coreDoesNoIo() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
        .check(core);
  }

  @Test
  void corePrintsNothing() {
    noClasses().should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethod(Throwable.class, "printStackTrace")
        .check(core);
  }

  @Test
  void coreUsesNoAwt() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
        .check(core);
  }

  @Test
  void coreHasNoPackageCycles() {
    slices().matching("io.allianceeval.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void coreDependsOnlyOnTheJdkAndSlf4j() {
    noClasses().should().dependOnClassesThat().resideOutsideOfPackages(
            "io.allianceeval..", "java..", "javax.annotation..", "org.slf4j..",
            "org.immutables.value..")
        .check(core);
  }
}
