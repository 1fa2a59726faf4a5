package org.openv2v.simulation.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openv2v.simulation.engine.PeriodicSlots;
import org.openv2v.simulation.engine.Resource;

/**
 * What patients wait for in one replication: each centre's apheresis chairs and CAR-T beds, and the
 * manufacturer's weekly slots, with how busy each was over the measured window.
 */
final class NetworkCapacity {

  final Resource[] chairs;
  final Resource[] beds;
  final PeriodicSlots slots;

  NetworkCapacity(NetworkScenario scenario) {
    List<NetworkScenario.Centre> centres = scenario.centres();
    chairs = new Resource[centres.size()];
    beds = new Resource[centres.size()];
    for (int c = 0; c < centres.size(); c++) {
      NetworkScenario.Centre centre = centres.get(c);
      chairs[c] = new Resource("apheresis:" + centre.site(), centre.apheresisChairs());
      beds[c] = new Resource("beds:" + centre.site(), centre.beds());
    }
    slots =
        new PeriodicSlots(
            "manufacturing:" + scenario.manufacturing().site(),
            scenario.manufacturing().slotsPerWeek());
  }

  /** The measured window starts (after the warm-up). */
  void restartStatistics(double now) {
    for (Resource r : chairs) {
      r.restartStatistics(now);
    }
    for (Resource r : beds) {
      r.restartStatistics(now);
    }
    slots.restartStatistics(now);
  }

  /** Each resource's utilization over the measured window, chairs, then beds, then slots. */
  Map<String, Double> utilization(double now) {
    Map<String, Double> utilization = new LinkedHashMap<>();
    for (Resource r : chairs) {
      utilization.put(r.name(), r.utilization(now));
    }
    for (Resource r : beds) {
      utilization.put(r.name(), r.utilization(now));
    }
    utilization.put(slots.name(), slots.utilization());
    return utilization;
  }
}
