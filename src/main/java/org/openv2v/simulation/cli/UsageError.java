package org.openv2v.simulation.cli;

/** A mistake on the command line: exit code 2 and the usage text. */
final class UsageError extends RuntimeException {

  UsageError(String message) {
    super(message);
  }
}
