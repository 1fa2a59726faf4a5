package org.openv2v.shared.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Work started meanwhile answers, or fails, as the same work done in place. */
class MeanwhileTests {

  @Test
  void the_work_runs_on_a_daemon_thread_of_its_name_and_its_answer_is_collected() {
    Supplier<Thread> ranOn = Meanwhile.start("report", Thread::currentThread);

    Thread thread = ranOn.get();
    assertThat(thread.getName()).isEqualTo("report");
    assertThat(thread.isDaemon()).isTrue();
    assertThat(thread).isNotSameAs(Thread.currentThread());
  }

  @Test
  void a_failure_is_thrown_as_it_was_thrown() {
    IllegalArgumentException thrown = new IllegalArgumentException("no such scenario");
    Supplier<Object> work =
        Meanwhile.start(
            "reference-data",
            () -> {
              throw thrown;
            });

    assertThatThrownBy(work::get).isSameAs(thrown);
  }

  @Test
  void an_error_is_thrown_as_it_was_thrown() {
    StackOverflowError thrown = new StackOverflowError("deep");
    Supplier<Object> work =
        Meanwhile.start(
            "report",
            () -> {
              throw thrown;
            });

    assertThatThrownBy(work::get).isSameAs(thrown);
  }
}
