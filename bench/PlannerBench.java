import java.util.ArrayList;
import java.util.List;

/**
 * Planner figures (issue 4): time to a first feasible plan and to within 1% of the best, and the
 * improvement over first come, first served, at 1,000 waiting cases, 20 centres, 5 facilities.
 * Needs only the JDK: it runs org.openv2v.scheduling.bench.PlannerBenchmark from the built jar.
 *
 * <p>Usage (after javac -d OUT bench/*.java): java -cp OUT PlannerBench [JAR] [SECONDS] [CASES]
 * [CENTRES] [FACILITIES] [MAX_WAIT]
 */
public class PlannerBench {

  public static void main(String[] args) throws Exception {
    String jar = args.length > 0 ? args[0] : "target/openv2v.jar";
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Dloader.main=org.openv2v.scheduling.bench.PlannerBenchmark");
    command.add("-cp");
    command.add(jar);
    command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
    for (int i = 1; i < args.length; i++) {
      command.add(args[i]);
    }
    System.exit(new ProcessBuilder(command).inheritIO().start().waitFor());
  }
}
