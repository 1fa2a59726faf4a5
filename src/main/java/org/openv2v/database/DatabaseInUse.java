package org.openv2v.database;

import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Which PostgreSQL the platform runs on. Other modules ask this instead of guessing from
 * properties: the demo network, for example, loads by default only on the embedded database.
 */
public record DatabaseInUse(boolean embedded, String url, Optional<String> dataDirectory) {

  /** Says once, at start-up, which database holds the records: the first thing an operator asks. */
  DatabaseInUse announce() {
    LoggerFactory.getLogger(DatabaseInUse.class).info("Database: {}", describe());
    return this;
  }

  public String describe() {
    return (embedded ? "embedded PostgreSQL" : "PostgreSQL server")
        + " at "
        + url
        + ", data directory "
        + dataDirectory.orElse("(not visible to this database user)");
  }
}
