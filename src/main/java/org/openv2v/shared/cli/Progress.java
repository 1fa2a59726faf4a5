package org.openv2v.shared.cli;

import java.io.PrintStream;
import java.util.function.IntConsumer;

/**
 * A long run's progress on standard error: a bar redrawn in place when a console is attached,
 * otherwise a line at each tenth so logs stay short. Called from the run's threads, whose counts
 * may arrive out of order: a count below one shown already is passed over.
 */
public final class Progress implements IntConsumer {

  private final PrintStream err;
  private final int total;
  private final boolean console;
  private final String label;
  private final String unit;
  private int shown = -1;

  private Progress(PrintStream err, int total, boolean console, String label, String unit) {
    this.err = err;
    this.total = total;
    this.console = console;
    this.label = label;
    this.unit = unit;
  }

  public static IntConsumer quiet() {
    return finished -> {};
  }

  /** Replications of a simulation: "korea-2023: 100/1000 replications". */
  public static Progress on(PrintStream err, int total, String label) {
    return on(err, total, label, "replications");
  }

  /** Progress counted in {@code unit}: "PSA: 1000/10000 iterations". */
  public static Progress on(PrintStream err, int total, String label, String unit) {
    return new Progress(err, total, System.console() != null, label, unit);
  }

  @Override
  public synchronized void accept(int finished) {
    if (console) {
      int width = 30;
      int percent = (int) (100L * finished / total);
      if (percent <= shown) {
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
      if (tenth > shown) {
        shown = tenth;
        err.println(label + ": " + finished + "/" + total + " " + unit);
      }
    }
  }
}
