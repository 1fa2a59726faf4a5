package org.openv2v.forecast;

import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseEventRecorded;
import org.openv2v.jobs.CoalescedJobs;
import org.openv2v.logistics.ShipmentChanged;
import org.openv2v.scheduling.ScheduleChanged;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the stored forecasts fresh: after anything that moves the queue commits (a case event, a
 * booking or capacity change, a shipment or logger upload), at start, and nightly. Each is a
 * request for one cluster-wide job: requests from any node within a moment of each other, or while
 * a refresh runs, become one refresh (db-scheduler, through the jobs module), and the nightly
 * refresh is a recurring job that runs on one node of the cluster.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class ForecastRefresher implements DisposableBean {

  static final String REFRESH = "forecast-refresh";
  static final String NIGHTLY = "forecast-nightly";

  /** Events come in bursts (a booking records an event and changes the schedule): wait a moment. */
  private static final Duration SETTLE = Duration.ofMillis(300);

  private final CoalescedJobs jobs;
  private final ForecastSettings settings;

  /**
   * Requests leave the thread that made them: an after-commit listener still holds its
   * transaction's connection, and asking the pool for a second one from every committing booking at
   * once starves it (fifty bookings racing for a ten-connection pool wait on each other). One
   * thread, and a burst on this node folded into one request before it reaches the database.
   */
  private final ExecutorService handoff =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread thread = new Thread(work, "forecast-request");
            thread.setDaemon(true);
            return thread;
          });

  private final AtomicBoolean pending = new AtomicBoolean();

  @Bean
  CustomTask<Void> forecastRefreshTask(ObjectProvider<Forecasts> forecasts) {
    return jobs.task(REFRESH, SETTLE, () -> forecasts.getObject().refresh());
  }

  @Bean
  RecurringTask<Void> forecastNightlyTask(ZoneId zone) {
    return Tasks.recurring(NIGHTLY, Schedules.daily(zone, settings.nightlyAt()))
        .execute((instance, context) -> request());
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    request();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(CaseEventRecorded event) {
    request();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ScheduleChanged event) {
    request();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(ShipmentChanged event) {
    request();
  }

  /** Asks the cluster for a refresh soon; merged with one already asked for. */
  void request() {
    if (settings.background() && pending.compareAndSet(false, true)) {
      handoff.execute(
          () -> {
            pending.set(false);
            jobs.request(REFRESH);
          });
    }
  }

  @Override
  public void destroy() {
    handoff.shutdown();
  }
}
