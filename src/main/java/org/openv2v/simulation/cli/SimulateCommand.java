package org.openv2v.simulation.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code openv2v simulate queue|network ...}: the simulator on the command line, without the server
 * (no Spring on this path, so it starts at once). Exit codes: 0 done, 1 failed, 2 misuse.
 */
public final class SimulateCommand {

  static final String USAGE =
      """
      usage:
        simulate queue --arrival-rate L --service-rate M --servers C [--patience-rate T]
                       --customers N --warmup W --replications R --seed S [--threads K]
        simulate network --scenario NAME|FILE[,NAME...] --years Y --replications R --seed S
                         --out DIR [--vary PARAM=v1,v2,...] [--threads K] [--lang en|ko]
        simulate scenarios            (lists the built-in scenarios)
        simulate calibration --out DIR [--years Y] [--replications R] [--seed S] [--threads K]
                                      (the trial scenarios against their published attrition)
      Times are in the unit of the rates (queue) or in days (network). See docs/simulation.md.
      """;

  private SimulateCommand() {}

  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      err.print(USAGE);
      return 2;
    }
    if (args.contains("--help") || args.contains("-h")) {
      out.print(USAGE);
      return 0;
    }
    try {
      return switch (args.get(0)) {
        case "queue" -> QueueCommand.run(args.subList(1, args.size()), out, err);
        case "network" -> NetworkCommand.run(args.subList(1, args.size()), out, err);
        case "scenarios" -> NetworkCommand.listScenarios(out);
        case "calibration" -> CalibrationCommand.run(args.subList(1, args.size()), out, err);
        case "help", "--help", "-h" -> {
          out.print(USAGE);
          yield 0;
        }
        default -> throw new UsageError("unknown simulation '" + args.get(0) + "'");
      };
    } catch (UsageError e) {
      err.println("simulate: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
  }
}
