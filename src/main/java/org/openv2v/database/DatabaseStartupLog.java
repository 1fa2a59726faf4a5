package org.openv2v.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says once, at start-up, which database holds the records: the first thing an operator asks. */
@Component
class DatabaseStartupLog {

  private static final Logger log = LoggerFactory.getLogger(DatabaseStartupLog.class);

  private final DatabaseInUse database;

  DatabaseStartupLog(DatabaseInUse database) {
    this.database = database;
  }

  @EventListener(ApplicationReadyEvent.class)
  void announce() {
    log.info("Database: {}", database.describe());
  }
}
