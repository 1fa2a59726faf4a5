package org.openv2v.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The platform's clock, which one thread may set to a moment in the past while it replays a history
 * through the real services (the demo loader does, so that a case infused months ago passed the
 * pre-infusion gate on its infusion day with its lymphodepletion then, not today). Every other
 * thread, and this one outside {@link #at}, sees the real time.
 */
public final class ReplayClock extends Clock {

  private static final ThreadLocal<Instant> REPLAYING = new ThreadLocal<>();

  private final Clock real;

  public ReplayClock(Clock real) {
    this.real = real;
  }

  /** Does the work on this thread as if it were {@code moment}; never a moment in the future. */
  public static <T> T at(Instant moment, Supplier<T> work) {
    Instant previous = REPLAYING.get();
    REPLAYING.set(moment);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        REPLAYING.remove();
      } else {
        REPLAYING.set(previous);
      }
    }
  }

  /** The same for work that answers nothing. */
  public static void run(Instant moment, Runnable work) {
    at(
        moment,
        () -> {
          work.run();
          return null;
        });
  }

  @Override
  public Instant instant() {
    Instant replayed = REPLAYING.get();
    if (replayed != null) {
      Instant now = real.instant();
      return replayed.isAfter(now) ? now : replayed;
    }
    return real.instant();
  }

  @Override
  public ZoneId getZone() {
    return real.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new ReplayClock(real.withZone(zone));
  }
}
