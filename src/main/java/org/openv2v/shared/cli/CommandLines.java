package org.openv2v.shared.cli;

import picocli.CommandLine;

/**
 * Picocli command lines for the tools, made with Groovy closures turned off. Picocli otherwise
 * looks for Groovy's {@code Closure} class the first time it reads an option; on the tools' class
 * path of about 190 jars the failed lookup opens every jar, about 60 ms of a tool's start (issue
 * 17). No tool's options are Groovy closures.
 */
public final class CommandLines {

  private static final String NO_CLOSURES = "picocli.disable.closures";

  static {
    if (System.getProperty(NO_CLOSURES) == null) {
      System.setProperty(NO_CLOSURES, "true");
    }
  }

  private CommandLines() {}

  /**
   * An empty command for picocli's programmatic model, made through this class so that closures are
   * off before picocli builds its first option.
   */
  public static CommandLine.Model.CommandSpec spec() {
    return CommandLine.Model.CommandSpec.create();
  }

  /**
   * A command line for {@code command}: an object with picocli's annotations, or a {@link #spec}
   * with its options added.
   */
  public static CommandLine of(Object command) {
    return new CommandLine(command);
  }

  /** A command line for {@code command} whose subcommands {@code factory} makes. */
  public static CommandLine of(Object command, CommandLine.IFactory factory) {
    return new CommandLine(command, factory);
  }
}
