package org.openv2v.forecast;

import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.ZoneId;
import org.openv2v.cases.CaseEventRecorded;
import org.openv2v.jobs.CoalescedJobs;
import org.openv2v.logistics.ShipmentChanged;
import org.openv2v.scheduling.ScheduleChanged;
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
class ForecastRefresher {

  static final String REFRESH = "forecast-refresh";
  static final String NIGHTLY = "forecast-nightly";

  /** Events come in bursts (a booking records an event and changes the schedule): wait a moment. */
  private static final Duration SETTLE = Duration.ofMillis(300);

  private final CoalescedJobs jobs;
  private final ForecastSettings settings;

  ForecastRefresher(CoalescedJobs jobs, ForecastSettings settings) {
    this.jobs = jobs;
    this.settings = settings;
  }

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
    if (settings.background()) {
      jobs.request(REFRESH);
    }
  }
}
