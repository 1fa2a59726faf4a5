package org.openv2v.logistics;

/**
 * What an upload did: how many readings the file held, how many were new, and the shipment after it
 * (its findings recomputed from all its readings).
 */
public record ReadingsUploaded(int received, int added, int alreadyStored, ShipmentView shipment) {}
