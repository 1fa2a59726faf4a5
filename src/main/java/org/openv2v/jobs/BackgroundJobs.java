package org.openv2v.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * db-scheduler, wired by hand (its Boot starter is not needed for one scheduler): every {@link
 * Task} bean of any module is registered, recurring ones are scheduled at start (once per cluster:
 * one row each), and the scheduler runs while the application does. The polling and heartbeat
 * intervals are settings: a node whose heartbeat is older than {@code heartbeat-interval ×
 * missed-heartbeats} is taken for dead and its runs are revived on a live node.
 *
 * <p>A db-scheduler {@link Scheduler} cannot start again once stopped, while an application context
 * can be stopped and started (the test framework pauses contexts it is not using): so each start
 * builds a new scheduler, and modules schedule through one {@link SchedulerClient} bean that hands
 * each call to the scheduler of the moment.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundJobs {

  @Bean
  SchedulerLifecycle backgroundSchedulerLifecycle(
      DataSource dataSource,
      List<Task<?>> tasks,
      RunExecution execution,
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
    DataSource jobsData = new TransactionAwareDataSourceProxy(dataSource);
    return new SchedulerLifecycle(
        execution,
        () -> {
          var builder =
              Scheduler.create(jobsData, others)
                  .tableName("jobs.scheduled_tasks")
                  .threads(threads)
                  .pollingInterval(polling)
                  .heartbeatInterval(heartbeat)
                  .missedHeartbeatsLimit(missedHeartbeats)
                  // A job scheduled for now starts at once on this node, not at the next poll.
                  .enableImmediateExecution()
                  .shutdownMaxWait(shutdownWait);
          if (!nodeName.isBlank()) {
            // The name a node's runs are picked under; the host name when not set.
            builder.schedulerName(new SchedulerName.Fixed(nodeName));
          }
          return builder.startTasks(recurring).build();
        },
        SchedulerClient.Builder.create(jobsData, others).tableName("jobs.scheduled_tasks").build());
  }

  /** What modules schedule through: the running scheduler, or a plain client while none runs. */
  @Bean
  SchedulerClient backgroundSchedulerClient(SchedulerLifecycle lifecycle) {
    return (SchedulerClient)
        Proxy.newProxyInstance(
            SchedulerClient.class.getClassLoader(),
            new Class<?>[] {SchedulerClient.class},
            (proxy, method, args) -> {
              Object result;
              try {
                result = method.invoke(lifecycle.client(), args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
              if (method.getName().startsWith("schedule")
                  || method.getName().startsWith("reschedule")) {
                lifecycle.checkAfterCommit();
              }
              return result;
            });
  }

  /**
   * Starts a new scheduler after the context is up, and stops it before the data source goes; runs
   * cut off by the stop are handed back to the cluster.
   */
  static final class SchedulerLifecycle implements SmartLifecycle {

    private final RunExecution execution;
    private final Supplier<Scheduler> schedulers;
    private final SchedulerClient idle;
    private final AtomicReference<Scheduler> running = new AtomicReference<>();

    SchedulerLifecycle(
        RunExecution execution, Supplier<Scheduler> schedulers, SchedulerClient idle) {
      this.execution = execution;
      this.schedulers = schedulers;
      this.idle = idle;
    }

    SchedulerClient client() {
      Scheduler scheduler = running.get();
      return scheduler != null ? scheduler : idle;
    }

    /**
     * A run scheduled inside a transaction is stored with it, so db-scheduler's immediate check,
     * made as it is scheduled, cannot see it yet and it waited for the next poll (2 s): the check
     * is made again once the transaction commits.
     */
    void checkAfterCommit() {
      if (!TransactionSynchronizationManager.isSynchronizationActive()) {
        return;
      }
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              Scheduler scheduler = running.get();
              if (scheduler != null) {
                scheduler.triggerCheckForDueExecutions();
              }
            }
          });
    }

    @Override
    public void start() {
      execution.starting();
      Scheduler scheduler = schedulers.get();
      scheduler.start();
      running.set(scheduler);
    }

    @Override
    public void stop() {
      Scheduler scheduler = running.getAndSet(null);
      if (scheduler != null) {
        execution.stopping();
        scheduler.stop();
      }
    }

    @Override
    public boolean isRunning() {
      return running.get() != null;
    }
  }
}
