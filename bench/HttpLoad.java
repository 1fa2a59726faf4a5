import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** What the bench programs share: an HTTP client with Basic sign-in, and timed concurrent calls. */
final class HttpLoad {

  static String base;
  static final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private HttpLoad() {}

  interface Call {
    HttpResponse<String> run(int i) throws Exception;
  }

  /** Runs {@code count} calls on {@code clients} threads and prints throughput and latencies. */
  static void measure(String name, int clients, int count, Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<Long>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      int n = i;
      futures.add(pool.submit(() -> {
        long t = System.nanoTime();
        HttpResponse<String> response = call.run(n);
        if (response.statusCode() >= 300) {
          throw new IllegalStateException(name + " answered " + response.statusCode() + ": " + response.body());
        }
        return System.nanoTime() - t;
      }));
    }
    List<Long> latencies = new ArrayList<>();
    for (Future<Long> f : futures) {
      latencies.add(f.get());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Collections.sort(latencies);
    System.out.printf("%-40s %5d requests, %2d clients: %7.1f req/s, p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms%n",
        name, count, clients, count / seconds, ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99));
  }

  static double ms(List<Long> sorted, double q) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
  }

  static HttpResponse<String> get(String path, String user) throws Exception {
    return http.send(request(path, user, user).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String user, String password, String body) throws Exception {
    return http.send(request(path, user, password).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.Builder request(String path, String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + token)
        .timeout(Duration.ofSeconds(60));
  }
}
