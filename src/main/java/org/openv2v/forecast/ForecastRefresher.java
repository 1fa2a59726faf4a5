package org.openv2v.forecast;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openv2v.cases.CaseEventRecorded;
import org.openv2v.logistics.ShipmentChanged;
import org.openv2v.scheduling.ScheduleChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the stored forecasts fresh: after anything that moves the queue commits (a case event, a
 * booking or capacity change, a shipment or logger upload), at start, and nightly. Requests that
 * come while one is pending are merged into it; refreshes run one at a time on one thread. All the
 * background work of the forecast is here, so that it can move to persistent cluster jobs whole.
 */
@Component
class ForecastRefresher {

  private static final Logger log = LoggerFactory.getLogger(ForecastRefresher.class);

  /** Events come in bursts (a booking records an event and changes the schedule): wait a moment. */
  private static final long SETTLE_MILLIS = 300;

  private final Forecasts forecasts;
  private final ForecastSettings settings;
  private final Clock clock;
  private final ZoneId zone;
  private final AtomicBoolean pending = new AtomicBoolean();
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "forecast-refresh");
            thread.setDaemon(true);
            return thread;
          });

  ForecastRefresher(
      Forecasts forecasts,
      ForecastSettings settings,
      Clock clock,
      @Value("${openv2v.zone:Asia/Seoul}") ZoneId zone) {
    this.forecasts = forecasts;
    this.settings = settings;
    this.clock = clock;
    this.zone = zone;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    if (settings.background()) {
      request();
      scheduleNightly();
    }
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

  /** Asks for a refresh soon; merged with one already asked for and not yet started. */
  void request() {
    if (settings.background() && pending.compareAndSet(false, true)) {
      worker.schedule(this::refresh, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  private void refresh() {
    pending.set(false);
    try {
      forecasts.refresh();
    } catch (RuntimeException e) {
      // The stored forecasts stay as they were; the next change or the night tries again.
      log.warn("Forecast refresh failed: {}", e.toString());
    }
  }

  private void scheduleNightly() {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
    ZonedDateTime next = now.with(settings.nightlyAt());
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    worker.schedule(
        () -> {
          refresh();
          scheduleNightly();
        },
        Duration.between(now, next).toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
