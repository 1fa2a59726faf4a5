package org.openv2v.simulation.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openv2v.shared.cli.Progress;
import org.openv2v.simulation.output.Json;
import org.openv2v.simulation.queue.QueueExperiment;
import org.openv2v.simulation.queue.QueueModel;
import org.openv2v.simulation.queue.QueueReport;

/** {@code simulate queue}: an M/M/c or M/M/c+M queue, printed as one JSON object. */
final class QueueCommand {

  /** The options {@link #run} reads; it checks what picocli cannot. */
  private static final GivenOptions.Names OPTIONS =
      GivenOptions.Names.of(
          List.of("--arrival-rate", "--service-rate", "--patience-rate"),
          List.of("--servers", "--customers", "--warmup"),
          List.of());

  private QueueCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    GivenOptions options = SimulateOptions.read(OPTIONS, args);
    QueueModel model;
    Double patienceRate = options.decimal("--patience-rate");
    try {
      long servers = SimulateOptions.required("--servers", options.whole("--servers"));
      if (servers < 1 || servers > 1_000_000) {
        throw new UsageError("--servers must be 1..1000000");
      }
      model =
          new QueueModel(
              SimulateOptions.required("--arrival-rate", options.decimal("--arrival-rate")),
              SimulateOptions.required("--service-rate", options.decimal("--service-rate")),
              (int) servers,
              patienceRate == null ? 0 : patienceRate,
              SimulateOptions.required("--customers", options.whole("--customers")),
              SimulateOptions.required("--warmup", options.whole("--warmup")));
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
    int replications = options.replications(1, 1);
    long seed = options.seed();
    int threads = options.threads();
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
