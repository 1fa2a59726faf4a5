package org.openv2v.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.openv2v.OpenV2VApplication;
import org.openv2v.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Application nodes for the job tests: whole platforms in this JVM on one test database, each on a
 * random port, with db-scheduler polling and heartbeats fast enough that a stopped node's runs move
 * within seconds.
 */
final class JobNodes {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /**
   * The two nodes' database, of their own: a context of the rest of the suite, still running on the
   * suite's database, would otherwise pick up their jobs as a third node.
   */
  private static final String DATABASE = TestDatabase.another();

  private JobNodes() {}

  /** Starts a node and waits until it takes traffic (the demo loaded once, by the first node). */
  static ConfigurableApplicationContext start(String name) {
    ConfigurableApplicationContext node =
        new SpringApplicationBuilder(OpenV2VApplication.class, CountedJob.class)
            .run(
                "--server.port=0",
                "--logging.file.name=",
                "--openv2v.demo=true",
                "--openv2v.data-dir=target/job-nodes/" + name,
                "--openv2v.security.bcrypt-strength=4",
                "--openv2v.forecast.background=false",
                "--openv2v.simulation.threads-per-run=1",
                "--openv2v.jobs.polling-interval=PT0.3S",
                "--openv2v.jobs.heartbeat-interval=PT1S",
                "--openv2v.jobs.missed-heartbeats=4",
                "--openv2v.jobs.shutdown-wait=PT1S",
                "--openv2v.jobs.node-name=" + name,
                "--spring.datasource.url=" + DATABASE,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=");
    await(() -> healthy(node), Duration.ofMinutes(3), name + " did not become ready");
    return node;
  }

  static void await(BooleanSupplier done, Duration within, String failure) {
    Instant deadline = Instant.now().plus(within);
    while (!done.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(failure);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(failure, e);
      }
    }
  }

  private static boolean healthy(ConfigurableApplicationContext node) {
    int port = ((WebServerApplicationContext) node).getWebServer().getPort();
    try {
      HttpResponse<Void> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
