package org.openv2v;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module boundaries: each top-level package under org.openv2v is a module that others reach
 * only through its public surface, and the pure domain stays free of frameworks.
 */
class ArchitectureTests {

  // Not Predefined.DO_NOT_INCLUDE_TESTS: it knows only target/, and builds may use -Dbuild.dir.
  static final ImportOption MAIN_CLASSES_ONLY = location -> !location.contains("/test-classes/");

  static final ApplicationModules MODULES =
      ApplicationModules.of(OpenV2VApplication.class, MAIN_CLASSES_ONLY);
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter().withImportOption(MAIN_CLASSES_ONLY).importPackages("org.openv2v");
  }

  @Test
  void modules_use_each_other_only_through_their_public_types_and_have_no_cycles() {
    MODULES.verify();
  }

  @Test
  void the_domain_and_the_shared_kernel_import_no_framework() {
    noClasses()
        .that()
        .resideInAnyPackage("..domain..", "org.openv2v.shared..")
        .and()
        .doNotHaveSimpleName("package-info")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "jakarta..",
            "tools.jackson..",
            "com.fasterxml..",
            "io.micrometer..",
            "java.sql..",
            "javax.sql..")
        .check(classes);
  }

  @Test
  void the_domain_does_not_reach_into_web_or_persistence() {
    noClasses()
        .that()
        .resideInAnyPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..web..", "..internal..")
        .check(classes);
  }

  @Test
  void only_web_adapters_speak_http() {
    noClasses()
        .that()
        .resideOutsideOfPackages("..web..", "org.openv2v.security..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework.web..", "jakarta.servlet..", "org.springframework.http..")
        .check(classes);
  }

  @Test
  void has_the_modules_the_readme_maps() {
    assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
        .containsExactlyInAnyOrder(
            "alerts",
            "audit",
            "bedside",
            "cases",
            "charts",
            "cluster",
            "custody",
            "database",
            "demo",
            "economics",
            "fhir",
            "forecast",
            "identity",
            "jobs",
            "labels",
            "logistics",
            "network",
            "patientstatus",
            "safety",
            "scheduling",
            "security",
            "shared",
            "users",
            "simulation",
            "validation",
            "web",
            "worklist");
  }
}
