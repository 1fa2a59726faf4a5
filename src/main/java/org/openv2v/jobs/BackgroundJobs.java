package org.openv2v.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler, wired by hand (its Boot starter is not needed for one scheduler): every {@link
 * Task} bean of any module is registered, and the scheduler runs while the application does.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundJobs {

  @Bean
  Scheduler backgroundScheduler(
      DataSource dataSource,
      List<Task<?>> tasks,
      @Value("${openv2v.jobs.threads:2}") int threads,
      @Value("${openv2v.jobs.polling-interval:PT2S}") Duration polling) {
    // Transaction-aware: a job scheduled inside a transaction is stored with it, and committed or
    // rolled back with the data it works on (the way db-scheduler's Spring starter wires it).
    return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
        .tableName("jobs.scheduled_tasks")
        .threads(threads)
        .pollingInterval(polling)
        // A job scheduled for now starts at once on this node instead of at the next poll.
        .enableImmediateExecution()
        .shutdownMaxWait(Duration.ofSeconds(10))
        .build();
  }

  /** Starts the scheduler after the context is up, and stops it before the data source goes. */
  @Bean
  SmartLifecycle backgroundSchedulerLifecycle(Scheduler scheduler) {
    return new SmartLifecycle() {
      private volatile boolean running;

      @Override
      public void start() {
        scheduler.start();
        running = true;
      }

      @Override
      public void stop() {
        scheduler.stop();
        running = false;
      }

      @Override
      public boolean isRunning() {
        return running;
      }
    };
  }
}
