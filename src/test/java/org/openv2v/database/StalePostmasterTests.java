package org.openv2v.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalePostmasterTests {

  @TempDir Path data;
  private Process standIn;

  @AfterEach
  void stopTheStandIn() {
    if (standIn != null) {
      standIn.destroyForcibly();
    }
  }

  @Test
  void should_remove_the_lock_of_a_process_that_is_gone() throws Exception {
    Path lock = Files.writeString(data.resolve("postmaster.pid"), deadPid() + "\n" + data + "\n");
    new StalePostmaster(data).clear();
    assertThat(lock).doesNotExist();
  }

  @Test
  void should_remove_the_lock_when_its_number_now_belongs_to_another_program() throws Exception {
    // This JVM runs elsewhere: the number was reused, no PostgreSQL serves the folder.
    Path lock =
        Files.writeString(
            data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + data + "\n");
    new StalePostmaster(data).clear();
    assertThat(lock).doesNotExist();
    assertThat(ProcessHandle.current().isAlive()).isTrue();
  }

  @Test
  void should_stop_a_server_left_running_on_this_folder_by_a_killed_run() throws Exception {
    standIn = runningIn(data);
    Path lock =
        Files.writeString(data.resolve("postmaster.pid"), standIn.pid() + "\n" + data + "\n");
    new StalePostmaster(data).clear();
    assertThat(standIn.isAlive()).isFalse();
    assertThat(lock).doesNotExist();
  }

  @Test
  void should_refuse_when_a_live_platform_holds_the_folder() throws Exception {
    standIn = runningIn(data);
    Path lock =
        Files.writeString(data.resolve("postmaster.pid"), standIn.pid() + "\n" + data + "\n");
    try (FileChannel channel =
            FileChannel.open(
                data.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      assertThatThrownBy(() -> new StalePostmaster(data).clear())
          .isInstanceOf(EmbeddedDatabaseRefused.class)
          .hasMessageContaining(String.valueOf(standIn.pid()));
    }
    assertThat(standIn.isAlive()).isTrue();
    assertThat(lock).exists();
  }

  @Test
  void should_leave_a_server_of_another_folder_alone() throws Exception {
    Path elsewhere = Files.createDirectory(data.resolve("elsewhere"));
    Path mine = Files.createDirectory(data.resolve("mine"));
    standIn = runningIn(elsewhere);
    Files.writeString(mine.resolve("postmaster.pid"), standIn.pid() + "\n" + mine + "\n");
    new StalePostmaster(mine).clear();
    assertThat(standIn.isAlive()).isTrue();
  }

  @Test
  void should_do_nothing_without_a_lock() throws Exception {
    new StalePostmaster(data).clear();
    assertThat(data.resolve("postmaster.pid")).doesNotExist();
  }

  /**
   * A long-running process whose working directory is the folder, as a postmaster's is, and that
   * ends on SIGINT, as a postmaster does (its fast shutdown). A plain {@code sleep} keeps the
   * SIGINT it inherits ignored from a test run started in the background, so clearing waited out
   * the 20 s before it asked with SIGTERM.
   */
  private static Process runningIn(Path folder) throws Exception {
    return new ProcessBuilder("perl", "-e", "$SIG{INT} = sub { exit 0 }; sleep 120")
        .directory(folder.toFile())
        .start();
  }

  private static long deadPid() throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor();
    return process.pid();
  }
}
