package org.openv2v.cases.web;

import org.openv2v.cases.Cases;
import org.openv2v.cases.EventView;

/** One line of a case's event history. */
record EventRow(
    int sequence,
    String occurredAt,
    String occurredAtIso,
    String recordedAt,
    String recordedAtIso,
    String type,
    String event,
    Badge state,
    String actor,
    String siteId,
    String site,
    String note,
    boolean noteWithheld,
    String reason) {

  static EventRow of(EventView event, NetworkNames names, Formats formats, PageWords labels) {
    return new EventRow(
        event.sequence(),
        formats.dateTime(event.occurredAt()),
        formats.iso(event.occurredAt()),
        formats.dateTime(event.recordedAt()),
        formats.iso(event.recordedAt()),
        event.type().name(),
        labels.event(event.type()),
        Badge.of(event.state(), labels),
        event.actor(),
        event.siteId(),
        names.site(event.siteId()),
        event.note().filter(note -> !note.equals(Cases.WITHHELD_NOTE)).orElse(null),
        event.note().filter(Cases.WITHHELD_NOTE::equals).isPresent(),
        event.reason().map(labels::reason).orElse(null));
  }
}
