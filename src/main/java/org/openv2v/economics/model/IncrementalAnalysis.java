package org.openv2v.economics.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Incremental cost-effectiveness for any number of strategies, as dampack's {@code calculate_icers}
 * (evidence.md §5.3, §6.1): sort by cost, remove strongly dominated strategies, then repeatedly
 * remove extendedly dominated ones (an ICER higher than the next one's), and report each frontier
 * strategy's ICER against the previous one.
 */
public final class IncrementalAnalysis {

  private IncrementalAnalysis() {}

  /** One strategy's place: its status and, on the frontier, its ICER against the one before. */
  public record Row(
      Strategy strategy,
      Dominance status,
      OptionalDouble icer,
      double incrementalCost,
      double incrementalEffect) {}

  /** ICER = ΔC / ΔE; empty when ΔE = 0. */
  public static OptionalDouble icer(double incrementalCost, double incrementalEffect) {
    return incrementalEffect == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(incrementalCost / incrementalEffect);
  }

  /** NMB = WTP · ΔE − ΔC. */
  public static double netMonetaryBenefit(
      double willingnessToPay, double incrementalCost, double incrementalEffect) {
    return willingnessToPay * incrementalEffect - incrementalCost;
  }

  public static List<Row> of(List<Strategy> strategies) {
    List<Strategy> sorted = new ArrayList<>(strategies);
    sorted.sort(
        Comparator.comparingDouble(Strategy::cost)
            .thenComparing(Strategy::effect, (a, b) -> -Double.compare(a, b)));
    List<Strategy> frontier = new ArrayList<>();
    List<Strategy> dominated = new ArrayList<>();
    for (Strategy s : sorted) {
      if (!frontier.isEmpty() && s.effect() <= frontier.get(frontier.size() - 1).effect()) {
        dominated.add(s);
      } else {
        frontier.add(s);
      }
    }
    List<Strategy> extended = new ArrayList<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 1; i < frontier.size() - 1; i++) {
        double here = ratio(frontier.get(i - 1), frontier.get(i));
        double next = ratio(frontier.get(i), frontier.get(i + 1));
        if (here > next) {
          extended.add(frontier.remove(i));
          changed = true;
          break;
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Strategy s : strategies) {
      int at = frontier.indexOf(s);
      if (at > 0) {
        Strategy before = frontier.get(at - 1);
        double dc = s.cost() - before.cost();
        double de = s.effect() - before.effect();
        rows.add(new Row(s, Dominance.NON_DOMINATED, icer(dc, de), dc, de));
      } else if (at == 0) {
        rows.add(new Row(s, Dominance.NON_DOMINATED, OptionalDouble.empty(), 0, 0));
      } else {
        Dominance status =
            dominated.contains(s) ? Dominance.DOMINATED : Dominance.EXTENDED_DOMINATED;
        rows.add(new Row(s, status, OptionalDouble.empty(), 0, 0));
      }
    }
    return rows;
  }

  private static double ratio(Strategy from, Strategy to) {
    return (to.cost() - from.cost()) / (to.effect() - from.effect());
  }
}
