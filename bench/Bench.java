import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load figures for a running platform: referrals, event recording and case lists over HTTP, with
 * throughput and latency percentiles. Run by ./bench/run; needs only the JDK.
 *
 * <p>Usage: java Bench.java BASE_URL [CLIENTS] [CASES]
 */
public class Bench {

  static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  static HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static String base;

  public static void main(String[] args) throws Exception {
    base = args[0];
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int cases = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    Instant referredAt = Instant.now().minus(Duration.ofDays(30));

    measure("warm-up (discarded)", clients, 50, i -> get("/api/v1/cases?size=20", "coordinator"));
    List<String> ids = Collections.synchronizedList(new ArrayList<>());
    measure("POST /api/v1/cases (referral)", clients, cases, i -> {
      String body = """
          {"patient": {"name": "Bench Patient %d", "birthDate": "1960-01-01", "sex": "FEMALE",
           "weightKg": 60, "heightCm": 160, "mrn": "BENCH-%s"}, "productCode": "tisa-cel",
           "indication": "DLBCL", "treatmentCentreId": "KR-SNUH", "referredAt": "%s"}
          """.formatted(i, UUID.randomUUID().toString().substring(0, 18), referredAt);
      HttpResponse<String> response = post("/api/v1/cases", "coordinator", body);
      Matcher m = ID.matcher(response.body());
      if (m.find()) {
        ids.add(m.group(1));
      }
      return response;
    });
    measure("POST /api/v1/cases/{id}/events", clients, ids.size(), i -> post(
        "/api/v1/cases/" + ids.get(i) + "/events", "physician",
        """
        {"eventId": "%s", "type": "ELIGIBILITY_CONFIRMED", "occurredAt": "%s", "siteId": "KR-SNUH"}
        """.formatted(UUID.randomUUID(), referredAt.plus(Duration.ofDays(2)))));
    measure("GET /api/v1/cases/{id}/timeline", clients, ids.size(),
        i -> get("/api/v1/cases/" + ids.get(i) + "/timeline", "coordinator"));
    measure("GET /api/v1/cases?size=50", clients, 200, i -> get("/api/v1/cases?size=50", "coordinator"));
  }

  interface Call {
    HttpResponse<String> run(int i) throws Exception;
  }

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
    System.out.printf("%-36s %5d requests, %2d clients: %7.1f req/s, p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms%n",
        name, count, clients, count / seconds, ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99));
  }

  static double ms(List<Long> sorted, double q) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
  }

  static HttpResponse<String> get(String path, String user) throws Exception {
    return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String user, String body) throws Exception {
    return http.send(request(path, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.Builder request(String path, String user) {
    String token = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + token)
        .timeout(Duration.ofSeconds(30));
  }
}
