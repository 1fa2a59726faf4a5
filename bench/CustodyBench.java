import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Custody figures for a running platform: signed custody events per second, sustained (each one
 * re-checks the signer's password with bcrypt and commits durably), witnessed events (two
 * passwords), and how fast GET /api/v1/audit/verify recomputes the whole ledger. Run by
 * ./bench/run; needs only the JDK.
 *
 * <p>Usage (after javac -d OUT bench/*.java): java -cp OUT CustodyBench BASE_URL [CLIENTS] [EVENTS]
 */
public class CustodyBench {

  static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  static final Pattern REFERENCE = Pattern.compile("\"reference\":\"V2V-([0-9]+)\"");
  static final Pattern REFERRED_AT = Pattern.compile("\"referredAt\":\"([^\"]+)\"");
  static final Pattern DIN = Pattern.compile("\"din\":\"([A-Z0-9]{13})\"");
  static final Pattern CHECKED = Pattern.compile("\"checked\":([0-9]+)");
  static final Pattern VALID = Pattern.compile("\"valid\":(true|false)");

  record BenchCase(String id, String bag) {}

  public static void main(String[] args) throws Exception {
    HttpLoad.base = args[0];
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int events = args.length > 2 ? Integer.parseInt(args[2]) : 400;
    Instant referredAt = Instant.now().minus(Duration.ofDays(30));

    List<BenchCase> cases = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String body =
          """
          {"patient": {"name": "Custody Bench %d", "birthDate": "1960-01-01", "sex": "MALE",
           "weightKg": 70, "heightCm": 170, "mrn": "CB-%s"}, "productCode": "tisa-cel",
           "indication": "DLBCL", "treatmentCentreId": "KR-SNUH", "referredAt": "%s"}
          """
              .formatted(i, UUID.randomUUID().toString().substring(0, 18), referredAt);
      HttpResponse<String> response = HttpLoad.post("/api/v1/cases", "coordinator", "coordinator", body);
      if (response.statusCode() != 201) {
        throw new IllegalStateException("referral answered " + response.statusCode() + ": " + response.body());
      }
      cases.add(new BenchCase(group(ID, response.body()), "=" + din(response.body()) + "01"));
    }

    HttpLoad.measure("warm-up (discarded)", clients, 20, i -> sign(cases.get(i % cases.size()), "STORED", false));
    HttpLoad.measure("POST .../custody (signed, 1 bcrypt)", clients, events,
        i -> sign(cases.get(i % cases.size()), "STORED", false));
    HttpLoad.measure("POST .../custody (witnessed, 2 bcrypt)", clients, Math.max(1, events / 4),
        i -> sign(cases.get(i % cases.size()), "THAWED", true));

    HttpLoad.get("/api/v1/audit/verify", "auditor"); // signs the auditor in once
    List<Double> rates = new ArrayList<>();
    long checked = 0;
    for (int round = 0; round < 10; round++) {
      long t = System.nanoTime();
      HttpResponse<String> response = HttpLoad.get("/api/v1/audit/verify", "auditor");
      double seconds = (System.nanoTime() - t) / 1e9;
      if (response.statusCode() != 200 || !"true".equals(group(VALID, response.body()))) {
        throw new IllegalStateException("verify answered " + response.statusCode() + ": " + response.body());
      }
      checked = Long.parseLong(group(CHECKED, response.body()));
      rates.add(checked / seconds);
    }
    Collections.sort(rates);
    System.out.printf("%-40s %6d records, 10 runs: median %9.0f records/s (%.1f ms), best %9.0f records/s%n",
        "GET /api/v1/audit/verify", checked, rates.get(5), checked / rates.get(5) * 1000, rates.get(9));
  }

  /** The case's DIN as the API gives it; before cases carried one, the custody module's stand-in. */
  static String din(String caseJson) {
    Matcher din = DIN.matcher(caseJson);
    if (din.find()) {
      return din.group(1);
    }
    int year = Instant.parse(group(REFERRED_AT, caseJson)).atZone(ZoneOffset.UTC).getYear() % 100;
    return "A9999%02d%06d".formatted(year, Integer.parseInt(group(REFERENCE, caseJson)));
  }

  static HttpResponse<String> sign(BenchCase c, String step, boolean witnessed) throws Exception {
    String body =
        """
        {"eventId": "%s", "step": "%s", "siteId": "KR-SNUH", "units": ["%s"],
         "deviceTime": "%s", "condition": "INTACT", "temperatureCelsius": -150.5,
         "signature": {"password": "nurse"}%s}
        """
            .formatted(UUID.randomUUID(), step, c.bag(), Instant.now(),
                witnessed ? ", \"witness\": {\"username\": \"physician\", \"password\": \"physician\"}" : "");
    return HttpLoad.post("/api/v1/cases/" + c.id() + "/custody", "nurse", "nurse", body);
  }




  static String group(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no " + pattern + " in " + text);
    }
    return m.group(1);
  }



}
