package org.openv2v;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The fat jar's entry point ({@code Main-Class}). The command-line tools ({@code simulate}, {@code
 * economics}, ...) need neither Spring nor most of the 130 MB jar, yet Spring Boot's launcher would
 * open every nested jar before the first line of the tool ran (about 0.5 CPU seconds). So a
 * command-line word runs the tool on a thin class path: the jar's contents unpacked at build time
 * into {@code openv2v-cli/} beside the jar, loaded by the JDK's own class loader. Anything else, or
 * a jar without a matching {@code openv2v-cli/} (moved, or from another build), goes to Spring
 * Boot's launcher as before. Only JDK classes here: this class is loaded from the jar's root, where
 * nothing else of the application is.
 */
public final class Launcher {

  /**
   * The first words of the command-line tools that run without the server. Only the words: the
   * tools themselves are called by {@code org.openv2v.cli.CommandLineTools}, which the compiler and
   * the module check see; this class stays free of application classes (see above), and a test
   * checks that both lists agree.
   */
  static final Set<String> COMMANDS =
      Set.of("verify-ledger", "simulate", "economics", "validate", "forecast");

  /**
   * Runs a tool by its word on the thin class path: {@code run(String, List, PrintStream,
   * PrintStream)}.
   */
  private static final String TOOLS = "org.openv2v.cli.CommandLineTools";

  /** The build's stamp, in the jar and in {@code openv2v-cli/}: both must come from one build. */
  static final String STAMP = "META-INF/openv2v-cli.id";

  private static final String SPRING_BOOT_LAUNCHER =
      "org.springframework.boot.loader.launch.JarLauncher";

  /**
   * Libraries the tools use, put first on the thin class path: the JDK searches its jars in order,
   * opening each, so a class found in the first few never opens the server's hundred others.
   */
  private static final List<String> TOOL_LIBRARIES =
      List.of(
          "commons-rng-",
          "commons-math3-",
          "snakeyaml-",
          "jackson-",
          "commons-csv-",
          "thymeleaf-",
          "attoparser-",
          "unbescape-",
          "picocli-");

  private Launcher() {}

  public static void main(String[] args) throws Throwable {
    if (args.length > 0 && COMMANDS.contains(args[0])) {
      if (LauncherJvm.isToolJvm()) {
        // The tool's own JVM (LauncherJvm): the thin class path is already the class path.
        System.exit(run(ClassLoader.getSystemClassLoader(), args));
      }
      List<File> thin = thinClassPath();
      if (!thin.isEmpty()) {
        int code = LauncherJvm.run(thin, args);
        System.exit(code != LauncherJvm.NOT_STARTED ? code : runThin(thin, args));
      }
    } else if (args.length > 0 && LauncherJvm.TRAIN.equals(args[0])) {
      if (LauncherJvm.isToolJvm()) {
        System.exit(LauncherJvm.exercise(args[1]));
      }
      List<File> thin = thinClassPath();
      System.exit(thin.isEmpty() ? 1 : LauncherJvm.train(thin));
    } else if (LauncherJvm.isToolJvm()) {
      // A tool JVM (java @openv2v.args) runs tools only: the server is not on its class path.
      System.err.println(notATool());
      System.exit(2);
    }
    Method launcher = Class.forName(SPRING_BOOT_LAUNCHER).getMethod("main", String[].class);
    try {
      launcher.invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /**
   * What a tool JVM answers to words that name no tool: the tools' words, from {@link #COMMANDS}.
   */
  static String notATool() {
    return "openv2v.args runs the command-line tools: java @target/openv2v-cli/openv2v.args "
        .concat(String.join("|", new TreeSet<>(COMMANDS)))
        .concat(
            " ... (JVM options go before the @file). The platform: java -jar target/openv2v.jar");
  }

  private static int runThin(List<File> classPath, String[] args) throws Throwable {
    URL[] urls = new URL[classPath.size()];
    for (int i = 0; i < urls.length; i++) {
      urls[i] = classPath.get(i).toURI().toURL();
    }
    URLClassLoader loader =
        new URLClassLoader("openv2v-cli", urls, ClassLoader.getPlatformClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    return run(loader, args);
  }

  /** Runs the tool named by {@code args[0]} from {@code loader}; returns its exit code. */
  static int run(ClassLoader loader, String[] args) throws Throwable {
    Method run =
        Class.forName(TOOLS, true, loader)
            .getMethod("run", String.class, List.class, PrintStream.class, PrintStream.class);
    try {
      return (int)
          run.invoke(
              null, args[0], Arrays.asList(args).subList(1, args.length), System.out, System.err);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /**
   * The unpacked class path beside this jar, or empty when there is none or it comes from another
   * build (then Spring Boot's launcher reads the jar itself: slower, same result).
   */
  static List<File> thinClassPath() {
    // java.io and java.util.zip only: their classes are in the JDK's shared archive, while
    // java.nio.file's channels and the jar: URL handler would be loaded and interpreted anew.
    try {
      CodeSource source = Launcher.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return List.of();
      }
      File jar = new File(source.getLocation().toURI());
      if (!jar.isFile()) {
        return List.of();
      }
      String name = jar.getName();
      if (name.endsWith(".jar")) {
        name = name.substring(0, name.length() - ".jar".length());
      }
      // concat, not +: javac's string concatenation bootstraps method handles (~5 ms a site).
      File unpacked = new File(jar.getParentFile(), name.concat("-cli"));
      File stamp = new File(unpacked, STAMP);
      String expected = ownStamp(jar);
      if (expected == null || !stamp.isFile() || !expected.equals(read(stamp).strip())) {
        return List.of();
      }
      List<File> files = new ArrayList<>();
      // The classes as a jar when the build made one: a class-data archive takes jars only.
      File classes = new File(unpacked, LauncherJvm.CLASSES_JAR);
      files.add(classes.isFile() ? classes : new File(unpacked, "BOOT-INF/classes"));
      List<File> libraries = new ArrayList<>();
      for (String line : read(new File(unpacked, "BOOT-INF/classpath.idx")).split("\n")) {
        String entry = line.strip();
        if (entry.startsWith("- ")) {
          libraries.add(new File(unpacked, entry.substring(2).replace("\"", "")));
        }
      }
      // Stable by rank, without a lambda (a lambda costs its bootstrap on every start), and each
      // library ranked once: this code runs interpreted, and ranking ~190 libraries once per rank
      // took ~10 ms of every tool's start.
      int[] ranks = new int[libraries.size()];
      for (int i = 0; i < ranks.length; i++) {
        ranks[i] = rank(libraries.get(i));
      }
      for (int rank = 0; rank <= TOOL_LIBRARIES.size(); rank++) {
        for (int i = 0; i < ranks.length; i++) {
          if (ranks[i] == rank) {
            files.add(libraries.get(i));
          }
        }
      }
      return files;
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return List.of();
    }
  }

  private static String ownStamp(File jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar)) {
      ZipEntry entry = zip.getEntry(STAMP);
      if (entry == null) {
        return null;
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      }
    }
  }

  static String read(File file) throws IOException {
    try (InputStream in = new FileInputStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Tool libraries first, in the order listed; the others after them, in the jar's order. */
  private static int rank(File library) {
    String file = library.getName();
    for (int i = 0; i < TOOL_LIBRARIES.size(); i++) {
      if (file.startsWith(TOOL_LIBRARIES.get(i))) {
        return i;
      }
    }
    return TOOL_LIBRARIES.size();
  }
}
