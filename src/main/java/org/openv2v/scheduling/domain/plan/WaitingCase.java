package org.openv2v.scheduling.domain.plan;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case waiting for apheresis and a manufacturing slot: the planner chooses the slot (or none) and
 * the day of collection, as an offset from the week before the slot's week. Everything else about
 * the case is fixed while planning.
 */
@PlanningEntity
public class WaitingCase {

  /** Collection may happen from a week before the slot's week to its last day. */
  public static final int OFFSETS = 14;

  @PlanningId private String caseId;
  private String productCode;
  private String apheresisSiteId;
  private String centreId;
  private int priorityWeight;
  private LocalDate listedOn;
  private LocalDate earliestApheresis;
  private Set<LocalDate> unavailable;
  private Map<String, Integer> inboundDays;
  private Map<String, Integer> outboundDays;
  private int infusionLeadDays;

  @ValueRangeProvider(id = "slots")
  private List<PlanSlot> candidateSlots;

  @PlanningVariable(valueRangeProviderRefs = "slots", allowsUnassigned = true)
  private PlanSlot slot;

  @PlanningVariable(valueRangeProviderRefs = "offsets")
  private Integer apheresisOffset;

  /** For the solver's cloning only. */
  public WaitingCase() {}

  /**
   * @param priorityWeight clinical priority in hundredths (100 = weight 1.0)
   * @param inboundDays transit days from the apheresis site to each reachable facility
   * @param outboundDays transit days from each reachable facility back to the centre
   * @param infusionLeadDays days from receipt at the centre to the earliest infusion
   */
  public WaitingCase(
      String caseId,
      String productCode,
      String apheresisSiteId,
      String centreId,
      int priorityWeight,
      LocalDate listedOn,
      LocalDate earliestApheresis,
      Set<LocalDate> unavailable,
      Map<String, Integer> inboundDays,
      Map<String, Integer> outboundDays,
      int infusionLeadDays,
      List<PlanSlot> slots) {
    this.caseId = caseId;
    this.productCode = productCode;
    this.apheresisSiteId = apheresisSiteId;
    this.centreId = centreId;
    this.priorityWeight = priorityWeight;
    this.listedOn = listedOn;
    this.earliestApheresis = earliestApheresis;
    this.unavailable = Set.copyOf(unavailable);
    this.inboundDays = Map.copyOf(inboundDays);
    this.outboundDays = Map.copyOf(outboundDays);
    this.infusionLeadDays = infusionLeadDays;
    this.candidateSlots = slots.stream().filter(this::couldUse).toList();
  }

  /** Slots of the case's product at a reachable facility whose week is not already over. */
  private boolean couldUse(PlanSlot candidate) {
    return candidate.productCode().equals(productCode)
        && reaches(candidate.facilityId())
        && !candidate
            .weekEnd()
            .isBefore(earliestApheresis.plusDays(inboundDays.get(candidate.facilityId())));
  }

  public List<PlanSlot> candidateSlots() {
    return candidateSlots;
  }

  public boolean reaches(String facilityId) {
    return inboundDays.containsKey(facilityId) && outboundDays.containsKey(facilityId);
  }

  public static LocalDate apheresisDay(PlanSlot slot, int offset) {
    return slot.weekStart().minusDays(7).plusDays(offset);
  }

  /** The dates that follow from collecting on the offset's day for this slot. */
  public JourneyDates datesFor(PlanSlot chosen, int offset) {
    LocalDate apheresis = apheresisDay(chosen, offset);
    LocalDate arrival = apheresis.plusDays(inboundDays.getOrDefault(chosen.facilityId(), 0));
    LocalDate release = arrival.plusDays(chosen.manufacturingDays());
    LocalDate atCentre = release.plusDays(outboundDays.getOrDefault(chosen.facilityId(), 0));
    return new JourneyDates(
        apheresis, arrival, release, atCentre, atCentre.plusDays(infusionLeadDays));
  }

  public int waitDaysFor(PlanSlot chosen, int offset) {
    return (int) ChronoUnit.DAYS.between(listedOn, datesFor(chosen, offset).earliestInfusion());
  }

  /** Whether collection on this day suits the patient: after any washout, not on a busy day. */
  public boolean windowAllows(LocalDate apheresis) {
    return !apheresis.isBefore(earliestApheresis) && !unavailable.contains(apheresis);
  }

  /** Days by which the collection day misses the patient's window (0 when it fits). */
  public int windowMissDays(LocalDate apheresis) {
    if (apheresis.isBefore(earliestApheresis)) {
      return (int) ChronoUnit.DAYS.between(apheresis, earliestApheresis);
    }
    return unavailable.contains(apheresis) ? 1 : 0;
  }

  /** Days by which the cells arrive outside the slot's week (0 when they arrive in it). */
  public int transitMissDays(PlanSlot chosen, int offset) {
    LocalDate arrival = datesFor(chosen, offset).arrivalAtFacility();
    if (arrival.isBefore(chosen.weekStart())) {
      return (int) ChronoUnit.DAYS.between(arrival, chosen.weekStart());
    }
    return arrival.isAfter(chosen.weekEnd())
        ? (int) ChronoUnit.DAYS.between(chosen.weekEnd(), arrival)
        : 0;
  }

  public boolean matchesProduct(PlanSlot chosen) {
    return chosen.productCode().equals(productCode) && reaches(chosen.facilityId());
  }

  /** Every hard rule except shared capacity: what a greedy planner checks for one case alone. */
  public boolean feasibleAlone(PlanSlot chosen, int offset) {
    LocalDate apheresis = apheresisDay(chosen, offset);
    return matchesProduct(chosen)
        && transitMissDays(chosen, offset) == 0
        && windowAllows(apheresis);
  }

  public boolean isAssigned() {
    return slot != null && apheresisOffset != null;
  }

  public LocalDate apheresisDay() {
    return apheresisDay(slot, apheresisOffset);
  }

  public JourneyDates dates() {
    return datesFor(slot, apheresisOffset);
  }

  public int waitDays() {
    return waitDaysFor(slot, apheresisOffset);
  }

  public String caseId() {
    return caseId;
  }

  public String productCode() {
    return productCode;
  }

  public String apheresisSiteId() {
    return apheresisSiteId;
  }

  public String centreId() {
    return centreId;
  }

  public int priorityWeight() {
    return priorityWeight;
  }

  public LocalDate listedOn() {
    return listedOn;
  }

  public LocalDate earliestApheresis() {
    return earliestApheresis;
  }

  public PlanSlot slot() {
    return slot;
  }

  public Integer apheresisOffset() {
    return apheresisOffset;
  }

  public void assign(PlanSlot chosen, Integer offset) {
    this.slot = chosen;
    this.apheresisOffset = offset;
  }

  @Override
  public String toString() {
    return "WaitingCase[" + caseId + "]";
  }
}
