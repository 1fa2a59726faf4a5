package org.openv2v;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command-line tool in a JVM of its own, started with the options a short batch job wants
 * (issue 17). {@code java -jar openv2v.jar simulate ...} cannot pass JVM options, and the JVM's
 * defaults suit a long-running server: on two cores the optimising compiler (C2) spent more CPU
 * compiling a 10,000-iteration PSA than the PSA spent running (3.7 of 8.5 CPU s), for code no
 * faster over a few seconds than the quick compiler's (C1). The tool's JVM therefore runs C1 only,
 * the serial collector (no collector threads to start for a one-shot job) promoting survivors at
 * once, the heap in huge pages where Linux offers them on request and, when the build made one, an
 * application class-data archive of the classes the tools load (parsed and verified once, at build
 * time, instead of on every start). Only JDK classes here: like {@link Launcher}, this class is
 * also loaded from the jar's root. Extra JVM options go in {@code JDK_JAVA_OPTIONS}, which both
 * JVMs read.
 */
final class LauncherJvm {

  /** The word that makes the class-data archive (the build runs it once after packaging). */
  static final String TRAIN = "--make-cli-archive";

  /** The application's classes as one jar in {@code openv2v-cli/} (made by the build). */
  static final String CLASSES_JAR = "openv2v-classes.jar";

  /** The returned code when no JVM could be started: the caller runs the tool in-process. */
  static final int NOT_STARTED = Integer.MIN_VALUE;

  private static final String TOOL_JVM = "openv2v.cli.jvm";
  private static final String ARCHIVE = "openv2v-cli.jsa";

  /**
   * The tool JVM's options, class path and main class as a java argument file beside the archive:
   * {@code java @target/openv2v-cli/openv2v.args simulate ...} runs a tool in one JVM, without the
   * launcher's JVM before it (about a tenth of a second of every start).
   */
  static final String ARGUMENT_FILE = "openv2v.args";

  /**
   * Methods of the simulation's inner loop that the quick compiler inlines whatever their size. C1
   * inlines only methods of up to 35 bytes of bytecode, so each event took a dozen calls (the
   * calendar's next event, the queue's handlers, a seize or release, each draw and the generator
   * under it); inlining every method instead (a larger C1MaxInlineSize) costs more compiling than
   * it saves in the network and PSA runs. These few: {@code simulate queue} of 3 million customers
   * 0.256 → 0.218 s of simulation, korea-2023 and the PSA a few percent (issue 17). A test checks
   * that each still names a method.
   */
  static final List<String> INLINED =
      List.of(
          "org.openv2v.simulation.engine.EventCalendar::next",
          "org.openv2v.simulation.engine.CalendarQueue::before",
          "org.openv2v.simulation.engine.CalendarQueue::unlinkFirst",
          "org.openv2v.simulation.engine.CalendarQueue::slot",
          "org.openv2v.simulation.engine.Resource::seize",
          "org.openv2v.simulation.engine.Resource::release",
          "org.openv2v.simulation.engine.WaitingLine::add",
          "org.openv2v.simulation.engine.WaitingLine::poll",
          "org.openv2v.simulation.engine.TimeWeighted::set",
          "org.openv2v.simulation.engine.ExponentialDraws::sample",
          "org.openv2v.simulation.queue.QueueReplication::handle",
          "org.openv2v.simulation.queue.QueueReplication::finishWaiting",
          "org.openv2v.simulation.queue.QueueReplication::batchOf",
          "org.openv2v.simulation.queue.QueueReplication::allocate",
          "org.openv2v.simulation.queue.QueueReplication::recycle",
          "org.apache.commons.rng.sampling.distribution.ZigguratSampler$Exponential::sample",
          "org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus::next",
          // C2 compiles these to an instruction or two; C1 calls them, and the economic model
          // clamps and rounds in its inner loops (the PSA's iterations 1.25 -> 1.12 s).
          "java.lang.Math::max",
          "java.lang.Math::min",
          "java.lang.Math::floor",
          "java.lang.StrictMath::floor",
          "java.lang.StrictMath::floorOrCeil");

  private LauncherJvm() {}

  /** True in the tool's JVM, whose class path is already the thin one. */
  static boolean isToolJvm() {
    return System.getProperty(TOOL_JVM) != null;
  }

  /**
   * Runs {@code args} in a new JVM on {@code classPath} and waits for it; its exit code, or {@link
   * #NOT_STARTED}.
   */
  static int run(List<File> classPath, String[] args) throws InterruptedException {
    List<String> command = command(classPath, null);
    for (String arg : args) {
      command.add(arg);
    }
    Process tool;
    try {
      tool = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException e) {
      return NOT_STARTED;
    }
    // The tool dies with its launcher (Ctrl-C reaches both; a kill of the launcher alone too).
    Runtime.getRuntime().addShutdownHook(new Stopper(tool));
    return tool.waitFor();
  }

  /**
   * Makes the class-data archive beside the classes jar: a tool JVM runs each tool once on small
   * inputs and lists the classes it loaded ({@code -XX:DumpLoadedClassList}), then a JVM writes
   * them to a static archive ({@code -Xshare:dump}). Static, not dynamic ({@code
   * -XX:ArchiveClassesAtExit}): on JDK 17 only a static archive holds classes compiled for Java 5,
   * as picocli's are, and without them every tool start parsed and verified picocli anew (about 0.3
   * CPU s). The archive holds the class path it was made with; moved elsewhere, the JVM ignores it
   * and loads classes anew.
   */
  static int train(List<File> classPath) throws IOException, InterruptedException {
    File classes = classPath.get(0);
    if (!classes.isFile()) {
      return 0;
    }
    File archive = new File(classes.getParentFile(), ARCHIVE);
    Files.deleteIfExists(archive.toPath());
    File out = Files.createTempDirectory("openv2v-cli-archive").toFile();
    File list = new File(out, "classes.lst");
    try {
      List<String> exercise = command(classPath, "-XX:DumpLoadedClassList=" + list.getPath());
      exercise.add(TRAIN);
      exercise.add(new File(out, "runs").getPath());
      int failed = new ProcessBuilder(exercise).inheritIO().start().waitFor();
      if (failed != 0) {
        return failed;
      }
      List<String> dump = command(classPath, "-Xshare:dump");
      // Only the class path: the dump writes the archive and exits, it runs no main class.
      dump.remove(dump.size() - 1);
      dump.add(dump.size() - 2, "-XX:SharedClassListFile=" + list.getPath());
      dump.add(dump.size() - 2, "-XX:SharedArchiveFile=" + archive.getPath());
      // The dump lists every class it could not find again (proxies, lambdas): quiet.
      dump.add(dump.size() - 2, "-Xlog:cds=off");
      dump.add(dump.size() - 2, "-Xlog:cds+dynamic=off");
      int dumped =
          new ProcessBuilder(dump)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start()
              .waitFor();
      // After the dump: the file names the archive only when there is one.
      writeArgumentFile(classPath, new File(classes.getParentFile(), ARGUMENT_FILE));
      return dumped;
    } finally {
      delete(out);
    }
  }

  /** The tool JVM's command without the java executable, one quoted argument a line. */
  static void writeArgumentFile(List<File> classPath, File file) throws IOException {
    List<String> command = command(classPath, null);
    StringBuilder text = new StringBuilder();
    for (String argument : command.subList(1, command.size())) {
      text.append(quoted(argument)).append('\n');
    }
    Files.writeString(file.toPath(), text);
  }

  /**
   * An argument as the java launcher reads it from an argument file: in double quotes, inside which
   * a backslash escapes the next character.
   */
  static String quoted(String argument) {
    return '"' + argument.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** Deletes the training run's output folder. */
  private static void delete(File file) {
    File[] children = file.listFiles();
    if (children != null) {
      for (File child : children) {
        delete(child);
      }
    }
    file.delete();
  }

  /** In the tool's JVM: every tool once, quietly, on small inputs (what the archive holds). */
  static int exercise(String outDir) throws Throwable {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    PrintStream out = System.out;
    System.setOut(quiet);
    System.setErr(quiet);
    ClassLoader loader = ClassLoader.getSystemClassLoader();
    String[][] runs = {
      {
        "simulate", "queue", "--arrival-rate", "0.9", "--service-rate", "1", "--servers", "1",
        "--customers", "20000", "--warmup", "0", "--replications", "1", "--seed", "1"
      },
      {
        "simulate",
        "network",
        "--scenario",
        "korea-2023",
        "--years",
        "1",
        "--replications",
        "2",
        "--seed",
        "1",
        "--out",
        outDir + "/network"
      },
      {"economics", "--model", "korea-tisacel-dlbcl", "--psa", "20", "--out", outDir + "/economics"}
    };
    int failed = 0;
    for (String[] run : runs) {
      if (Launcher.run(loader, run) != 0) {
        failed++;
      }
    }
    System.setOut(out);
    return failed;
  }

  /** The tool JVM's command up to its main class; {@code training} replaces the archive option. */
  private static List<String> command(List<File> classPath, String training) {
    List<String> command = new ArrayList<>();
    command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:-UsePerfData");
    // What outlives one young collection in a batch run is the run's own results, kept to its end:
    // promoted at once instead of copied from survivor space to survivor space at every
    // collection (korea-2023: 250 ms of pauses, both cores stopped, down to about 190).
    command.add("-XX:MaxTenuringThreshold=0");
    // Quiet first: each inline command is otherwise echoed on standard output, before the JSON.
    command.add("-XX:CompileCommand=quiet");
    for (String method : INLINED) {
      command.add("-XX:CompileCommand=inline,".concat(method));
    }
    if (hugePagesOnRequest()) {
      // The heap in 2 MB pages: a five-hundredth of the page faults of touching fresh heap, which
      // is every first collection's copy and the run's first pass through eden (korea-2023: the
      // remaining pauses to about 60 ms, system CPU halved).
      command.add("-XX:+UseTransparentHugePages");
    }
    File archive = new File(classPath.get(0).getParentFile(), ARCHIVE);
    if (training != null) {
      command.add(training);
    } else if (archive.isFile()) {
      // concat, not +: see Launcher.thinClassPath.
      command.add("-XX:SharedArchiveFile=".concat(archive.getPath()));
      // Mapped at the address it was made for, not moved to a random one (JDK 17.0.15's default):
      // moving it patches every pointer in the ~40 MB archive, ~25 ms of each start.
      command.add("-XX:+UnlockDiagnosticVMOptions");
      command.add("-XX:ArchiveRelocationMode=0");
      // An archive that no longer matches its class path is ignored: no warning for that.
      command.add("-Xlog:cds=off");
      command.add("-Xlog:cds+dynamic=off");
    }
    command.add("-D" + TOOL_JVM + "=true");
    command.add("-cp");
    StringBuilder path = new StringBuilder();
    for (File entry : classPath) {
      if (path.length() > 0) {
        path.append(File.pathSeparatorChar);
      }
      path.append(entry.getPath());
    }
    command.add(path.toString());
    command.add(Launcher.class.getName());
    return command;
  }

  /**
   * True when Linux gives transparent huge pages to a program that asks ({@code madvise}) or to
   * every program ({@code always}); elsewhere the JVM would print a warning for the option.
   */
  static boolean hugePagesOnRequest() {
    File mode = new File("/sys/kernel/mm/transparent_hugepage/enabled");
    if (!mode.isFile()) {
      return false;
    }
    try {
      return offersOnRequest(Launcher.read(mode));
    } catch (IOException e) {
      return false;
    }
  }

  /** The kernel's modes with the chosen one bracketed, e.g. {@code always [madvise] never}. */
  static boolean offersOnRequest(String modes) {
    return modes.contains("[madvise]") || modes.contains("[always]");
  }

  /** Stops the tool's JVM when the launcher's stops first. */
  private static final class Stopper extends Thread {
    private final Process tool;

    Stopper(Process tool) {
      this.tool = tool;
    }

    @Override
    public void run() {
      tool.destroy();
    }
  }
}
