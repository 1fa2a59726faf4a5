package org.openv2v.logistics.domain;

/**
 * Where a shipment is, as the custody ledger and the logger show it: booked with the courier, on
 * its way (handed over, or the logger is reporting), or received at the other end.
 */
public enum ShipmentStatus {
  BOOKED,
  IN_TRANSIT,
  DELIVERED
}
