package org.openv2v.shared.cli;

import picocli.CommandLine;

/**
 * Picocli command lines for the tools, made with Groovy closures and the date, time and JDBC
 * converters turned off (issue 17):
 *
 * <ul>
 *   <li>Picocli otherwise looks for Groovy's {@code Closure} class the first time it reads an
 *       option; on the tools' class path of about 190 jars the failed lookup opens every jar, about
 *       60 ms of a tool's start. No tool's options are Groovy closures.
 *   <li>Every command line otherwise registers converters for {@code java.time} and {@code
 *       java.sql} types by reflection, which loads and initializes some 110 classes (the date
 *       formats of {@code MonthDay}, {@code Year} and {@code YearMonth} among them) before the
 *       first option is read. The tools' options are text, numbers, paths and, for {@code forecast
 *       backtest}, dates ({@code LocalDate}), whose converter stays.
 * </ul>
 */
public final class CommandLines {

  private static final String NO_CLOSURES = "picocli.disable.closures";

  private static final String EXCLUDED_CONVERTERS = "picocli.converters.excludes";

  static {
    if (System.getProperty(NO_CLOSURES) == null) {
      System.setProperty(NO_CLOSURES, "true");
    }
    if (System.getProperty(EXCLUDED_CONVERTERS) == null) {
      // Regular expressions, matched against each converter's class name: every java.sql and
      // java.time type but LocalDate (forecast backtest --from and --to).
      System.setProperty(EXCLUDED_CONVERTERS, "java\\.sql\\..*,java\\.time\\.(?!LocalDate$).*");
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
   * An option of the programmatic model taking one value of {@code type}, labelled as picocli
   * labels an annotated field: {@code --psa <psa>}.
   */
  public static CommandLine.Model.OptionSpec option(String name, Class<?> type) {
    return CommandLine.Model.OptionSpec.builder(name)
        .type(type)
        .paramLabel("<" + name.substring(2) + ">")
        .build();
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
