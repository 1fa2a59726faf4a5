package org.openv2v.cases.web;

import java.util.UUID;
import org.openv2v.cases.CaseView;

/** One line of the case list. {@code patientName} is null when the caller may not see it. */
record CaseRow(
    UUID id,
    String reference,
    String patientName,
    String productCode,
    String productName,
    String indication,
    String indicationDescription,
    String centre,
    Badge state,
    long daysSinceReferral,
    String referredOn,
    String lastEvent,
    String lastEventIso) {

  static CaseRow of(CaseView view, NetworkNames names, Formats formats, PageWords labels) {
    return new CaseRow(
        view.id(),
        view.reference(),
        view.identityRedacted() ? null : view.patient().name(),
        view.productCode(),
        names.brand(view.productCode()),
        view.indication(),
        names.indication(view.productCode(), view.indication()),
        names.site(view.treatmentCentreId()),
        Badge.of(view.state(), labels),
        formats.daysSince(view.referredAt()),
        formats.date(view.referredAt()),
        formats.dateTime(view.lastEventAt()),
        formats.iso(view.lastEventAt()));
  }

  public boolean identityWithheld() {
    return patientName == null;
  }
}
