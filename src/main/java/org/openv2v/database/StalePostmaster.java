package org.openv2v.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A platform that was killed leaves {@code postmaster.pid} behind, and PostgreSQL then refuses to
 * start. A lock whose process is gone is removed; a live one means another platform holds the data.
 */
class StalePostmaster {

  private final Path lockFile;

  StalePostmaster(Path dataDirectory) {
    this.lockFile = dataDirectory.resolve("postmaster.pid");
  }

  void clear() throws IOException {
    if (!Files.exists(lockFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(lockFile);
    long pid = lines.isEmpty() ? -1 : parse(lines.get(0));
    boolean alive = pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    if (alive) {
      throw new EmbeddedDatabaseRefused(
          "The data directory "
              + lockFile.getParent()
              + " is in use by PostgreSQL process "
              + pid
              + ", probably another OpenV2V started from the same folder.",
          "Stop the other instance, or start this one with --openv2v.data-dir=ANOTHER_FOLDER.");
    }
    Files.delete(lockFile);
  }

  private static long parse(String line) {
    try {
      return Long.parseLong(line.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
