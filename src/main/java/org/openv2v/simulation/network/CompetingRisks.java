package org.openv2v.simulation.network;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.openv2v.simulation.engine.EventCalendar;

/**
 * Progression and death, competing with every wait as constant hazards: each patient's hazard is
 * drawn at referral and again after apheresis (memorylessness makes the redraw exact).
 *
 * <p>A drawn hazard joins the calendar only once it falls due before the patient's next step, or
 * when the patient joins a line with no next step in view: most patients are infused or leave
 * before their hazard falls due, and hazard events that could only fire on a patient already gone
 * made up most of the calendar and a fifth of its events (issue 17). The hazard's time is drawn
 * when it always was, so every result is the same, and each drawn hazard still counts as an event.
 */
final class CompetingRisks {

  private final EventCalendar calendar;
  private final int hazardEvent;
  private final ArrivalStreams streams;
  private final ContinuousSampler unitExponential;
  private final UniformRandomProvider decisions;
  private long drawn;
  private long queued;

  CompetingRisks(
      EventCalendar calendar,
      int hazardEvent,
      ArrivalStreams streams,
      ContinuousSampler unitExponential,
      UniformRandomProvider decisions) {
    this.calendar = calendar;
    this.hazardEvent = hazardEvent;
    this.streams = streams;
    this.unitExponential = unitExponential;
    this.decisions = decisions;
  }

  /** Draws when the patient's hazard falls due from now, and which way it takes them out. */
  void draw(SimulatedPatient p, double now) {
    double rate = streams.hazardPerDay(p);
    double cause = decisions.nextDouble();
    double unit = unitExponential.sample();
    if (rate > 0) {
      p.hazardDue = now + unit / rate;
      p.hazardCause = streams.hazardCause(p, cause);
      p.hazardQueued = false;
      drawn++;
    } else {
      p.hazardDue = Double.NaN;
    }
  }

  /** The patient's next step falls at {@code time}: a hazard due before it joins the calendar. */
  void beforeStep(SimulatedPatient p, double time) {
    if (p.hazardDue <= time) {
      queue(p);
    }
  }

  /** The patient joins a line: the wait has no end in view, so the hazard joins the calendar. */
  void queue(SimulatedPatient p) {
    if (!p.hazardQueued && p.hazardDue == p.hazardDue) {
      p.hazardQueued = true;
      queued++;
      calendar.schedule(p.hazardDue, hazardEvent, p.id);
    }
  }

  /** Whether the hazard event firing now is the patient's live one (not one drawn over). */
  boolean fallsDue(SimulatedPatient p, double now) {
    return p.isActive() && now == p.hazardDue;
  }

  /** Hazards drawn that never joined the calendar: events of the model all the same. */
  long notQueued() {
    return drawn - queued;
  }
}
