package org.openv2v.database;

/** Raised when the embedded default must not or cannot be used; reported without a stack trace. */
class EmbeddedDatabaseRefused extends RuntimeException {

  private final String action;

  EmbeddedDatabaseRefused(String description, String action) {
    super(description);
    this.action = action;
  }

  String action() {
    return action;
  }
}
