package org.openv2v.cases;

/**
 * The outcome of recording an event: the event, and whether it was a replay of one recorded before.
 */
public record RecordedEvent(EventView event, boolean replayed) {}
