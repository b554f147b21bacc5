package io.shiftlead.plugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the core container-free and the connectors ignorant of the plugin. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.shiftlead");
  }

  @Test
  void theCoreImportsNoContainerHttpOrSql() {
    noClasses().that().resideInAPackage("io.shiftlead.plugin.core..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.sql..",
            "java.sql..", "okhttp3..", "com.fasterxml.jackson..", "org.eclipse.microprofile..")
        .check(classes);
  }

  @Test
  void theApplicationLayerImportsNoContainerHttpOrSql() {
    noClasses().that().resideInAPackage("io.shiftlead.plugin.application..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "java.sql..",
            "okhttp3..", "io.shiftlead.plugin.infrastructure..", "io.shiftlead.plugin.interfaces..")
        .check(classes);
  }

  @Test
  void connectorsDoNotDependOnThePlugin() {
    noClasses().that().resideInAPackage("io.shiftlead.connectors..")
        .should().dependOnClassesThat().resideInAPackage("io.shiftlead.plugin..")
        .check(classes);
  }

  @Test
  void connectorsDoNotDependOnJakartaEe() {
    noClasses().that().resideInAPackage("io.shiftlead.connectors..")
        .should().dependOnClassesThat().resideInAPackage("jakarta..")
        .check(classes);
  }
}
