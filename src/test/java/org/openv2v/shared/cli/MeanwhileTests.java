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
  void an_exception_or_an_error_is_thrown_as_it_was_thrown() {
    for (Throwable thrown :
        new Throwable[] {
          new IllegalArgumentException("no such scenario"), new StackOverflowError("deep")
        }) {
      Supplier<Object> work =
          Meanwhile.start(
              "work",
              () -> {
                if (thrown instanceof Error error) {
                  throw error;
                }
                throw (RuntimeException) thrown;
              });

      assertThatThrownBy(work::get).isSameAs(thrown);
    }
  }
}
