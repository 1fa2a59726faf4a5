package org.openv2v.database;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a whole transaction again when the database gave it up for a serialization failure (SQLState
 * 40001) or as a deadlock's victim (40P01): PostgreSQL rolled all of it back, so running it again
 * is safe when the work is one transaction whose only effects are in the database. Spring
 * translates both into {@link ConcurrencyFailureException}s; nothing else is retried (a refusal, a
 * duplicate key, a client's mistake). A Postgres-compatible distributed SQL database (serializable
 * by default) answers 40001 far more often than PostgreSQL at READ COMMITTED, so callers that write
 * put their transaction inside this. Spring Framework's core retry (RetryTemplate), with growing,
 * jittered pauses.
 */
@Component
public class ConflictRetry {

  static final int MAX_RETRIES = 4;

  private final RetryTemplate template;

  ConflictRetry(MeterRegistry meters) {
    template =
        new RetryTemplate(
            RetryPolicy.builder()
                .includes(ConcurrencyFailureException.class)
                .maxRetries(MAX_RETRIES)
                .delay(Duration.ofMillis(20))
                .jitter(Duration.ofMillis(10))
                .multiplier(2)
                .maxDelay(Duration.ofMillis(400))
                .build());
    template.setRetryListener(
        new RetryListener() {
          @Override
          public void beforeRetry(RetryPolicy policy, Retryable<?> retryable) {
            meters.counter("openv2v.database.conflict.retries").increment();
          }
        });
  }

  /**
   * The work's answer, after running it up to {@value #MAX_RETRIES} more times on conflicts. Inside
   * a transaction already open, the work runs once: only the outermost caller can retry a whole
   * transaction.
   */
  public <T> T run(Supplier<T> work) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return work.get();
    }
    return template.invoke(work);
  }
}
