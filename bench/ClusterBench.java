import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load figures for two nodes on one database (issue 16): every call goes to node a or node b in
 * turn, as a round-robin load balancer sends them. Reads (case lists, timelines), referrals and
 * their events, bookings (options on one node, the booking on the other, the coordinator asking
 * again after a 409) and signed custody appends; then the ledger check. Run by bench/cluster; needs only the JDK.
 *
 * <p>Usage (after javac -d OUT bench/*.java): java -cp OUT ClusterBench URL_A URL_B [CLIENTS] [CASES]
 */
public class ClusterBench {

  static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  static final Pattern DIN = Pattern.compile("\"din\":\"([A-Z0-9]{13})\"");
  static final Pattern OPTION = Pattern.compile("\"optionId\":\"([^\"]+)\"");
  static final AtomicInteger conflicts = new AtomicInteger();
  static final AtomicInteger booked = new AtomicInteger();
  static final AtomicInteger waitlisted = new AtomicInteger();
  static final AtomicInteger gaveUp = new AtomicInteger();

  static String[] nodes;

  record BenchCase(String id, String bag) {}

  public static void main(String[] args) throws Exception {
    nodes = new String[] {args[0], args[1]};
    HttpLoad.base = "";
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    int cases = args.length > 3 ? Integer.parseInt(args[3]) : 100;
    Instant referredAt = Instant.now().minus(Duration.ofDays(30));

    HttpLoad.measure("warm-up (discarded)", clients, 40, i -> HttpLoad.get(node(i) + "/api/v1/cases?size=20", "coordinator"));
    HttpLoad.measure("GET /api/v1/cases?size=50, a and b", clients, 200,
        i -> HttpLoad.get(node(i) + "/api/v1/cases?size=50", "coordinator"));

    List<BenchCase> opened = Collections.synchronizedList(new ArrayList<>());
    HttpLoad.measure("POST /api/v1/cases, a and b", clients, cases, i -> {
      String body = """
          {"patient": {"name": "Cluster Bench %d", "birthDate": "1960-01-01", "sex": "FEMALE",
           "weightKg": 60, "heightCm": 160, "mrn": "CLB-%s"}, "productCode": "tisa-cel",
           "indication": "DLBCL", "treatmentCentreId": "KR-SNUH", "referredAt": "%s"}
          """.formatted(i, UUID.randomUUID().toString().substring(0, 18), referredAt);
      HttpResponse<String> response = HttpLoad.post(node(i) + "/api/v1/cases", "coordinator", "coordinator", body);
      if (response.statusCode() == 201) {
        opened.add(new BenchCase(group(ID, response.body()), "=" + group(DIN, response.body()) + "01"));
      }
      return response;
    });
    HttpLoad.measure("POST .../events (2 per case), a and b", clients, opened.size(), i -> {
      String id = opened.get(i).id();
      HttpResponse<String> first = event(node(i), id, "physician", "ELIGIBILITY_CONFIRMED", referredAt.plus(Duration.ofDays(1)));
      return first.statusCode() >= 300 ? first : event(node(i + 1), id, "coordinator", "PAYER_APPROVED", referredAt.plus(Duration.ofDays(2)));
    });
    HttpLoad.measure("GET .../timeline, a and b", clients, opened.size(),
        i -> HttpLoad.get(node(i) + "/api/v1/cases/" + opened.get(i).id() + "/timeline", "coordinator"));
    HttpLoad.measure("booking (options on one, book on other)", clients, opened.size(), i -> book(i, opened.get(i).id()));
    System.out.printf("%-40s %d booked, %d conflicts (409, asked again), %d waitlisted, %d gave up%n",
        "booking outcomes", booked.get(), conflicts.get(), waitlisted.get(), gaveUp.get());
    HttpLoad.measure("POST .../custody (signed), a and b", clients, cases * 2,
        i -> sign(node(i), opened.get(i % opened.size())));

    HttpResponse<String> verify = HttpLoad.get(nodes[0] + "/api/v1/audit/verify", "auditor");
    System.out.printf("%-40s %s%n", "ledger check after both nodes wrote", verify.body());
  }

  static String node(int i) {
    return nodes[i % 2];
  }

  static HttpResponse<String> event(String node, String caseId, String user, String type, Instant at) throws Exception {
    return HttpLoad.post(node + "/api/v1/cases/" + caseId + "/events", user, user, """
        {"eventId": "%s", "type": "%s", "occurredAt": "%s", "siteId": "KR-SNUH"}
        """.formatted(UUID.randomUUID(), type, at));
  }

  /**
   * As coordinators book: ask for options, take one of them (people choose differently), and on a
   * 409 ask again, up to 20 times; one who still finds nothing free gives up (counted).
   */
  static HttpResponse<String> book(int i, String caseId) throws Exception {
    HttpResponse<String> options = null;
    for (int attempt = 0; attempt < 20; attempt++) {
      options = HttpLoad.post(node(i) + "/api/v1/cases/" + caseId + "/booking-options",
          "coordinator", "coordinator", "{}");
      List<String> offered = new ArrayList<>();
      Matcher option = OPTION.matcher(options.body());
      while (option.find()) {
        offered.add(option.group(1));
      }
      if (offered.isEmpty()) {
        waitlisted.incrementAndGet();
        return options;
      }
      String chosen = offered.get(ThreadLocalRandom.current().nextInt(Math.min(offered.size(), 5)));
      HttpResponse<String> answer = HttpLoad.post(node(i + 1) + "/api/v1/cases/" + caseId + "/bookings",
          "coordinator", "coordinator", "{\"optionId\": \"" + chosen + "\"}");
      if (answer.statusCode() != 409) {
        if (answer.statusCode() == 201) {
          booked.incrementAndGet();
        }
        return answer;
      }
      conflicts.incrementAndGet();
    }
    gaveUp.incrementAndGet();
    return options;
  }

  static HttpResponse<String> sign(String node, BenchCase c) throws Exception {
    String body = """
        {"eventId": "%s", "step": "STORED", "siteId": "KR-SNUH", "units": ["%s"],
         "deviceTime": "%s", "condition": "INTACT", "temperatureCelsius": -150.5,
         "signature": {"password": "nurse"}}
        """.formatted(UUID.randomUUID(), c.bag(), Instant.now());
    return HttpLoad.post(node + "/api/v1/cases/" + c.id() + "/custody", "nurse", "nurse", body);
  }

  static String group(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no " + pattern + " in " + text);
    }
    return m.group(1);
  }
}
