package org.openv2v.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalePostmasterTests {

  @TempDir Path data;

  @Test
  void should_remove_the_lock_of_a_process_that_is_gone() throws Exception {
    Path lock = Files.writeString(data.resolve("postmaster.pid"), deadPid() + "\n/data\n");
    new StalePostmaster(data).clear();
    assertThat(lock).doesNotExist();
  }

  @Test
  void should_refuse_when_a_live_process_holds_the_data() throws Exception {
    Path lock =
        Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
    assertThatThrownBy(() -> new StalePostmaster(data).clear())
        .isInstanceOf(EmbeddedDatabaseRefused.class)
        .hasMessageContaining(String.valueOf(ProcessHandle.current().pid()));
    assertThat(lock).exists();
  }

  @Test
  void should_do_nothing_without_a_lock() throws Exception {
    new StalePostmaster(data).clear();
    assertThat(data.resolve("postmaster.pid")).doesNotExist();
  }

  private static long deadPid() throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor();
    return process.pid();
  }
}
