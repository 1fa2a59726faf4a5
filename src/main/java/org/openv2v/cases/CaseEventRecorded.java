package org.openv2v.cases;

/**
 * Published, synchronously and inside the recording transaction, after an event is added to a
 * case's history (not on replays). Other modules react to the journey without reaching into cases:
 * scheduling releases capacity on withdrawal, safety builds the follow-up schedule on infusion.
 */
public record CaseEventRecorded(EventView event, String productCode) {}
