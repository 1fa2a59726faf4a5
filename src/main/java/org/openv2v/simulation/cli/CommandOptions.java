package org.openv2v.simulation.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} or {@code --name=value} options, checked against the names allowed. */
final class CommandOptions {

  private final Map<String, String> values = new LinkedHashMap<>();

  private CommandOptions() {}

  static CommandOptions parse(List<String> args, Set<String> allowed) {
    CommandOptions flags = new CommandOptions();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--") || arg.length() == 2) {
        throw new UsageError("unexpected argument '" + arg + "'");
      }
      String name;
      String value;
      int equals = arg.indexOf('=');
      if (equals > 0) {
        name = arg.substring(2, equals);
        value = arg.substring(equals + 1);
      } else {
        name = arg.substring(2);
        if (i + 1 >= args.size()) {
          throw new UsageError("--" + name + " needs a value");
        }
        value = args.get(++i);
      }
      if (!allowed.contains(name)) {
        throw new UsageError("unknown option --" + name);
      }
      if (flags.values.put(name, value) != null) {
        throw new UsageError("--" + name + " is given twice");
      }
    }
    return flags;
  }

  Optional<String> text(String name) {
    return Optional.ofNullable(values.get(name));
  }

  String required(String name) {
    return text(name).orElseThrow(() -> new UsageError("--" + name + " is required"));
  }

  double decimal(String name) {
    return decimal(name, required(name));
  }

  double decimal(String name, double fallback) {
    return text(name).map(v -> decimal(name, v)).orElse(fallback);
  }

  long whole(String name) {
    return whole(name, required(name));
  }

  long whole(String name, long fallback) {
    return text(name).map(v -> whole(name, v)).orElse(fallback);
  }

  int count(String name, int fallback, int min) {
    long value = whole(name, fallback);
    if (value < min || value > Integer.MAX_VALUE) {
      throw new UsageError("--" + name + " must be >= " + min);
    }
    return (int) value;
  }

  private static double decimal(String name, String text) {
    try {
      double value = Double.parseDouble(text.trim());
      if (!Double.isFinite(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new UsageError("--" + name + " must be a number, not '" + text + "'");
    }
  }

  private static long whole(String name, String text) {
    try {
      return Long.parseLong(text.trim().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new UsageError("--" + name + " must be a whole number, not '" + text + "'");
    }
  }

  /** A mistake on the command line: exit code 2 and the usage text. */
  static final class UsageError extends RuntimeException {
    UsageError(String message) {
      super(message);
    }
  }
}
