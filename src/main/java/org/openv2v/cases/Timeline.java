package org.openv2v.cases;

import java.util.List;
import java.util.UUID;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.cases.domain.Milestones;

/** A case's events in the order they happened, and the milestone intervals they give. */
public record Timeline(
    UUID caseId,
    String reference,
    CaseState state,
    List<EventView> events,
    Milestones milestones) {}
