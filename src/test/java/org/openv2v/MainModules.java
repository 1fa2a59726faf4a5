package org.openv2v;

import com.tngtech.archunit.core.importer.ImportOption;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.ApplicationModulesFactory;

/**
 * The platform's modules as the main classes make them, analysed once per test run: {@link
 * ArchitectureTests} and every {@link ModuleTest} (through Modulith's factory hook in
 * META-INF/spring.factories) ask for the same cached {@link ApplicationModules}, instead of
 * importing and analysing every class twice (about 15 s of a test run).
 */
public final class MainModules implements ApplicationModulesFactory {

  // Not Predefined.DO_NOT_INCLUDE_TESTS: it knows only target/, and builds may use -Dbuild.dir.
  static final ImportOption MAIN_CLASSES_ONLY = location -> !location.contains("/test-classes/");

  /** The modules of the platform; Modulith caches them by this type and import option. */
  public static ApplicationModules of() {
    return ApplicationModules.of(OpenV2VApplication.class, MAIN_CLASSES_ONLY);
  }

  @Override
  public ApplicationModules of(Class<?> modulithType) {
    return ApplicationModules.of(modulithType, MAIN_CLASSES_ONLY);
  }
}
