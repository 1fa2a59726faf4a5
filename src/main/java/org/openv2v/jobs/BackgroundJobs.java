package org.openv2v.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
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
 * Task} bean of any module is registered, recurring ones are scheduled at start (once per cluster:
 * one row each), and the scheduler runs while the application does. The polling and heartbeat
 * intervals are settings: a node whose heartbeat is older than {@code heartbeat-interval ×
 * missed-heartbeats} is taken for dead and its runs are revived on a live node.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundJobs {

  @Bean
  Scheduler backgroundScheduler(
      DataSource dataSource,
      List<Task<?>> tasks,
      @Value("${openv2v.jobs.threads:2}") int threads,
      @Value("${openv2v.jobs.polling-interval:PT2S}") Duration polling,
      @Value("${openv2v.jobs.heartbeat-interval:PT30S}") Duration heartbeat,
      @Value("${openv2v.jobs.missed-heartbeats:6}") int missedHeartbeats,
      @Value("${openv2v.jobs.shutdown-wait:PT10S}") Duration shutdownWait,
      @Value("${openv2v.jobs.node-name:}") String nodeName) {
    List<RecurringTask<?>> recurring =
        tasks.stream()
            .filter(RecurringTask.class::isInstance)
            .<RecurringTask<?>>map(t -> (RecurringTask<?>) t)
            .toList();
    List<Task<?>> others = tasks.stream().filter(t -> !(t instanceof RecurringTask)).toList();
    // Transaction-aware: a job scheduled inside a transaction is stored with it, and committed or
    // rolled back with the data it works on (the way db-scheduler's Spring starter wires it).
    var builder =
        Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), others)
            .tableName("jobs.scheduled_tasks")
            .threads(threads)
            .pollingInterval(polling)
            .heartbeatInterval(heartbeat)
            .missedHeartbeatsLimit(missedHeartbeats)
            // A job scheduled for now starts at once on this node instead of at the next poll.
            .enableImmediateExecution()
            .shutdownMaxWait(shutdownWait);
    if (!nodeName.isBlank()) {
      // The name a node's runs are picked under; the host name when not set.
      builder.schedulerName(new SchedulerName.Fixed(nodeName));
    }
    return builder.startTasks(recurring).build();
  }

  /**
   * Starts the scheduler after the context is up, and stops it before the data source goes; runs
   * cut off by the stop are handed back to the cluster.
   */
  @Bean
  SmartLifecycle backgroundSchedulerLifecycle(Scheduler scheduler, RunExecution execution) {
    return new SmartLifecycle() {
      private volatile boolean running;

      @Override
      public void start() {
        scheduler.start();
        running = true;
      }

      @Override
      public void stop() {
        execution.stopping();
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
