package org.openv2v.scheduling;

import java.util.List;

/** The network's capacity as described: chairs, slots, manufacturing times, lanes, blackouts. */
public record CapacityView(
    List<ChairCapacity> chairs,
    List<SlotView> slots,
    List<ManufacturingTime> manufacturingTimes,
    List<CourierLane> lanes,
    List<BlackoutDay> blackouts) {}
