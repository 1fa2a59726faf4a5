package org.openv2v.logistics;

import java.time.Instant;
import java.util.UUID;

/**
 * A custody record that brackets a shipment: the handover to the courier at one end, the receipt at
 * the other. The record itself lives in the custody ledger; this points at it.
 */
public record CustodyMark(
    UUID eventId, String step, String siteId, Instant deviceTime, long sequence) {}
