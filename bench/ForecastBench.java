import java.util.ArrayList;
import java.util.List;

/**
 * Forecast refresh figures (issue 15): the forward simulation for 1, 1,000 and 10,000 open cases.
 * Needs only the JDK: it runs org.openv2v.forecast.bench.ForecastBenchmark from the built jar.
 *
 * <p>Usage (after javac -d OUT bench/*.java): java -cp OUT ForecastBench [JAR] [THREADS]
 * [REPLICATIONS] [SIZES] [REPEATS]
 */
public class ForecastBench {

  public static void main(String[] args) throws Exception {
    String jar = args.length > 0 ? args[0] : "target/openv2v.jar";
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Dloader.main=org.openv2v.forecast.bench.ForecastBenchmark");
    command.add("-cp");
    command.add(jar);
    command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
    for (int i = 1; i < args.length; i++) {
      command.add(args[i]);
    }
    System.exit(new ProcessBuilder(command).inheritIO().start().waitFor());
  }
}
