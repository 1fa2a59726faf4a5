package org.openv2v.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EventCalendarTests {

  @Test
  void should_fire_events_in_time_order_and_ties_in_scheduling_order() {
    EventCalendar calendar = new EventCalendar();
    calendar.schedule(5, 1, 10);
    calendar.schedule(1, 2, 20);
    calendar.schedule(5, 3, 30);
    calendar.schedule(3, 4, 40);
    List<Integer> subjects = new ArrayList<>();
    while (!calendar.isEmpty()) {
      calendar.next();
      subjects.add(calendar.subject());
    }
    assertThat(subjects).containsExactly(20, 40, 10, 30);
    assertThat(calendar.now()).isEqualTo(5);
    assertThat(calendar.scheduled()).isEqualTo(4);
  }

  @Test
  void should_refuse_an_event_in_the_past() {
    EventCalendar calendar = new EventCalendar();
    calendar.schedule(2, 0, 0);
    calendar.next();
    assertThatThrownBy(() -> calendar.schedule(1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  record Scheduled(double time, int order) {}

  @Property
  void any_schedule_comes_out_sorted_by_time_then_order(
      @ForAll @Size(min = 1, max = 300) List<@DoubleRange(min = 0, max = 50) Double> times) {
    EventCalendar calendar = new EventCalendar();
    List<Scheduled> expected = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      double time = Math.floor(times.get(i));
      calendar.schedule(time, 0, i);
      expected.add(new Scheduled(time, i));
    }
    expected.sort(Comparator.comparingDouble(Scheduled::time).thenComparingInt(Scheduled::order));
    List<Scheduled> fired = new ArrayList<>();
    while (!calendar.isEmpty()) {
      calendar.next();
      fired.add(new Scheduled(calendar.now(), calendar.subject()));
    }
    assertThat(fired).isEqualTo(expected);
  }

  /**
   * Schedules and takes interleaved, as a model runs: each step schedules {@code delay} days ahead
   * of now (whole days, so that times tie often) or, for a negative step, takes the earliest event.
   * The calendar must agree with a priority queue on (time, order) at every take, through the
   * list's growth, its moves to the front of its arrays and, past a list limit drawn with the
   * steps, its turn into a calendar queue (whose buckets grow, shrink and refit their span) and
   * back to a list once empty.
   */
  @Property
  void interleaved_schedules_and_takes_agree_with_a_priority_queue(
      @ForAll @Size(min = 1, max = 2000) List<@IntRange(min = -3, max = 40) Integer> steps,
      @ForAll @IntRange(min = 1, max = 3000) int listLimit) {
    agreeWithAPriorityQueue(steps, listLimit);
  }

  /**
   * The same with steps that are mostly small but sometimes years ahead, and many takes: the
   * calendar queue's days are then far narrower than the gaps to some events, so whole rounds of
   * its buckets find nothing and it must jump to the earliest event.
   */
  @Property
  void far_apart_events_agree_with_a_priority_queue(
      @ForAll @Size(min = 1, max = 2000) List<@IntRange(min = -6, max = 60) Integer> steps,
      @ForAll @IntRange(min = 1, max = 64) int listLimit) {
    List<Integer> spread = new ArrayList<>();
    for (int step : steps) {
      spread.add(step > 50 ? step * 1000 : step);
    }
    agreeWithAPriorityQueue(spread, listLimit);
  }

  private static void agreeWithAPriorityQueue(List<Integer> steps, int listLimit) {
    EventCalendar calendar = new EventCalendar(listLimit);
    PriorityQueue<Scheduled> reference =
        new PriorityQueue<>(
            Comparator.comparingDouble(Scheduled::time).thenComparingInt(Scheduled::order));
    int order = 0;
    for (int step : steps) {
      if (step < 0) {
        if (reference.isEmpty()) {
          assertThat(calendar.isEmpty()).isTrue();
          continue;
        }
        Scheduled expected = reference.poll();
        calendar.next();
        assertThat(new Scheduled(calendar.now(), calendar.subject())).isEqualTo(expected);
      } else {
        double time = calendar.now() + step;
        calendar.schedule(time, 1, order);
        reference.add(new Scheduled(time, order));
        order++;
      }
      assertThat(calendar.pending()).isEqualTo(reference.size());
    }
    while (!reference.isEmpty()) {
      calendar.next();
      assertThat(new Scheduled(calendar.now(), calendar.subject())).isEqualTo(reference.poll());
    }
    assertThat(calendar.isEmpty()).isTrue();
  }

  @Test
  void should_become_a_calendar_queue_at_its_list_limit_and_a_list_again_once_empty() {
    EventCalendar calendar = new EventCalendar(4);
    for (int i = 0; i < 4; i++) {
      calendar.schedule(10 - i, 0, i);
    }
    assertThat(calendar.isQueue()).isFalse();

    calendar.schedule(10, 0, 4);
    calendar.schedule(7, 0, 5);

    assertThat(calendar.isQueue()).isTrue();
    List<Integer> fired = new ArrayList<>();
    while (!calendar.isEmpty()) {
      calendar.next();
      fired.add(calendar.subject());
    }
    // times 10, 9, 8, 7, 10, 7: by time, ties in the order scheduled
    assertThat(fired).containsExactly(3, 5, 2, 1, 0, 4);
    assertThat(calendar.isQueue()).isFalse();
  }
}
