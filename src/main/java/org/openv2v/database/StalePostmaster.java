package org.openv2v.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A platform that was killed ({@code kill -9}, a power cut of the JVM alone) leaves {@code
 * postmaster.pid} behind, and often the postmaster itself still running on the data: PostgreSQL
 * then refuses to start a second one. Before the embedded database starts:
 *
 * <ul>
 *   <li>a lock whose process is gone is removed;
 *   <li>a live PostgreSQL that serves this very data directory (its lock file names it, and the
 *       process's working directory or command line is this folder) while no live platform holds
 *       the embedded library's {@code epg-lock} is an orphan of a killed run: it is stopped (fast
 *       shutdown, its committed transactions are on disk) and the start goes on, saying so in the
 *       log;
 *   <li>anything else (another platform on the same folder) is refused with advice.
 * </ul>
 */
class StalePostmaster {

  private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
  private static final Duration FAST_WAIT = Duration.ofSeconds(20);

  private final Path dataDirectory;
  private final Path lockFile;

  StalePostmaster(Path dataDirectory) {
    this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
    this.lockFile = this.dataDirectory.resolve("postmaster.pid");
  }

  void clear() throws IOException {
    if (!Files.exists(lockFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(lockFile);
    long pid = lines.isEmpty() ? -1 : parse(lines.get(0));
    Optional<ProcessHandle> process =
        pid > 0 ? ProcessHandle.of(pid).filter(ProcessHandle::isAlive) : Optional.empty();
    if (process.isEmpty()) {
      log.info("Removing the lock file of PostgreSQL process {}, which is gone: {}", pid, lockFile);
      Files.deleteIfExists(lockFile);
      return;
    }
    if (!servesThisDirectory(process.get(), lines)) {
      // The number was reused by an unrelated process after the postmaster died.
      log.info(
          "Removing the lock file of PostgreSQL process {}: that number now belongs to another"
              + " program, not to a PostgreSQL on {}",
          pid,
          dataDirectory);
      Files.deleteIfExists(lockFile);
      return;
    }
    if (platformHoldsTheData()) {
      throw new EmbeddedDatabaseRefused(
          "The data directory "
              + dataDirectory
              + " is in use by PostgreSQL process "
              + pid
              + ", probably another OpenV2V started from the same folder.",
          "Stop the other instance, or start this one with --openv2v.data-dir=ANOTHER_FOLDER.");
    }
    log.warn(
        "PostgreSQL process {} is still running on {}, left by an OpenV2V that was killed; stopping"
            + " it before starting again",
        pid,
        dataDirectory);
    stop(process.get());
    log.warn("Stopped the orphaned PostgreSQL process {}; starting on {}", pid, dataDirectory);
  }

  /**
   * The lock file's second line is the data directory; the running postmaster's working directory
   * is that directory too (or, where /proc is missing, its command line names it).
   */
  private boolean servesThisDirectory(ProcessHandle process, List<String> lines) {
    if (lines.size() < 2 || !sameDirectory(Path.of(lines.get(1).trim()))) {
      return false;
    }
    Path cwd = Path.of("/proc", String.valueOf(process.pid()), "cwd");
    if (Files.exists(Path.of("/proc/self/cwd"))) {
      try {
        return sameDirectory(cwd.toRealPath());
      } catch (IOException e) {
        // Not ours to inspect (another user's process): then it cannot be our orphan either.
        return false;
      }
    }
    String commandLine = process.info().commandLine().orElse("");
    return commandLine.contains("postgres") && commandLine.contains(dataDirectory.toString());
  }

  private boolean sameDirectory(Path other) {
    try {
      return Files.isSameFile(other, dataDirectory);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * A running platform keeps the embedded library's {@code epg-lock} locked for as long as it
   * lives; the lock dies with its process, so a free lock means nobody is using this postmaster.
   */
  private boolean platformHoldsTheData() throws IOException {
    Path epgLock = dataDirectory.resolve("epg-lock");
    if (!Files.exists(epgLock)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(epgLock, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    }
  }

  /**
   * Fast shutdown (SIGINT: sessions are cut, committed work is on disk), then smart (SIGTERM), and
   * only if neither worked, SIGKILL: the next start then replays the write-ahead log. Signals
   * rather than pg_ctl, which refuses to run as root while the embedded server does not.
   */
  private void stop(ProcessHandle postmaster) throws IOException {
    signal(postmaster, "INT");
    if (!stopped(postmaster, FAST_WAIT)) {
      log.warn("PostgreSQL process {} ignored a fast shutdown; asking again", postmaster.pid());
      postmaster.destroy();
      if (!stopped(postmaster, FAST_WAIT)) {
        log.warn("PostgreSQL process {} is still running; killing it", postmaster.pid());
        postmaster.destroyForcibly();
        if (!stopped(postmaster, FAST_WAIT)) {
          throw new EmbeddedDatabaseRefused(
              "PostgreSQL process "
                  + postmaster.pid()
                  + " left on "
                  + dataDirectory
                  + " by an earlier run does not stop.",
              "Stop it yourself (kill " + postmaster.pid() + ") and start again.");
        }
      }
    }
    Files.deleteIfExists(lockFile);
  }

  private static void signal(ProcessHandle process, String signal) throws IOException {
    try {
      new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid()))
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor(10, TimeUnit.SECONDS);
    } catch (IOException e) {
      // No kill command (not a Unix): the polite SIGTERM that Java can send will follow.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while stopping an orphaned PostgreSQL", e);
    }
  }

  private static boolean stopped(ProcessHandle process, Duration wait) {
    try {
      process.onExit().get(wait.toSeconds(), TimeUnit.SECONDS);
      return true;
    } catch (TimeoutException e) {
      return !process.isAlive();
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }

  private static long parse(String line) {
    try {
      return Long.parseLong(line.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
