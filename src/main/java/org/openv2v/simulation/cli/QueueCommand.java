package org.openv2v.simulation.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openv2v.simulation.engine.Replications;
import org.openv2v.simulation.output.Json;
import org.openv2v.simulation.queue.QueueExperiment;
import org.openv2v.simulation.queue.QueueModel;
import org.openv2v.simulation.queue.QueueReport;

/** {@code simulate queue}: an M/M/c or M/M/c+M queue, printed as one JSON object. */
final class QueueCommand {

  private static final Set<String> FLAGS =
      Set.of(
          "arrival-rate",
          "service-rate",
          "servers",
          "patience-rate",
          "customers",
          "warmup",
          "replications",
          "seed",
          "threads");

  private QueueCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    CommandOptions flags = CommandOptions.parse(args, FLAGS);
    QueueModel model;
    try {
      long servers = flags.whole("servers");
      if (servers < 1 || servers > 1_000_000) {
        throw new CommandOptions.UsageError("--servers must be 1..1000000");
      }
      model =
          new QueueModel(
              flags.decimal("arrival-rate"),
              flags.decimal("service-rate"),
              (int) servers,
              flags.decimal("patience-rate", 0),
              flags.whole("customers"),
              flags.whole("warmup"));
    } catch (IllegalArgumentException e) {
      throw new CommandOptions.UsageError(e.getMessage());
    }
    int replications = flags.count("replications", 1, 1);
    long seed = flags.whole("seed");
    int threads = flags.count("threads", Replications.allCores(), 1);
    long started = System.nanoTime();
    QueueReport report = QueueExperiment.run(model, replications, seed, threads, Progress.quiet());
    double wallSeconds = (System.nanoTime() - started) / 1e9;
    out.print(Json.write(json(report, wallSeconds)));
    out.flush();
    return 0;
  }

  static Map<String, Object> json(QueueReport report, double wallSeconds) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("meanWait", report.meanWait().mean());
    json.put("meanWaitCi95", List.of(report.meanWait().lower(), report.meanWait().upper()));
    json.put("probWait", report.probabilityOfWaiting());
    json.put("meanQueueLength", report.meanQueueLength());
    json.put("utilization", report.utilization());
    json.put("abandonFraction", report.abandonFraction());
    json.put("customers", report.customers());
    json.put("events", report.events());
    json.put("wallSeconds", Math.round(wallSeconds * 1000) / 1000.0);
    return json;
  }
}
