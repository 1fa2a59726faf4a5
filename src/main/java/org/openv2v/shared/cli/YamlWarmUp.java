package org.openv2v.shared.cli;

import org.openv2v.shared.yaml.YamlField;

/**
 * Readies SnakeYAML on the second core while the first reads the command line (issue 17): cold, it
 * takes about a twentieth of a CPU second to read its first small document, on the one thread a
 * tool's run waits for, since a model or scenario file is read right after the command line. The
 * library makes its state once and shares it, so the tool's own first read then finds it made.
 * (Jackson, the other library every planning tool uses, is readied by each tool: the shared kernel
 * imports no framework.)
 */
public final class YamlWarmUp implements Runnable {

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

  private YamlWarmUp() {}

  /**
   * Starts the warm-up on a daemon thread: a tool that is done need not wait for it. (A Runnable of
   * its own, not a method reference: a lambda's bootstrap would cost the thread that starts it.)
   */
  public static void start() {
    Thread thread = new Thread(new YamlWarmUp(), "yaml-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void run() {
    // The text above is valid YAML: the complaint is never made.
    YamlField.parse(
        YAML,
        "warm-up",
        "warm-up",
        (file, line, path, reason) -> new IllegalStateException(reason));
  }
}
