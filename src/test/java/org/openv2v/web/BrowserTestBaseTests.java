package org.openv2v.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * One start and stop of Chromium for every browser test: each class that drives a browser extends
 * {@link BrowserTest}, and none starts a {@link BrowserSession} of its own.
 */
class BrowserTestBaseTests {

  /**
   * The test classes alone. Both rules look only at test classes (which extend {@link BrowserTest},
   * which call {@link BrowserSession#start}), so the libraries they use are not followed onto the
   * class path: that made this import the costliest step of the class.
   */
  private static final JavaClasses TESTS =
      ArchConfiguration.withThreadLocalScope(
          configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter()
                .withImportOption(location -> location.contains("/test-classes/"))
                .importPackages("org.openv2v");
          });

  @Test
  void every_browser_test_class_extends_browser_test() {
    classes()
        .that()
        .haveSimpleNameEndingWith("BrowserTests")
        .should()
        .beAssignableTo(BrowserTest.class)
        .check(TESTS);
  }

  @Test
  void only_browser_test_starts_a_browser() {
    noClasses()
        .that()
        .areNotAssignableTo(BrowserTest.class)
        .should()
        .callMethod(BrowserSession.class, "start")
        .check(TESTS);
  }
}
