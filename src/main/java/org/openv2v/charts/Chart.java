package org.openv2v.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A plot, described in data units and already-translated words, and drawn by the fragment {@code
 * templates/charts/chart.html} ({@code th:replace="~{charts/chart :: chart(${myChart})}"}). Plain
 * Java: build it anywhere, in a page or in a command.
 *
 * <pre>{@code
 * Chart chart = Chart.builder("Logger temperature", Locale.KOREAN)
 *     .x(Axis.time("Time", zone))
 *     .y(Axis.numbers("Temperature", "°C"))
 *     .series(Series.line("Logger", times, celsius))
 *     .horizontalLine(-150, "limit ≤ −150 °C")
 *     .shadeX(from, to, Shade.Tone.ALERT, "Excursion", "Excursion 06:10–06:25")
 *     .build();
 * }</pre>
 *
 * @param title the title (shown above the plot and read out as the image's name)
 * @param description a sentence for screen readers; empty to have one made from the axes
 * @param locale the reader's language, for numbers and dates
 * @param x the horizontal axis
 * @param y the vertical axis
 * @param series what is drawn, back to front
 * @param references labelled lines across the plot
 * @param shades shaded ranges, drawn behind everything
 * @param width the drawing's width in px (it scales down to its container)
 * @param height the drawing's height in px
 */
public record Chart(
    String title,
    String description,
    Locale locale,
    Axis x,
    Axis y,
    List<Series> series,
    List<Reference> references,
    List<Shade> shades,
    int width,
    int height) {

  /** Wide enough to read on a 640 px screen without scaling text below 11 px. */
  public static final int DEFAULT_WIDTH = 640;

  public static final int DEFAULT_HEIGHT = 300;

  public Chart {
    title = title == null ? "" : title;
    description = description == null ? "" : description;
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(x, "x axis");
    Objects.requireNonNull(y, "y axis");
    if (y.kind() != Axis.Kind.NUMBERS) {
      throw new IllegalArgumentException("the vertical axis holds numbers");
    }
    series = List.copyOf(series);
    references = List.copyOf(references);
    shades = List.copyOf(shades);
    if (width < 320 || height < 160) {
      throw new IllegalArgumentException("a chart needs at least 320 x 160 px");
    }
  }

  public static Builder builder(String title, Locale locale) {
    return new Builder(title, locale);
  }

  /** The geometry and labels the fragment draws; computed from this description each time. */
  public Drawing drawing() {
    return Layout.of(this);
  }

  /** Whether there is nothing to draw (no finite point in any series). */
  public boolean empty() {
    for (Series s : series) {
      for (double v : s.y()) {
        if (Double.isFinite(v)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Builds a {@link Chart}; only the axes are required. */
  public static final class Builder {
    private final String title;
    private final Locale locale;
    private String description = "";
    private Axis x = Axis.numbers("", "");
    private Axis y = Axis.numbers("", "");
    private final List<Series> series = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<Shade> shades = new ArrayList<>();
    private int width = DEFAULT_WIDTH;
    private int height = DEFAULT_HEIGHT;

    private Builder(String title, Locale locale) {
      this.title = title;
      this.locale = locale;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder x(Axis axis) {
      this.x = axis;
      return this;
    }

    public Builder y(Axis axis) {
      this.y = axis;
      return this;
    }

    public Builder series(Series... more) {
      series.addAll(List.of(more));
      return this;
    }

    /** A labelled line at a y value, e.g. a temperature limit. */
    public Builder horizontalLine(double y, String label) {
      references.add(new Reference(false, y, label));
      return this;
    }

    /** A labelled line at an x value, e.g. a threshold or a day. */
    public Builder verticalLine(double x, String label) {
      references.add(new Reference(true, x, label));
      return this;
    }

    /** A shaded range of x values (e.g. a time window). */
    public Builder shadeX(double from, double to, Shade.Tone tone, String legend, String note) {
      shades.add(new Shade(true, from, to, tone, legend, note));
      return this;
    }

    /** A shaded range of y values (e.g. a normal range). */
    public Builder shadeY(double from, double to, Shade.Tone tone, String legend, String note) {
      shades.add(new Shade(false, from, to, tone, legend, note));
      return this;
    }

    public Builder size(int width, int height) {
      this.width = width;
      this.height = height;
      return this;
    }

    public Chart build() {
      return new Chart(title, description, locale, x, y, series, references, shades, width, height);
    }
  }
}
