package org.openv2v.charts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;

/** Lays a {@link Chart} out into a {@link Drawing}: scales, margins, ticks, marks and legend. */
final class Layout {

  /** Dark enough on white for 4.5:1 text contrast, told apart by dash as well as hue. */
  static final String[] COLOURS = {
    "#1f5f9e", "#b4461b", "#2e7d32", "#6a3d9a", "#8a5a00", "#00707f"
  };

  static final String[] DASHES = {null, "6 3", "2 3", "8 3 2 3"};

  private static final int TICK_FONT = 11;
  private static final double MIN_SHADE = 3;

  private final Chart chart;
  private final Locale locale;
  private double xLow;
  private double xHigh;
  private double yLow;
  private double yHigh;
  private Drawing.Box box;

  private Layout(Chart chart) {
    this.chart = chart;
    this.locale = chart.locale();
  }

  static Drawing of(Chart chart) {
    return new Layout(chart).draw();
  }

  private Drawing draw() {
    // Domains, then the labels they need, then the margins those labels need.
    Domain xd = xDomain();
    Ticks yt = yTicks();
    xLow = xd.low;
    xHigh = xd.high;
    yLow = yt.low();
    yHigh = yt.high();
    NumberLabels yLabels =
        NumberLabels.forAxis(
            yt.step(), Math.max(Math.abs(yLow), Math.abs(yHigh)), chart.y().decimals(), locale);
    List<String> yTexts = new ArrayList<>();
    for (double v : yt.values()) {
      yTexts.add(yLabels.format(v));
    }
    double widest = yTexts.stream().mapToDouble(t -> textWidth(t, TICK_FONT)).max().orElse(0);
    String yTitle = chart.y().titleWithUnit();
    String xTitle = chart.x().titleWithUnit();
    double left = 10 + (yTitle.isEmpty() ? 0 : 18) + widest + 8;
    double top = chart.title().isEmpty() ? 14 : 38;
    double right = chart.width() - 18;
    List<LegendEntry> entries = legendEntries();
    int legendRows = legendRows(entries, left, right);
    // Under the plot: tick labels, the x title, then the legend rows.
    double under = (xTitle.isEmpty() ? 24 : 42) + legendRows * 22 + (legendRows > 0 ? 6 : 0);
    double bottom = Math.max(top + 80, chart.height() - under);
    int height = (int) Math.ceil(bottom + under);
    box = new Drawing.Box(r(left), r(top), r(right), r(bottom));

    List<Drawing.Tick> yTicks = new ArrayList<>();
    double[] values = yt.values();
    for (int i = 0; i < values.length; i++) {
      yTicks.add(new Drawing.Tick(r(py(values[i])), yTexts.get(i)));
    }
    DoubleFunction<String> xText = xText(xd);
    List<Drawing.Rule> rules = new ArrayList<>();
    // Axes through zero: a value axis that crosses zero draws it.
    if (yLow < 0 && yHigh > 0) {
      rules.add(rule(box.left(), py(0), box.right(), py(0), "zero", "", 0, 0, null));
    }
    if (chart.x().kind() == Axis.Kind.NUMBERS && xCrossesZero()) {
      rules.add(rule(px(0), box.top(), px(0), box.bottom(), "zero", "", 0, 0, null));
    }
    DoubleFunction<String> yText = finer(yLabels, chart.y());
    Drawing.Label titleX =
        xTitle.isEmpty()
            ? null
            : new Drawing.Label(r((box.left() + box.right()) / 2), r(bottom + 35), xTitle, false);
    Drawing.Label titleY =
        yTitle.isEmpty()
            ? null
            : new Drawing.Label(14, r((box.top() + box.bottom()) / 2), yTitle, true);
    return new Drawing(
        id(),
        chart.width(),
        height,
        chart.title(),
        description(),
        22,
        box,
        xTicks(xd),
        yTicks,
        titleX,
        titleY,
        shades(),
        bands(),
        rules,
        bars(xText, yText),
        lines(),
        dots(xText, yText),
        references(),
        legend(entries, left, right, bottom + (xTitle.isEmpty() ? 38 : 58)));
  }

  /** Values read out on hover: one decimal finer than the ticks, unless the axis fixes them. */
  private static DoubleFunction<String> finer(NumberLabels ticks, Axis axis) {
    if (axis.decimals() >= 0) {
      return ticks::format;
    }
    NumberLabels fine =
        new NumberLabels(
            ticks.divisor(), ticks.suffix(), Math.min(10, ticks.decimals() + 1), ticks.locale());
    // The extra decimal only where it says something: day 1, day 1.5.
    return v -> {
      double scaled = v / ticks.divisor();
      boolean whole =
          new java.math.BigDecimal(scaled)
                  .setScale(fine.decimals(), java.math.RoundingMode.HALF_EVEN)
                  .compareTo(
                      new java.math.BigDecimal(scaled)
                          .setScale(ticks.decimals(), java.math.RoundingMode.HALF_EVEN))
              == 0;
      return whole ? ticks.format(v) : fine.format(v);
    };
  }

  // ---- domains ----

  /** Whether the x data themselves (not the room made for bars) lie on both sides of zero. */
  private boolean xCrossesZero() {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Series s : chart.series()) {
      for (double v : s.x()) {
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    return min < 0 && max > 0 && xLow < 0 && xHigh > 0;
  }

  /** The ends of the x axis and, on a numeric axis, its ticks. */
  private record Domain(double low, double high, Ticks ticks) {}

  private Domain xDomain() {
    Axis axis = chart.x();
    if (axis.kind() == Axis.Kind.CATEGORIES) {
      return new Domain(-0.5, Math.max(1, axis.names().size()) - 0.5, null);
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Series s : chart.series()) {
      double half = s.kind() == Series.Kind.BARS ? barWidth(s) / 2 : 0;
      for (double v : s.x()) {
        if (Double.isFinite(v)) {
          min = Math.min(min, v - half);
          max = Math.max(max, v + half);
        }
      }
    }
    for (Reference ref : chart.references()) {
      if (ref.vertical() && Double.isFinite(ref.value())) {
        min = Math.min(min, ref.value());
        max = Math.max(max, ref.value());
      }
    }
    if (!Double.isNaN(axis.min())) {
      min = axis.min();
    }
    if (!Double.isNaN(axis.max())) {
      max = axis.max();
    }
    if (axis.kind() == Axis.Kind.TIME) {
      if (!(max > min)) {
        min = Double.isFinite(min) ? min : 0;
        max = min + 60_000;
      }
      return new Domain(min, max, null);
    }
    Ticks ticks =
        !Double.isNaN(axis.min()) && !Double.isNaN(axis.max())
            ? Ticks.fixed(min, max)
            : Ticks.of(min, max);
    if (!Double.isNaN(axis.min()) && Double.isNaN(axis.max())) {
      ticks =
          new Ticks(axis.min(), Math.max(ticks.high(), axis.min() + ticks.step()), ticks.step());
    }
    return new Domain(ticks.low(), ticks.high(), ticks);
  }

  private Ticks yTicks() {
    Axis axis = chart.y();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Series s : chart.series()) {
      for (double v : s.y()) {
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
      if (s.upper() != null) {
        for (double v : s.upper()) {
          if (Double.isFinite(v)) {
            min = Math.min(min, v);
            max = Math.max(max, v);
          }
        }
      }
      if (s.kind() == Series.Kind.BARS || s.kind() == Series.Kind.HISTOGRAM) {
        min = Math.min(min, 0);
        max = Math.max(max, 0);
      }
    }
    for (Reference ref : chart.references()) {
      if (!ref.vertical() && Double.isFinite(ref.value())) {
        min = Math.min(min, ref.value());
        max = Math.max(max, ref.value());
      }
    }
    if (!Double.isNaN(axis.min()) && !Double.isNaN(axis.max())) {
      return Ticks.fixed(axis.min(), axis.max());
    }
    if (!Double.isNaN(axis.min())) {
      min = axis.min();
      max = Math.max(max, min);
    }
    if (!Double.isNaN(axis.max())) {
      max = axis.max();
    }
    if (min == Double.POSITIVE_INFINITY) {
      return Ticks.of(0, 1);
    }
    Ticks ticks = Ticks.of(min, max);
    if (!Double.isNaN(axis.min()) && ticks.low() < axis.min()) {
      ticks = new Ticks(axis.min(), ticks.high(), ticks.step());
    }
    return ticks;
  }

  // ---- scales ----

  private double px(double x) {
    return box.left() + (x - xLow) / (xHigh - xLow) * box.width();
  }

  private double py(double y) {
    return box.bottom() - (y - yLow) / (yHigh - yLow) * box.height();
  }

  private double clampX(double x) {
    return Math.max(box.left(), Math.min(box.right(), x));
  }

  private double clampY(double y) {
    return Math.max(box.top(), Math.min(box.bottom(), y));
  }

  /** One decimal is finer than a pixel on any screen; it keeps the markup short. */
  static double r(double v) {
    double rounded = Math.round(v * 10) / 10.0;
    return rounded == 0 ? 0 : rounded;
  }

  // ---- x labels ----

  private List<Drawing.Tick> xTicks(Domain d) {
    Axis axis = chart.x();
    List<Drawing.Tick> ticks = new ArrayList<>();
    if (axis.kind() == Axis.Kind.CATEGORIES) {
      List<String> names = axis.names();
      double widest = names.stream().mapToDouble(n -> textWidth(n, TICK_FONT)).max().orElse(0);
      int every =
          Math.max(1, (int) Math.ceil((widest + 8) / (box.width() / Math.max(1, names.size()))));
      for (int i = 0; i < names.size(); i += every) {
        ticks.add(new Drawing.Tick(r(px(i)), names.get(i)));
      }
      return ticks;
    }
    if (axis.kind() == Axis.Kind.TIME) {
      for (TimeTicks.Tick t :
          TimeTicks.between(
              Instant.ofEpochMilli((long) xLow),
              Instant.ofEpochMilli((long) xHigh),
              axis.zone(),
              locale)) {
        ticks.add(new Drawing.Tick(r(px(t.at().toEpochMilli())), t.label()));
      }
      return thin(ticks);
    }
    NumberLabels labels =
        NumberLabels.forAxis(
            d.ticks().step(), Math.max(Math.abs(xLow), Math.abs(xHigh)), axis.decimals(), locale);
    for (double v : d.ticks().values()) {
      ticks.add(new Drawing.Tick(r(px(v)), labels.format(v)));
    }
    return thin(ticks);
  }

  /** Every k-th label when neighbours would overlap. */
  private List<Drawing.Tick> thin(List<Drawing.Tick> ticks) {
    if (ticks.size() < 2) {
      return ticks;
    }
    double widest =
        ticks.stream().mapToDouble(t -> textWidth(t.label(), TICK_FONT)).max().orElse(0);
    double gap = Math.abs(ticks.get(1).at() - ticks.get(0).at());
    int every = Math.max(1, (int) Math.ceil((widest + 10) / Math.max(1, gap)));
    if (every == 1) {
      return ticks;
    }
    List<Drawing.Tick> kept = new ArrayList<>();
    for (int i = 0; i < ticks.size(); i += every) {
      kept.add(ticks.get(i));
    }
    return kept;
  }

  /** How an x value is read out on hover. */
  private DoubleFunction<String> xText(Domain d) {
    Axis axis = chart.x();
    if (axis.kind() == Axis.Kind.CATEGORIES) {
      return v -> {
        int i = (int) Math.round(v);
        return i >= 0 && i < axis.names().size() ? axis.names().get(i) : NumberLabels.NONE;
      };
    }
    if (axis.kind() == Axis.Kind.TIME) {
      ZoneId zone = axis.zone();
      DateTimeFormatter f =
          DateTimeFormatter.ofPattern(
              "ko".equals(locale.getLanguage()) ? "M월 d일 HH:mm" : "d MMM HH:mm", locale);
      return v -> f.format(Instant.ofEpochMilli((long) v).atZone(zone));
    }
    NumberLabels ticks =
        NumberLabels.forAxis(
            d.ticks().step(), Math.max(Math.abs(xLow), Math.abs(xHigh)), axis.decimals(), locale);
    return finer(ticks, axis);
  }

  // ---- marks ----

  private List<Drawing.Area> shades() {
    List<Drawing.Area> areas = new ArrayList<>();
    for (Shade s : chart.shades()) {
      double a;
      double b;
      if (s.vertical()) {
        a = clampX(px(Math.min(s.from(), s.to())));
        b = clampX(px(Math.max(s.from(), s.to())));
        double w = Math.max(MIN_SHADE, b - a);
        a = Math.min(a, box.right() - w);
        areas.add(
            new Drawing.Area(
                r(a), box.top(), r(w), r(box.height()), fill(s.tone()), tone(s), s.note()));
      } else {
        a = clampY(py(Math.max(s.from(), s.to())));
        b = clampY(py(Math.min(s.from(), s.to())));
        double h = Math.max(MIN_SHADE, b - a);
        areas.add(
            new Drawing.Area(
                box.left(), r(a), r(box.width()), r(h), fill(s.tone()), tone(s), s.note()));
      }
    }
    return areas;
  }

  private static String tone(Shade s) {
    return s.tone().name().toLowerCase(Locale.ROOT);
  }

  static String fill(Shade.Tone tone) {
    return switch (tone) {
      case ALERT -> "#f4a29a";
      case CAUTION -> "#e8c766";
      case NEUTRAL -> "#c8ced6";
    };
  }

  private List<Drawing.Polygon> bands() {
    List<Drawing.Polygon> bands = new ArrayList<>();
    int index = 0;
    for (Series s : chart.series()) {
      int colour = index++;
      if (s.kind() != Series.Kind.BAND) {
        continue;
      }
      double[] x = s.x();
      double[] lo = s.y();
      double[] hi = s.upper();
      // One polygon per unbroken run of finite bounds.
      List<Integer> run = new ArrayList<>();
      for (int i = 0; i <= x.length; i++) {
        boolean ok =
            i < x.length
                && Double.isFinite(x[i])
                && Double.isFinite(lo[i])
                && Double.isFinite(hi[i]);
        if (ok) {
          run.add(i);
        } else if (!run.isEmpty()) {
          StringBuilder points = new StringBuilder();
          for (int k : run) {
            points.append(r(px(x[k]))).append(',').append(r(py(hi[k]))).append(' ');
          }
          for (int k = run.size() - 1; k >= 0; k--) {
            int j = run.get(k);
            points.append(r(px(x[j]))).append(',').append(r(py(lo[j]))).append(' ');
          }
          bands.add(new Drawing.Polygon(points.toString().strip(), colour(colour), s.name()));
          run.clear();
        }
      }
    }
    return bands;
  }

  private double barWidth(Series s) {
    if (chart.x().kind() == Axis.Kind.CATEGORIES) {
      return 0.7;
    }
    double[] x = Arrays.stream(s.x()).filter(Double::isFinite).sorted().distinct().toArray();
    double gap = Double.POSITIVE_INFINITY;
    for (int i = 1; i < x.length; i++) {
      gap = Math.min(gap, x[i] - x[i - 1]);
    }
    return Double.isFinite(gap) ? gap * 0.8 : 0.8;
  }

  private List<Drawing.Bar> bars(DoubleFunction<String> xText, DoubleFunction<String> yText) {
    List<Drawing.Bar> bars = new ArrayList<>();
    List<Series> grouped =
        chart.series().stream().filter(s -> s.kind() == Series.Kind.BARS).toList();
    double base = py(Math.max(yLow, Math.min(yHigh, 0)));
    int index = 0;
    for (Series s : chart.series()) {
      int colour = index++;
      double[] x = s.x();
      double[] y = s.y();
      if (s.kind() == Series.Kind.HISTOGRAM) {
        for (int i = 0; i < y.length; i++) {
          if (!Double.isFinite(y[i]) || !Double.isFinite(x[i]) || !Double.isFinite(x[i + 1])) {
            continue;
          }
          double a = px(x[i]);
          double b = px(x[i + 1]);
          double top = py(y[i]);
          String note =
              note(s.name(), xText.apply(x[i]) + "–" + xText.apply(x[i + 1]), yText.apply(y[i]));
          bars.add(
              new Drawing.Bar(
                  r(a + 0.5),
                  r(Math.min(top, base)),
                  r(Math.max(1, b - a - 1)),
                  r(Math.abs(base - top)),
                  colour(colour),
                  note));
        }
      } else if (s.kind() == Series.Kind.BARS) {
        int slot = grouped.indexOf(s);
        double width = barWidth(s) / grouped.size();
        for (int i = 0; i < y.length; i++) {
          if (!Double.isFinite(y[i]) || !Double.isFinite(x[i])) {
            continue;
          }
          double from = x[i] - barWidth(s) / 2 + slot * width;
          double a = px(from);
          double b = px(from + width);
          double top = py(y[i]);
          bars.add(
              new Drawing.Bar(
                  r(a),
                  r(Math.min(top, base)),
                  r(Math.max(1, b - a)),
                  r(Math.abs(base - top)),
                  colour(colour),
                  note(s.name(), xText.apply(x[i]), yText.apply(y[i]))));
        }
      }
    }
    return bars;
  }

  private List<Drawing.Stroke> lines() {
    List<Drawing.Stroke> lines = new ArrayList<>();
    int index = 0;
    int drawn = 0;
    for (Series s : chart.series()) {
      int colour = index++;
      if (s.kind() != Series.Kind.LINE && s.kind() != Series.Kind.STEP) {
        continue;
      }
      double[] x = s.x();
      double[] y = s.y();
      StringBuilder d = new StringBuilder();
      boolean pen = false;
      double lastY = 0;
      for (int i = 0; i < x.length; i++) {
        if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
          pen = false;
          continue;
        }
        double sx = r(px(x[i]));
        double sy = r(py(y[i]));
        if (!pen) {
          d.append(d.length() == 0 ? "" : " ").append('M').append(sx).append(' ').append(sy);
          pen = true;
        } else if (s.kind() == Series.Kind.STEP) {
          // The value holds until the next point changes it.
          d.append(" H").append(sx);
          if (sy != lastY) {
            d.append(" V").append(sy);
          }
        } else {
          d.append(" L").append(sx).append(' ').append(sy);
        }
        lastY = sy;
      }
      if (d.length() > 0) {
        lines.add(new Drawing.Stroke(d.toString(), colour(colour), dash(drawn), s.name(), colour));
      }
      drawn++;
    }
    return lines;
  }

  private List<Drawing.Dot> dots(DoubleFunction<String> xText, DoubleFunction<String> yText) {
    List<Drawing.Dot> dots = new ArrayList<>();
    int index = 0;
    for (Series s : chart.series()) {
      int colour = index++;
      boolean marked =
          s.kind() == Series.Kind.POINTS
              || (s.markers() && (s.kind() == Series.Kind.LINE || s.kind() == Series.Kind.STEP));
      if (!marked) {
        continue;
      }
      double[] x = s.x();
      double[] y = s.y();
      for (int i = 0; i < x.length; i++) {
        if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
          dots.add(
              new Drawing.Dot(
                  r(px(x[i])),
                  r(py(y[i])),
                  colour(colour),
                  note(s.name(), xText.apply(x[i]), yText.apply(y[i]))));
        }
      }
    }
    return dots;
  }

  private List<Drawing.Rule> references() {
    List<Drawing.Rule> rules = new ArrayList<>();
    for (Reference ref : chart.references()) {
      if (!Double.isFinite(ref.value())) {
        continue;
      }
      if (ref.vertical()) {
        double x = clampX(px(ref.value()));
        boolean nearRight = x > box.right() - 120;
        rules.add(
            rule(
                x,
                box.top(),
                x,
                box.bottom(),
                "reference",
                ref.label(),
                nearRight ? x - 4 : x + 4,
                box.top() + 12,
                nearRight ? "end" : "start"));
      } else {
        double y = clampY(py(ref.value()));
        boolean nearTop = y < box.top() + 14;
        rules.add(
            rule(
                box.left(),
                y,
                box.right(),
                y,
                "reference",
                ref.label(),
                box.right() - 4,
                nearTop ? y + 13 : y - 4,
                "end"));
      }
    }
    return rules;
  }

  private static Drawing.Rule rule(
      double x1,
      double y1,
      double x2,
      double y2,
      String kind,
      String label,
      double lx,
      double ly,
      String anchor) {
    return new Drawing.Rule(r(x1), r(y1), r(x2), r(y2), kind, label, r(lx), r(ly), anchor);
  }

  private static String note(String name, String x, String y) {
    return (name.isEmpty() ? "" : name + ": ") + x + ", " + y;
  }

  static String colour(int index) {
    return COLOURS[index % COLOURS.length];
  }

  static String dash(int index) {
    return DASHES[index % DASHES.length];
  }

  // ---- legend ----

  private record LegendEntry(String swatch, String colour, String dash, String label) {}

  private List<LegendEntry> legendEntries() {
    Map<String, LegendEntry> entries = new LinkedHashMap<>();
    int index = 0;
    int drawn = 0;
    for (Series s : chart.series()) {
      int colour = index++;
      boolean stroke = s.kind() == Series.Kind.LINE || s.kind() == Series.Kind.STEP;
      String dash = stroke ? dash(drawn++) : null;
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
          swatch + "|" + s.name(), new LegendEntry(swatch, colour(colour), dash, s.name()));
    }
    for (Shade s : chart.shades()) {
      if (!s.legend().isEmpty()) {
        entries.putIfAbsent(
            "shade|" + s.legend(), new LegendEntry("shade", fill(s.tone()), null, s.legend()));
      }
    }
    // A single unnamed-looking series needs no legend: the title says what it is.
    List<LegendEntry> list = new ArrayList<>(entries.values());
    return list;
  }

  private static double entryWidth(LegendEntry e) {
    return 24 + textWidth(e.label(), 12) + 18;
  }

  private static int legendRows(List<LegendEntry> entries, double left, double right) {
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

  private static List<Drawing.LegendItem> legend(
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
      items.add(new Drawing.LegendItem(r(x), r(y), e.swatch(), e.colour(), e.dash(), e.label()));
      x += w;
    }
    return items;
  }

  // ---- text ----

  private String description() {
    if (!chart.description().isEmpty()) {
      return chart.description();
    }
    List<String> parts = new ArrayList<>();
    String names =
        String.join(
            ", ",
            chart.series().stream()
                .map(Series::name)
                .filter(n -> !n.isEmpty())
                .distinct()
                .toList());
    if (!names.isEmpty()) {
      parts.add(names);
    }
    String axes =
        String.join(
            " × ",
            List.of(chart.y().titleWithUnit(), chart.x().titleWithUnit()).stream()
                .filter(t -> !t.isEmpty())
                .toList());
    if (!axes.isEmpty()) {
      parts.add(axes);
    }
    return String.join(" — ", parts);
  }

  /** Stable for the same chart, so that the same report is the same file. */
  private String id() {
    int hash = chart.title().hashCode() * 31 + chart.series().size();
    for (Series s : chart.series()) {
      hash = hash * 31 + Arrays.hashCode(s.y()) + s.name().hashCode();
    }
    return "chart-" + Integer.toHexString(hash);
  }

  /** About how wide a text is in px: CJK and Hangul take a full em, Latin about 0.56 em. */
  static double textWidth(String text, double fontSize) {
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      em += cp >= 0x1100 ? 1.0 : Character.isUpperCase(cp) ? 0.66 : cp == ' ' ? 0.3 : 0.56;
      i += Character.charCount(cp);
    }
    return em * fontSize;
  }
}
