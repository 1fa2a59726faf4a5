package org.openv2v;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
}
