import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load figures for a running platform: referrals, event recording and case lists over HTTP, with
 * throughput and latency percentiles. Run by ./bench/run; needs only the JDK.
 *
 * <p>Usage (after javac -d OUT bench/*.java): java -cp OUT Bench BASE_URL [CLIENTS] [CASES]
 */
public class Bench {

  static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

  public static void main(String[] args) throws Exception {
    HttpLoad.base = args[0];
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int cases = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    Instant referredAt = Instant.now().minus(Duration.ofDays(30));

    HttpLoad.measure("warm-up (discarded)", clients, 50, i -> HttpLoad.get("/api/v1/cases?size=20", "coordinator"));
    List<String> ids = Collections.synchronizedList(new ArrayList<>());
    HttpLoad.measure("POST /api/v1/cases (referral)", clients, cases, i -> {
      String body = """
          {"patient": {"name": "Bench Patient %d", "birthDate": "1960-01-01", "sex": "FEMALE",
           "weightKg": 60, "heightCm": 160, "mrn": "BENCH-%s"}, "productCode": "tisa-cel",
           "indication": "DLBCL", "treatmentCentreId": "KR-SNUH", "referredAt": "%s"}
          """.formatted(i, UUID.randomUUID().toString().substring(0, 18), referredAt);
      HttpResponse<String> response = HttpLoad.post("/api/v1/cases", "coordinator", "coordinator", body);
      Matcher m = ID.matcher(response.body());
      if (m.find()) {
        ids.add(m.group(1));
      }
      return response;
    });
    HttpLoad.measure("POST /api/v1/cases/{id}/events", clients, ids.size(), i -> HttpLoad.post(
"/api/v1/cases/" + ids.get(i) + "/events", "physician", "physician",
        """
        {"eventId": "%s", "type": "ELIGIBILITY_CONFIRMED", "occurredAt": "%s", "siteId": "KR-SNUH"}
        """.formatted(UUID.randomUUID(), referredAt.plus(Duration.ofDays(2)))));
    HttpLoad.measure("GET /api/v1/cases/{id}/timeline", clients, ids.size(),
        i -> HttpLoad.get("/api/v1/cases/" + ids.get(i) + "/timeline", "coordinator"));
    HttpLoad.measure("GET /api/v1/cases?size=50", clients, 200, i -> HttpLoad.get("/api/v1/cases?size=50", "coordinator"));
  }






}
