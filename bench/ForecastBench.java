import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Forecast refresh figures (issue 15): the forward simulation for 1, 1,000 and 10,000 open cases.
 * It runs org.openv2v.forecast.bench.ForecastBenchmark, which lives in src/bench/java (benchmark
 * code, compiled as test code by the jmh profile, never in the jar): build it first with {@code mvn
 * -B -q -P jmh -DskipTests test-compile}.
 *
 * <p>Usage (after javac -d OUT bench/ForecastBench.java): java -cp OUT ForecastBench [TARGET]
 * [THREADS] [REPLICATIONS] [SIZES] [REPEATS], TARGET the build directory (default target).
 */
public class ForecastBench {

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args.length > 0 ? args[0] : "target");
    Path libraries = target.resolve("jmh-classpath.txt");
    if (!Files.exists(target.resolve("test-classes/org/openv2v/forecast/bench"))
        || !Files.exists(libraries)) {
      System.err.println(
          "ForecastBench: build the benchmark first: mvn -B -q -P jmh -DskipTests test-compile");
      System.exit(2);
    }
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-cp");
    command.add(
        target.resolve("test-classes")
            + File.pathSeparator
            + target.resolve("classes")
            + File.pathSeparator
            + Files.readString(libraries).strip());
    command.add("org.openv2v.forecast.bench.ForecastBenchmark");
    for (int i = 1; i < args.length; i++) {
      command.add(args[i]);
    }
    System.exit(new ProcessBuilder(command).inheritIO().start().waitFor());
  }
}
