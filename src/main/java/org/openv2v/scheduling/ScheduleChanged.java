package org.openv2v.scheduling;

/**
 * Published, inside the changing transaction, when bookings, the waitlist or the capacity they use
 * change (a booking, a cancellation, a listing, a slot, lane or manufacturing-time change), so that
 * models of the queue (the forecast) can recompute. It names nothing: the whole queue may move.
 */
public record ScheduleChanged(String what) {}
