package org.openv2v;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openv2v.cli.CommandLineTools;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

/**
 * The module boundaries: each top-level package under org.openv2v is a module that others reach
 * only through its public surface, and the pure domain stays free of frameworks.
 */
class ArchitectureTests {

  static final ApplicationModules MODULES = MainModules.of();
  static JavaClasses classes;

  static final Path MODULE_DOCS = Path.of("docs/modules");

  @BeforeAll
  static void importClasses() {
    classes = classesOf(MODULES);
  }

  /**
   * The classes Modulith imported for {@link #MODULES}: the same main classes under org.openv2v
   * that a second import would give (Modulith only leaves out generated classes and CGLIB proxies,
   * of which the main code has none), without paying for a second import, the costliest step of
   * this test class. Modulith keeps them in a private field; should that change, import again.
   */
  static JavaClasses classesOf(ApplicationModules modules) {
    try {
      Field allClasses = ApplicationModules.class.getDeclaredField("allClasses");
      allClasses.setAccessible(true);
      return (JavaClasses) allClasses.get(modules);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return new ClassFileImporter()
          .withImportOption(MainModules.MAIN_CLASSES_ONLY)
          .importPackages("org.openv2v");
    }
  }

  @Test
  void modules_use_each_other_only_through_their_public_types_and_have_no_cycles() {
    MODULES.verify();
  }

  /**
   * docs/modules is what Modulith's Documenter writes for the code as it is: the module diagram,
   * one diagram and one canvas per module. When the code has moved on, the test writes the new
   * documentation there and fails, so the change shows in the commit.
   */
  @Test
  void the_committed_module_documentation_is_what_the_code_generates() throws IOException {
    Path generated =
        Path.of(
            System.getProperty("java.io.tmpdir"),
            "openv2v-modules-" + ProcessHandle.current().pid());
    try {
      new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
          .writeDocumentation();
      Map<String, String> fresh = new TreeMap<>();
      files(generated).forEach((name, text) -> fresh.put(name, inStableOrder(text)));
      Map<String, String> committed = files(MODULE_DOCS);
      if (!fresh.equals(committed)) {
        FileSystemUtils.deleteRecursively(MODULE_DOCS);
        for (Map.Entry<String, String> file : fresh.entrySet()) {
          Path target = MODULE_DOCS.resolve(file.getKey());
          Files.createDirectories(target.getParent());
          Files.writeString(target, file.getValue());
        }
      }
      assertThat(differing(committed, fresh))
          .as("docs/modules was out of date and has been written anew: commit it")
          .isEmpty();
    } finally {
      FileSystemUtils.deleteRecursively(generated);
    }
  }

  @Test
  void the_launcher_knows_every_command_line_tool_by_its_word() {
    assertThat(Launcher.COMMANDS).isEqualTo(CommandLineTools.WORDS);
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
            "cli",
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

  /**
   * The text with each run of PlantUML relations and of AsciiDoc list items sorted: the Documenter
   * writes them in hash order, which changes from run to run while the documentation stays the
   * same.
   */
  static String inStableOrder(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int start = 0;
    while (start < lines.size()) {
      String first = lines.get(start);
      int end = start + 1;
      if (first.strip().startsWith("Rel(")) {
        while (end < lines.size() && lines.get(end).strip().startsWith("Rel(")) {
          end++;
        }
        Collections.sort(lines.subList(start, end));
      } else if (first.startsWith("* ") || first.startsWith("|* ")) {
        while (end < lines.size() && lines.get(end).startsWith("* ")) {
          end++;
        }
        boolean inCell = first.startsWith("|");
        lines.set(start, inCell ? first.substring(1) : first);
        Collections.sort(lines.subList(start, end));
        lines.set(start, (inCell ? "|" : "") + lines.get(start));
      }
      start = end;
    }
    return String.join("\n", lines);
  }

  /** The files that are in only one of the two, or differ. */
  private static Set<String> differing(Map<String, String> committed, Map<String, String> fresh) {
    Set<String> names = new TreeSet<>(committed.keySet());
    names.addAll(fresh.keySet());
    names.removeIf(name -> Objects.equals(committed.get(name), fresh.get(name)));
    return names;
  }

  /** Each file under {@code folder} by its relative path, with its text. */
  private static Map<String, String> files(Path folder) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return texts;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        texts.put(folder.relativize(file).toString(), Files.readString(file));
      }
    }
    return texts;
  }
}
