package org.openv2v.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.openv2v.custody.domain.LedgerCommand;
import org.openv2v.economics.cli.EconomicsCommand;
import org.openv2v.forecast.cli.ForecastCommand;
import org.openv2v.simulation.cli.SimulateCommand;
import org.openv2v.validation.ValidationCommand;

/**
 * Every command-line tool by its first word. Direct calls, not class names: the compiler checks
 * each entry point and the module check sees which modules the tools reach. A switch rather than a
 * map of method references, because a lambda's bootstrap would cost every start of a tool.
 */
public final class CommandLineTools {

  /** The first words that name a tool; {@code Launcher} keeps the same list (a test compares). */
  public static final Set<String> WORDS =
      Set.of("verify-ledger", "simulate", "economics", "validate", "forecast");

  private CommandLineTools() {}

  /** Whether {@code word} names a tool rather than the server. */
  public static boolean isTool(String word) {
    return WORDS.contains(word);
  }

  /** Runs the tool named by {@code word} with the remaining arguments; answers its exit code. */
  public static int run(String word, List<String> arguments, PrintStream out, PrintStream err) {
    return switch (word) {
      case "verify-ledger" -> LedgerCommand.run(arguments, out, err);
      case "simulate" -> SimulateCommand.run(arguments, out, err);
      case "economics" -> EconomicsCommand.run(arguments, out, err);
      case "validate" -> ValidationCommand.run(arguments, out, err);
      case "forecast" -> ForecastCommand.run(arguments, out, err);
      default -> throw new IllegalArgumentException("Not a command-line tool: " + word);
    };
  }
}
