package org.openv2v.scheduling.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.openv2v.database.ReadReplica;
import org.openv2v.scheduling.BlackoutDay;
import org.openv2v.scheduling.Capacity;
import org.openv2v.scheduling.CapacitySummary;
import org.openv2v.scheduling.CapacityView;
import org.openv2v.scheduling.ChairCapacity;
import org.openv2v.scheduling.CourierLane;
import org.openv2v.scheduling.ManufacturingTime;
import org.openv2v.scheduling.SlotCapacity;
import org.openv2v.scheduling.SlotView;
import org.openv2v.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Capacity of the network: read by all who plan, edited by its owners. */
@RestController
@RequestMapping("/api/v1/capacity")
@PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','MANUFACTURER','AUDITOR','ADMIN','PLANNER')")
@Tag(name = "Capacity", description = "Chairs, manufacturing slots, courier lanes, blackout days")
@RequiredArgsConstructor
class CapacityApi {

  private final Capacity capacity;
  private final CurrentActor actor;
  private final ReadReplica replica;

  @GetMapping
  @Operation(summary = "All capacity: chairs, slots over the horizon, times, lanes, blackouts.")
  CapacityView all() {
    return capacity.view();
  }

  @GetMapping("/summary")
  @Operation(
      summary =
          "Per site and per facility and product: utilisation over the next 8 weeks, waitlist"
              + " length and expected wait for a slot.")
  CapacitySummary summary() {
    // A report over the whole network: read from the replica when one is set.
    return replica.read(capacity::summary);
  }

  @GetMapping("/failure-paths")
  @Operation(
      summary =
          "Manufacturing failures by path taken: PENDING, REAPHERESIS, OUT_OF_SPEC_ACCEPTED,"
              + " WITHDRAWN.")
  Map<String, Integer> failurePaths() {
    return replica.read(capacity::failurePaths);
  }

  @PutMapping("/chairs/{siteId}")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Set a collecting site's apheresis chairs per day (ADMIN).")
  ChairCapacity chairs(@PathVariable String siteId, @Valid @RequestBody ChairCapacity chairs) {
    return capacity.setChairs(siteId, chairs, actor.get());
  }

  @PutMapping("/slots")
  @PreAuthorize("hasRole('MANUFACTURER')")
  @Operation(
      summary =
          "Publish a week's slots for a product (MANUFACTURER at that facility). Cutting below"
              + " what is booked displaces the latest bookings and alerts their teams.")
  SlotView slots(@Valid @RequestBody SlotCapacity slots) {
    return capacity.setSlots(slots, actor.get());
  }

  @PutMapping("/manufacturing-times")
  @PreAuthorize("hasRole('MANUFACTURER')")
  @Operation(summary = "Publish days from receipt to release for a product (MANUFACTURER).")
  ManufacturingTime time(@Valid @RequestBody ManufacturingTime time) {
    return capacity.setManufacturingTime(time, actor.get());
  }

  @PutMapping("/lanes")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(
      summary =
          "Set a courier lane's transit time (ADMIN): FIXED days, or LOGNORMAL by median and"
              + " 90th percentile. Bookings whose dates slip are alerted.")
  CourierLane lane(@Valid @RequestBody CourierLane lane) {
    return capacity.setLane(lane, actor.get());
  }

  @PutMapping("/blackouts")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Close a site for collection on a day (ADMIN).")
  BlackoutDay blackout(@Valid @RequestBody BlackoutDay day) {
    return capacity.addBlackout(day, actor.get());
  }

  @DeleteMapping("/blackouts/{siteId}/{day}")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Reopen a blackout day (ADMIN).")
  ResponseEntity<Void> reopen(@PathVariable String siteId, @PathVariable LocalDate day) {
    capacity.removeBlackout(siteId, day, actor.get());
    return ResponseEntity.noContent().build();
  }
}
