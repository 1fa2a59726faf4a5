package org.openv2v.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The legend under a chart: one entry per named series or shade, wrapped into rows. */
final class Legend {

  private Legend() {}

  record LegendEntry(String swatch, String colour, String dash, String label) {}

  static List<LegendEntry> entries(Chart chart) {
    Map<String, LegendEntry> entries = new LinkedHashMap<>();
    int index = 0;
    int drawn = 0;
    for (Series s : chart.series()) {
      int colour = index++;
      boolean stroke = s.kind() == Series.Kind.LINE || s.kind() == Series.Kind.STEP;
      String dash = stroke ? Layout.dash(drawn++) : null;
      if (s.name().isEmpty()) {
        continue;
      }
      String swatch =
          switch (s.kind()) {
            case LINE, STEP -> "line";
            case POINTS -> "dot";
            case BARS, HISTOGRAM -> "area";
            case BAND -> "band";
          };
      entries.putIfAbsent(
          swatch + "|" + s.name(), new LegendEntry(swatch, Layout.colour(colour), dash, s.name()));
    }
    for (Shade s : chart.shades()) {
      if (!s.legend().isEmpty()) {
        entries.putIfAbsent(
            "shade|" + s.legend(),
            new LegendEntry("shade", Marks.fill(s.tone()), null, s.legend()));
      }
    }
    // A single unnamed-looking series needs no legend: the title says what it is.
    List<LegendEntry> list = new ArrayList<>(entries.values());
    return list;
  }

  private static double entryWidth(LegendEntry e) {
    return 24 + Layout.textWidth(e.label(), 12) + 18;
  }

  static int rows(List<LegendEntry> entries, double left, double right) {
    if (entries.isEmpty()) {
      return 0;
    }
    int rows = 1;
    double x = left;
    for (LegendEntry e : entries) {
      double w = entryWidth(e);
      if (x + w > right && x > left) {
        rows++;
        x = left;
      }
      x += w;
    }
    return rows;
  }

  static List<Drawing.LegendItem> items(
      List<LegendEntry> entries, double left, double right, double top) {
    List<Drawing.LegendItem> items = new ArrayList<>();
    double x = left;
    double y = top;
    for (LegendEntry e : entries) {
      double w = entryWidth(e);
      if (x + w > right && x > left) {
        y += 22;
        x = left;
      }
      items.add(
          new Drawing.LegendItem(
              Layout.r(x), Layout.r(y), e.swatch(), e.colour(), e.dash(), e.label()));
      x += w;
    }
    return items;
  }

  // ---- text ----

}
