package org.openv2v.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform as an operator runs it, in a process of its own on the embedded database: killed
 * with {@code kill -9} while it takes writes, it leaves its PostgreSQL running. The next start on
 * the same folder stops that orphan itself, says so, and every write that was answered 201 is
 * there. A normal stop then takes PostgreSQL down with it. Outside demo mode, to keep the two
 * starts short.
 */
class RestartAfterKillTests {

  private static final String ADMIN_PASSWORD = "restart-test-Kestrel-4821-passphrase";
  private static final Duration START_LIMIT = Duration.ofSeconds(150);

  @TempDir Path folder;
  private final List<Process> started = new ArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @AfterEach
  void stopWhatIsLeft() throws Exception {
    for (Process process : started) {
      process.destroyForcibly();
    }
    // A failed run must not leave its PostgreSQL behind either.
    postmaster().ifPresent(ProcessHandle::destroyForcibly);
  }

  @Test
  void a_killed_platform_starts_again_alone_and_keeps_every_acknowledged_write() throws Exception {
    int port = freePort();
    Process first = start(port, "first.log");
    awaitReady(port, first);
    List<String> acknowledged = new CopyOnWriteArrayList<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger attempts = new AtomicInteger();
    Thread writer =
        new Thread(
            () -> {
              while (writing.get()) {
                String id = "KR-R" + attempts.incrementAndGet() + "X" + (System.nanoTime() % 10000);
                try {
                  if (createSite(port, id) == 201) {
                    acknowledged.add(id);
                  }
                } catch (IOException e) {
                  // The platform is gone mid-request: that write was never acknowledged.
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    writer.start();
    Instant deadline = Instant.now().plusSeconds(30);
    while (acknowledged.size() < 8 && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    first.destroyForcibly(); // kill -9, while the writer keeps sending
    first.waitFor(10, TimeUnit.SECONDS);
    writing.set(false);
    writer.join(10_000);
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(8);
    ProcessHandle orphan = postmaster().orElseThrow();
    assertThat(orphan.isAlive()).as("the killed platform's PostgreSQL outlives it").isTrue();

    Process second = start(port, "second.log");
    awaitReady(port, second);
    assertThat(orphan.isAlive()).isFalse();
    assertThat(Files.readString(folder.resolve("second.log")))
        .contains("left by an OpenV2V that was killed")
        .contains("Stopped the orphaned PostgreSQL process " + orphan.pid());
    for (String id : acknowledged) {
      assertThat(status(port, "/api/v1/sites/" + id)).as(id).isEqualTo(200);
    }
    for (String log : List.of("first.log", "second.log")) {
      assertThat(
              Files.readAllLines(folder.resolve(log)).stream()
                  .filter(line -> line.contains("Ready: "))
                  .toList())
          .singleElement()
          .satisfies(line -> assertThat(line).endsWith("Ready: http://localhost:" + port));
    }

    ProcessHandle running = postmaster().orElseThrow();
    second.destroy(); // a normal stop (SIGTERM), as Ctrl-C or a service manager sends
    assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(running.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
    assertThat(folder.resolve("data/postgres/postmaster.pid")).doesNotExist();
  }

  private Process start(int port, String log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-cp",
                System.getProperty("java.class.path"),
                "org.openv2v.OpenV2VApplication",
                "--server.port=" + port,
                "--openv2v.data-dir=" + folder.resolve("data"),
                "--openv2v.demo=false",
                "--openv2v.identity.facility=W0001",
                "--openv2v.admin.initial-password=" + ADMIN_PASSWORD,
                "--openv2v.security.bcrypt-strength=4",
                "--spring.main.banner-mode=off")
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve(log).toFile())
            .start();
    started.add(process);
    return process;
  }

  /** Until health says UP; before that every request is told to come back (503), never 200. */
  private void awaitReady(int port, Process process) throws Exception {
    Instant deadline = Instant.now().plus(START_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      assertThat(process.isAlive()).as("the platform is still starting").isTrue();
      try {
        // A probe sends no credentials.
        int health =
            http.send(
                    HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (health == 200) {
          return;
        }
        assertThat(health).isEqualTo(503);
        // Ready may come between the two questions; a sign-in never fails for want of users.
        assertThat(status(port, "/api/v1/sites")).isIn(503, 200);
      } catch (IOException notListeningYet) {
        // Tomcat is not listening yet.
      }
      Thread.sleep(250);
    }
    throw new AssertionError("Not ready within " + START_LIMIT);
  }

  private int createSite(int port, String id) throws IOException, InterruptedException {
    String body =
        """
        {"id": "%s", "name": "Restart test unit %s", "type": "APHERESIS_UNIT", "region": "Seoul",
         "country": "KR", "capabilities": ["APHERESIS"], "accreditations": [],
         "productCertifications": [], "manufactures": [], "source": "restart test"}
        """
            .formatted(id, id);
    return http.send(
            request(port, "/api/v1/sites")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private int status(int port, String path) throws IOException, InterruptedException {
    return http.send(request(port, path).GET().build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static HttpRequest.Builder request(int port, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(20))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }

  /** The PostgreSQL serving this test's folder, as its lock file names it. */
  private Optional<ProcessHandle> postmaster() throws IOException {
    Path lock = folder.resolve("data/postgres/postmaster.pid");
    if (!Files.exists(lock)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(lock);
    return lines.isEmpty()
        ? Optional.empty()
        : ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
