package org.openv2v.shared.cli;

import org.openv2v.shared.yaml.YamlField;
import tools.jackson.databind.json.JsonMapper;

/**
 * Readies the two libraries every planning tool reads and writes with, on the second core while the
 * first reads the command line (issue 17). Cold, Jackson's shared mapper takes a tenth of a CPU
 * second to build and SnakeYAML half that to read its first small document, each otherwise on the
 * one thread a tool's run waits for: a model or scenario file is read right after the command line,
 * summary.json written right after the run. Both libraries make their state once and share it, so
 * the tool's own first use then finds it made (or waits for it being made, never makes it twice).
 */
public final class LibraryWarmUp implements Runnable {

  /** A few lines with each kind of YAML node the model and scenario files use. */
  private static final String YAML =
      """
      # a comment
      name: warm-up
      numbers: [1, 2.5, -0.25, 1e3]
      nested:
        text: "quoted"
        other: 'single'
        list:
          - key: value
            flag: true
      """;

  private LibraryWarmUp() {}

  /**
   * Starts the warm-up on a daemon thread: a tool that is done need not wait for it. (A Runnable of
   * its own, not a method reference: a lambda's bootstrap would cost the thread that starts it.)
   */
  public static void start() {
    Thread thread = new Thread(new LibraryWarmUp(), "library-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void run() {
    YamlField.parse(YAML, "warm-up", "warm-up", (file, line, path, reason) -> new Unreadable());
    JsonMapper.shared();
  }

  /** Never thrown for the text above; a failed warm-up would cost time, not a result. */
  private static final class Unreadable extends RuntimeException {
    Unreadable() {
      super("warm-up YAML", null, false, false);
    }
  }
}
