package org.openv2v;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command-line tools run in a JVM of their own: the tool's exit code must come back through the
 * launcher, whether the run succeeds or refuses its input (scripts depend on it).
 */
class LauncherJvmTests {

  private static List<File> testClassPath() {
    List<File> files = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      files.add(new File(entry));
    }
    return files;
  }

  @Test
  void a_tool_run_returns_the_tools_exit_code() throws Exception {
    int ok =
        LauncherJvm.run(
            testClassPath(),
            new String[] {
              "simulate", "queue", "--arrival-rate", "0.9", "--service-rate", "1", "--servers", "1",
              "--customers", "100", "--warmup", "0", "--replications", "1", "--seed", "1"
            });
    int refused =
        LauncherJvm.run(
            testClassPath(), new String[] {"simulate", "queue", "--arrival-rate", "-1"});

    assertThat(ok).isZero();
    assertThat(refused).isEqualTo(2);
  }

  /** What a run through an argument file said (standard output and error) and its exit code. */
  record Run(String said, int exitCode) {}

  /** Runs {@code java @file words...}, the file written for the test class path. */
  private static Run throughArgumentFile(Path file, String... words) throws Exception {
    LauncherJvm.writeArgumentFile(testClassPath(), file.toFile());
    List<String> command = new ArrayList<>();
    command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
    command.add("@" + file);
    command.addAll(List.of(words));
    Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
    String said = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(said, run.waitFor());
  }

  /**
   * The build's argument file runs a tool in one JVM ({@code java @openv2v.args simulate ...}):
   * written here for the test class path, in a folder whose name has a space and a quote, it must
   * start the tool and bring its exit code back.
   */
  @Test
  void the_argument_file_runs_a_tool_in_one_jvm(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("with space \"and quote\""));
    Path file = folder.resolve(LauncherJvm.ARGUMENT_FILE);

    Run listed = throughArgumentFile(file, "simulate", "scenarios");
    Run refused = throughArgumentFile(file, "simulate", "queue", "--arrival-rate", "-1");

    assertThat(listed.exitCode()).isZero();
    assertThat(listed.said()).contains("korea-2023");
    assertThat(refused.exitCode()).isEqualTo(2);
  }

  /**
   * Words after the argument file that name no tool (a JVM option put after it, say) get the usage,
   * not the server's launcher, which is not on the tools' class path.
   */
  @Test
  void the_argument_file_answers_other_words_with_its_usage(@TempDir Path dir) throws Exception {
    Run run = throughArgumentFile(dir.resolve(LauncherJvm.ARGUMENT_FILE), "-Xmx1g", "simulate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.said())
        .isEqualToIgnoringNewLines(Launcher.notATool())
        .contains("economics|forecast|simulate|validate|verify-ledger")
        .doesNotContain("Exception");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "plain | \"plain\"",
        "a b | \"a b\"",
        "say \"\" | \"say \\\"\\\"\"",
        "c:\\x | \"c:\\\\x\""
      })
  void arguments_are_quoted_as_the_java_launcher_reads_them(String argument, String quoted) {
    assertThat(LauncherJvm.quoted(argument)).isEqualTo(quoted);
  }

  /** Linux's /sys/kernel/mm/transparent_hugepage/enabled, the chosen mode in brackets. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "always [madvise] never | true",
        "[always] madvise never | true",
        "always madvise [never] | false",
        "[always] never | true",
        "'' | false"
      })
  void huge_pages_are_asked_for_only_where_linux_gives_them_on_request(
      String modes, boolean asked) {
    assertThat(LauncherJvm.offersOnRequest(modes)).isEqualTo(asked);
  }

  /**
   * A renamed or removed method would leave its inline command naming nothing, and the JVM would
   * say nothing of it: the tools would only get slower.
   */
  @Test
  void every_method_inlined_in_the_tool_jvm_exists() throws Exception {
    assertThat(LauncherJvm.INLINED).isNotEmpty();
    for (String method : LauncherJvm.INLINED) {
      String[] parts = method.split("::");
      Class<?> type = Class.forName(parts[0]);
      assertThat(type.getDeclaredMethods())
          .as(method)
          .extracting(Method::getName)
          .contains(parts[1]);
    }
  }
}
