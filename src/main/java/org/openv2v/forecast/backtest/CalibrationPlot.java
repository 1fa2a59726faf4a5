package org.openv2v.forecast.backtest;

import java.util.Locale;
import java.util.function.BiFunction;
import org.openv2v.charts.Axis;
import org.openv2v.charts.Chart;
import org.openv2v.charts.Series;

/**
 * The backtest's calibration plot: per tenth of the chances forecast, the mean chance against the
 * share that happened, for infusion within the window and for reaching infusion, beside the
 * diagonal of perfect calibration. Words come in translated (the page's or the command's bundle).
 */
public final class CalibrationPlot {

  private CalibrationPlot() {}

  /**
   * @param words a message key and its arguments to the reader's words
   */
  public static Chart of(
      Backtest.Result result, Locale locale, BiFunction<String, Object[], String> words) {
    Chart.Builder chart =
        Chart.builder(words.apply("backtest.plot.title", new Object[0]), locale)
            .x(
                Axis.numbers(words.apply("backtest.plot.predicted", new Object[0]), "%")
                    .range(0, 100))
            .y(
                Axis.numbers(words.apply("backtest.plot.observed", new Object[0]), "%")
                    .range(0, 100))
            .series(
                Series.line(
                    words.apply("backtest.plot.perfect", new Object[0]),
                    new double[] {0, 100},
                    new double[] {0, 100}));
    add(
        chart,
        result.within(),
        words.apply("backtest.plot.within", new Object[] {result.settings().withinDays()}));
    add(chart, result.reached(), words.apply("backtest.plot.reached", new Object[0]));
    return chart.build();
  }

  private static void add(Chart.Builder chart, Scores.Calibration c, String name) {
    if (c.bins().isEmpty()) {
      return;
    }
    double[] x = c.bins().stream().mapToDouble(b -> 100 * b.meanPredicted()).toArray();
    double[] y = c.bins().stream().mapToDouble(b -> 100 * b.observed()).toArray();
    chart.series(Series.line(name, x, y).withMarkers());
  }
}
