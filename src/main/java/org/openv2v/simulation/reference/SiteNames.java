package org.openv2v.simulation.reference;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sites as people name them, from reference/korea-network.json ({@code name}, {@code koreanName}):
 * reports show "서울대학교병원" where the simulator counts "KR-SNUH".
 */
public final class SiteNames {

  private static volatile Map<String, String[]> loaded;

  private SiteNames() {}

  /** The site's name in the reader's language; the id itself for a site not in the file. */
  public static String of(String id, Locale locale) {
    String[] names = all().get(id);
    if (names == null) {
      return id;
    }
    return "ko".equals(locale.getLanguage()) && !names[1].isBlank() ? names[1] : names[0];
  }

  private static Map<String, String[]> all() {
    Map<String, String[]> names = loaded;
    if (names == null) {
      names = new HashMap<>();
      for (ReferenceSites.Site site : ReferenceSites.all()) {
        names.put(site.id, new String[] {site.name, site.koreanName});
      }
      loaded = Map.copyOf(names);
    }
    return names;
  }
}
