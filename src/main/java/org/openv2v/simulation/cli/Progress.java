package org.openv2v.simulation.cli;

import java.io.PrintStream;
import java.util.function.IntConsumer;

/**
 * Replication progress on standard error: a bar redrawn in place when a console is attached,
 * otherwise a line at each tenth so logs stay short. Called from the simulation threads.
 */
final class Progress implements IntConsumer {

  private final PrintStream err;
  private final int total;
  private final boolean console;
  private final String label;
  private int shown = -1;

  private Progress(PrintStream err, int total, boolean console, String label) {
    this.err = err;
    this.total = total;
    this.console = console;
    this.label = label;
  }

  static IntConsumer quiet() {
    return finished -> {};
  }

  static Progress on(PrintStream err, int total, String label) {
    return new Progress(err, total, System.console() != null, label);
  }

  @Override
  public synchronized void accept(int finished) {
    if (console) {
      int width = 30;
      int percent = (int) (100L * finished / total);
      if (percent == shown) {
        return;
      }
      shown = percent;
      int filled = (int) ((long) width * finished / total);
      err.print(
          "\r"
              + label
              + " ["
              + "#".repeat(filled)
              + " ".repeat(width - filled)
              + "] "
              + finished
              + "/"
              + total);
      if (finished == total) {
        err.println();
      }
      err.flush();
    } else {
      int tenth = (int) (10L * finished / total);
      if (tenth != shown && (tenth > shown)) {
        shown = tenth;
        err.println(label + ": " + finished + "/" + total + " replications");
      }
    }
  }
}
