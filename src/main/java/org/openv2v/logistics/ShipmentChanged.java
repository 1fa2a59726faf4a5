package org.openv2v.logistics;

import java.util.UUID;

/**
 * Published, inside the changing transaction, when a case's shipment is booked or its logger
 * readings add something (an excursion may follow), so that models of the queue can recompute.
 */
public record ShipmentChanged(UUID caseId) {}
