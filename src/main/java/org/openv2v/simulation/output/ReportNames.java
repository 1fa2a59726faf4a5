package org.openv2v.simulation.output;

import java.util.List;
import java.util.Locale;
import org.openv2v.simulation.network.NetworkScenario;
import org.openv2v.simulation.reference.SiteNames;

/**
 * What the simulator counts by code, named for the report's reader: indications, the resources it
 * counts, and the scenario file's sites, regions and lanes (simulation/messages*.properties and the
 * reference network's site names).
 */
final class ReportNames {

  private ReportNames() {}

  /** An indication in the reader's language (simulation.indication.CODE), else its code. */
  static String indication(String code, Locale locale) {
    return word("indication", code, locale);
  }

  /**
   * A resource the simulator counts ({@code apheresis:KR-SNUH}, {@code beds:KR-SMC}, {@code
   * manufacturing:US-NVS-MP}) as "chairs, Seoul National University Hospital".
   */
  static String resource(String key, Locale locale) {
    int colon = key.indexOf(':');
    if (colon < 0) {
      return key;
    }
    String kind = key.substring(0, colon);
    String site = SiteNames.of(key.substring(colon + 1), locale);
    return SimulationReport.TEMPLATES.message(
        "simulation.report.resource." + kind, new Object[] {site}, key, locale);
  }

  /**
   * The scenario file's values as the report shows them: a site by its name, a region and a
   * manufacturing lane in the reader's language ("서울대학교병원", "서울", "해외" where the file says KR-SNUH,
   * Seoul, OVERSEAS); the field and its line still point at what the file says.
   */
  static List<NetworkScenario.Input> inputRows(List<NetworkScenario.Input> inputs, Locale locale) {
    return inputs.stream()
        .map(
            input -> {
              String field = input.field();
              String value = input.value();
              if (field.endsWith(".site")) {
                value = SiteNames.of(value, locale);
              } else if (field.endsWith(".region")
                  || (field.startsWith("regions[") && field.endsWith("].name"))) {
                value = word("region", value, locale);
              } else if (field.endsWith(".lane")) {
                value = word("lane", value, locale);
              }
              return new NetworkScenario.Input(field, value, input.source(), input.line());
            })
        .toList();
  }

  /** The words for a code of this kind (simulation.KIND.CODE), else the code as written. */
  private static String word(String kind, String code, Locale locale) {
    return SimulationReport.TEMPLATES.message(
        "simulation." + kind + "." + code, null, code, locale);
  }
}
