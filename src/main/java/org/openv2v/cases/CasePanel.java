package org.openv2v.cases;

import java.util.UUID;
import org.openv2v.security.Actor;

/**
 * A section of a case's page that another module draws: the custody ledger, shipments, bookings,
 * assessments. The case page lists the panels shown to the reader and loads each from its module's
 * own address, so that the case module need not know what the others hold.
 */
public interface CasePanel {

  /** A stable name, used in the page as the section's id. */
  String id();

  /** The message key of the section's title. */
  String titleKey();

  /** The address of the panel's HTML for the case, under {@code /cases/{id}/}. */
  String path(UUID caseId);

  /** Where the panel goes on the page: lower first. */
  int order();

  /** Whether the reader's role may see this panel at all. */
  boolean shownTo(Actor reader);
}
