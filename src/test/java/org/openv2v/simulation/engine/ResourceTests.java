package org.openv2v.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourceTests {

  @Test
  void should_serve_waiting_subjects_by_priority_then_first_come() {
    Resource beds = new Resource("beds", 1);
    assertThat(beds.seize(1, 1, 0)).isTrue();
    assertThat(beds.seize(2, 1, 1)).isFalse();
    assertThat(beds.seize(3, 1, 2)).isFalse();
    assertThat(beds.seize(4, 0, 3)).isFalse();
    assertThat(beds.release(4)).isEqualTo(4);
    assertThat(beds.release(5)).isEqualTo(2);
    assertThat(beds.release(6)).isEqualTo(3);
    assertThat(beds.release(7)).isEqualTo(-1);
    assertThat(beds.busy()).isZero();
  }

  @Test
  void should_let_a_waiting_subject_renege_and_skip_it() {
    Resource chairs = new Resource("chairs", 1);
    chairs.seize(1, 0, 0);
    chairs.seize(2, 0, 0);
    chairs.seize(3, 0, 0);
    assertThat(chairs.renege(2, 1)).isTrue();
    assertThat(chairs.renege(2, 1)).isFalse();
    assertThat(chairs.waiting()).isEqualTo(1);
    assertThat(chairs.release(2)).isEqualTo(3);
    assertThat(chairs.renege(1, 3)).isFalse();
  }

  @Test
  void should_measure_utilization_and_line_length_after_the_warm_up() {
    Resource servers = new Resource("servers", 2);
    servers.seize(1, 0, 0);
    servers.seize(2, 0, 0);
    servers.restartStatistics(10);
    servers.seize(3, 0, 10);
    assertThat(servers.release(15)).isEqualTo(3);
    assertThat(servers.release(20)).isEqualTo(-1);
    // Busy 2 of 2 from 10 to 20, so full; one waiting from 10 to 15, so 0.5 on average.
    assertThat(servers.utilization(20)).isEqualTo(1.0);
    assertThat(servers.meanLineLength(20)).isEqualTo(0.5);
  }

  @Test
  void should_open_slots_each_period_and_let_unused_ones_lapse() {
    PeriodicSlots slots = new PeriodicSlots("slots", 2);
    slots.openPeriod(0, id -> {});
    assertThat(slots.claim(1, 0, 1)).isTrue();
    assertThat(slots.claim(2, 0, 2)).isTrue();
    assertThat(slots.claim(3, 0, 3)).isFalse();
    assertThat(slots.claim(4, 0, 4)).isFalse();
    assertThat(slots.renege(4, 5)).isTrue();
    java.util.List<Integer> started = new java.util.ArrayList<>();
    slots.openPeriod(7, started::add);
    assertThat(started).containsExactly(3);
    slots.openPeriod(14, started::add);
    assertThat(slots.utilization()).isEqualTo(3.0 / 6);
  }
}
