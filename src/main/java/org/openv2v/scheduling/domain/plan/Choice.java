package org.openv2v.scheduling.domain.plan;

/** A slot and a collection day (as the planner's offset) for one case. */
public record Choice(PlanSlot slot, int offset) {}
