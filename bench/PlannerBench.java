import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Planner figures (issue 4): time to a first feasible plan and to within 1% of the best, and the
 * improvement over first come, first served, at 1,000 waiting cases, 20 centres, 5 facilities.
 * Needs only the JDK: it compiles the benchmark sources with Maven's {@code jmh} profile (they live
 * in src/bench/java, never in the jar) and runs org.openv2v.scheduling.bench.PlannerBenchmark on
 * the test class path, as bench/jmh does.
 *
 * <p>Usage (after javac -d OUT bench/*.java, from the repository root): java -cp OUT PlannerBench
 * [SECONDS] [CASES] [CENTRES] [FACILITIES] [MAX_WAIT]
 */
public class PlannerBench {

  public static void main(String[] args) throws Exception {
    int built =
        new ProcessBuilder("mvn", "-B", "-q", "-P", "jmh", "-DskipTests", "test-compile")
            .inheritIO()
            .start()
            .waitFor();
    if (built != 0) {
      System.exit(built);
    }
    String classPath =
        String.join(
            File.pathSeparator,
            "target/test-classes",
            "target/classes",
            Files.readString(Path.of("target/jmh-classpath.txt")).strip());
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-cp");
    command.add(classPath);
    command.add("org.openv2v.scheduling.bench.PlannerBenchmark");
    command.addAll(List.of(args));
    System.exit(new ProcessBuilder(command).inheritIO().start().waitFor());
  }
}
