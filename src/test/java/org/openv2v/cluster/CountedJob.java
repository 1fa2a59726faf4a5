package org.openv2v.cluster;

import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.openv2v.jobs.CoalescedJobs;
import org.springframework.context.annotation.Bean;

/**
 * A coalesced job that only counts its runs, added to the job nodes (a plain class, so component
 * scanning leaves it out of every other test's context).
 */
class CountedJob {

  static final String NAME = "counted-job";
  static final AtomicInteger RUNS = new AtomicInteger();

  @Bean
  CustomTask<Void> countedJobTask(CoalescedJobs jobs) {
    return jobs.task(NAME, Duration.ofSeconds(1), RUNS::incrementAndGet);
  }
}
