package org.openv2v.simulation.cli;

import java.util.List;
import org.openv2v.shared.cli.CommandLines;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Reads a simulate command's {@code --name value} or {@code --name=value} options with picocli. The
 * options are declared through picocli's programmatic model, by name and type, not by annotated
 * fields: reading annotations makes the JVM generate a proxy class for each annotation type, about
 * 25 ms of every start of a tool whose whole run can take half a second (issue 17). Picocli's
 * refusals are put in the words this command line has always used (tests, docs and outside checks
 * rely on them): "unknown option --x", "--x needs a value", "--x is given twice", "--x must be a
 * number, not 'y'".
 */
final class SimulateOptions {

  private SimulateOptions() {}

  /**
   * The options {@code names} declares, read from {@code args}; a mistake throws {@link
   * UsageError}.
   */
  static GivenOptions read(GivenOptions.Names names, List<String> args) {
    CommandSpec spec = CommandLines.spec();
    declare(spec, names.decimals(), Double.class);
    declare(spec, names.wholes(), Long.class);
    declare(spec, names.texts(), String.class);
    CommandLine line = CommandLines.of(spec);
    // As before: an option's value may look like an option, '--' and '@file' are plain arguments.
    line.setAllowOptionsAsOptionParameters(true);
    line.setExpandAtFiles(false);
    line.setEndOfOptionsDelimiter("\0");
    line.registerConverter(Double.class, new Decimal());
    line.registerConverter(Long.class, new Whole());
    try {
      return new GivenOptions(line.parseArgs(args.toArray(String[]::new)));
    } catch (CommandLine.ParameterException e) {
      throw new UsageError(words(e, args));
    }
  }

  private static void declare(CommandSpec spec, List<String> names, Class<?> type) {
    for (String name : names) {
      spec.addOption(CommandLines.option(name, type));
    }
  }

  /** The value given, or "--name is required". */
  static <V> V required(String name, V value) {
    if (value == null) {
      throw new UsageError(name + " is required");
    }
    return value;
  }

  /** A count of at least {@code min}, {@code fallback} when not given. */
  static int count(String name, Long value, int fallback, int min) {
    long count = value == null ? fallback : value;
    if (count < min || count > Integer.MAX_VALUE) {
      throw new UsageError(name + " must be >= " + min);
    }
    return (int) count;
  }

  /** A finite decimal number. (Classes, not lambdas: a lambda's bootstrap costs every start.) */
  private static final class Decimal implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
      double value = Double.parseDouble(text.trim());
      if (!Double.isFinite(value)) {
        throw new NumberFormatException(text);
      }
      return value;
    }
  }

  /** A whole number, its digits maybe grouped: {@code 3_000_000}. */
  private static final class Whole implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String text) {
      return Long.parseLong(text.trim().replace("_", ""));
    }
  }

  private static String words(CommandLine.ParameterException e, List<String> args) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      return unexpected(unmatched.getUnmatched().get(0), args);
    }
    if (e instanceof CommandLine.OverwrittenOptionException twice) {
      return name(twice.getOverwritten()) + " is given twice";
    }
    if (e instanceof CommandLine.MissingParameterException missing) {
      return name(missing.getMissing().get(0)) + " needs a value";
    }
    if (e.getArgSpec() instanceof OptionSpec option && e.getValue() != null) {
      String kind = option.type() == Double.class ? "a number" : "a whole number";
      return option.longestName() + " must be " + kind + ", not '" + e.getValue() + "'";
    }
    return e.getMessage();
  }

  private static String unexpected(String arg, List<String> args) {
    if (!arg.startsWith("--") || arg.length() == 2) {
      return "unexpected argument '" + arg + "'";
    }
    int equals = arg.indexOf('=');
    if (equals > 0) {
      return "unknown option " + arg.substring(0, equals);
    }
    // An unknown option without '=' took the next argument as its value, or had none.
    return args.indexOf(arg) == args.size() - 1 ? arg + " needs a value" : "unknown option " + arg;
  }

  private static String name(ArgSpec spec) {
    return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
  }
}
