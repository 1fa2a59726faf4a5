package org.openv2v;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.OptionalInt;
import org.openv2v.cli.CommandLineTools;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The vein-to-vein platform: one process serving the API, the web pages and the planning tools. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OpenV2VApplication {

  public static void main(String[] args) {
    OptionalInt exit = command(args, System.out, System.err);
    if (exit.isPresent()) {
      System.exit(exit.getAsInt());
    }
    SpringApplication.run(OpenV2VApplication.class, args);
  }

  /**
   * Runs a command-line tool that needs no server, if the arguments name one, and answers its exit
   * code; empty when the arguments are for the server. {@code verify-ledger FILE} checks an
   * exported case ledger offline (docs/ledger.md).
   */
  public static OptionalInt command(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || !CommandLineTools.isTool(args[0])) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(
        CommandLineTools.run(args[0], Arrays.asList(args).subList(1, args.length), out, err));
  }
}
