package org.openv2v.custody.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of a custody event checked before anything is signed: a device time neither before
 * 2000 nor more than a day ahead of the server's clock, a note without control characters other
 * than line breaks and tabs, and scanned units that are neither blank nor scanned twice.
 */
public final class EventFields {

  /** Devices whose clocks run ahead are tolerated up to a day (time zones, unset clocks). */
  public static final Duration DEVICE_AHEAD = Duration.ofHours(24);

  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  private EventFields() {}

  /** Why a device time is refused. */
  public enum TimeProblem {
    BEFORE_EARLIEST,
    AHEAD_OF_CLOCK
  }

  public static Optional<TimeProblem> deviceTime(Instant deviceTime, Instant now) {
    if (deviceTime.isBefore(EARLIEST)) {
      return Optional.of(TimeProblem.BEFORE_EARLIEST);
    }
    if (deviceTime.isAfter(now.plus(DEVICE_AHEAD))) {
      return Optional.of(TimeProblem.AHEAD_OF_CLOCK);
    }
    return Optional.empty();
  }

  /** Whether a note holds only printable text, line breaks and tabs, with no lone surrogate. */
  public static boolean printable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f) {
        return false;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The scanned units normalised ({@link Units#normalise}), or the first that is blank or scanned
   * twice.
   *
   * @param units the normalised units, when there is no problem
   * @param problem the first problem: its index, whether it is blank, and the unit
   */
  public record Scans(List<String> units, Optional<ScanProblem> problem) {}

  /** A blank unit, or a unit scanned a second time, at its index in the request. */
  public record ScanProblem(int index, boolean blank, String unit) {}

  public static Scans scans(List<String> scanned) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < scanned.size(); i++) {
      String unit = Units.normalise(Objects.requireNonNullElse(scanned.get(i), ""));
      if (unit.isEmpty()) {
        return new Scans(List.of(), Optional.of(new ScanProblem(i, true, unit)));
      }
      if (!seen.add(unit)) {
        return new Scans(List.of(), Optional.of(new ScanProblem(i, false, unit)));
      }
      out.add(unit);
    }
    return new Scans(List.copyOf(out), Optional.empty());
  }
}
