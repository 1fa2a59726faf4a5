package org.openv2v.charts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/** Lays a {@link Chart} out into a {@link Drawing}: scales, margins, ticks, marks and legend. */
final class Layout {

  /** Dark enough on white for 4.5:1 text contrast, told apart by dash as well as hue. */
  static final String[] COLOURS = {
    "#1f5f9e", "#b4461b", "#2e7d32", "#6a3d9a", "#8a5a00", "#00707f"
  };

  static final String[] DASHES = {null, "6 3", "2 3", "8 3 2 3"};

  private static final int TICK_FONT = 11;

  private final Chart chart;
  private final Locale locale;
  private double xLow;
  private double xHigh;
  private double yLow;
  private double yHigh;
  private Drawing.Box box;
  private Marks marks;

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
    List<Legend.LegendEntry> entries = Legend.entries(chart);
    int legendRows = Legend.rows(entries, left, right);
    // Under the plot: tick labels, the x title, then the legend rows.
    double under = (xTitle.isEmpty() ? 24 : 42) + legendRows * 22 + (legendRows > 0 ? 6 : 0);
    double bottom = Math.max(top + 80, chart.height() - under);
    int height = (int) Math.ceil(bottom + under);
    box = new Drawing.Box(r(left), r(top), r(right), r(bottom));
    marks = new Marks(chart, xLow, xHigh, yLow, yHigh, box);

    List<Drawing.Tick> yTicks = new ArrayList<>();
    double[] values = yt.values();
    for (int i = 0; i < values.length; i++) {
      yTicks.add(new Drawing.Tick(r(marks.py(values[i])), yTexts.get(i)));
    }
    DoubleFunction<String> xText = xText(xd);
    List<Drawing.Rule> rules = new ArrayList<>();
    // Axes through zero: a value axis that crosses zero draws it.
    if (yLow < 0 && yHigh > 0) {
      rules.add(
          Marks.rule(box.left(), marks.py(0), box.right(), marks.py(0), "zero", "", 0, 0, null));
    }
    if (chart.x().kind() == Axis.Kind.NUMBERS && xCrossesZero()) {
      rules.add(
          Marks.rule(marks.px(0), box.top(), marks.px(0), box.bottom(), "zero", "", 0, 0, null));
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
        marks.shades(),
        marks.bands(),
        rules,
        marks.bars(xText, yText),
        marks.lines(),
        marks.dots(xText, yText),
        marks.references(),
        Legend.items(entries, left, right, bottom + (xTitle.isEmpty() ? 38 : 58)));
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
    Extent x = new Extent();
    chart.series().forEach(s -> x.include(s.x()));
    return x.min < 0 && x.max > 0 && xLow < 0 && xHigh > 0;
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
      double half = s.kind() == Series.Kind.BARS ? Marks.barWidth(chart, s) / 2 : 0;
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
    Extent y = new Extent();
    for (Series s : chart.series()) {
      y.include(s.y());
      y.include(s.upper());
      if (s.kind() == Series.Kind.BARS || s.kind() == Series.Kind.HISTOGRAM) {
        y.include(0);
      }
    }
    for (Reference ref : chart.references()) {
      if (!ref.vertical()) {
        y.include(ref.value());
      }
    }
    double min = y.min;
    double max = y.max;
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
        ticks.add(new Drawing.Tick(r(marks.px(i)), names.get(i)));
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
        ticks.add(new Drawing.Tick(r(marks.px(t.at().toEpochMilli())), t.label()));
      }
      return thin(ticks);
    }
    NumberLabels labels =
        NumberLabels.forAxis(
            d.ticks().step(), Math.max(Math.abs(xLow), Math.abs(xHigh)), axis.decimals(), locale);
    for (double v : d.ticks().values()) {
      ticks.add(new Drawing.Tick(r(marks.px(v)), labels.format(v)));
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

  static String colour(int index) {
    return COLOURS[index % COLOURS.length];
  }

  static String dash(int index) {
    return DASHES[index % DASHES.length];
  }

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
