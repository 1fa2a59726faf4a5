package org.openv2v.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction that PostgreSQL gives up on for a serialization failure runs again and succeeds; a
 * deadlock's victim is retried the same way; a client's mistake is not retried.
 */
@IntegrationTest
class ConflictRetryTests {

  @Autowired ConflictRetry retry;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void a_serialization_failure_is_retried_until_the_transaction_commits() throws Exception {
    jdbc.sql(
            "create table if not exists public.conflict_probe (id int primary key, n int not null)")
        .update();
    jdbc.sql("delete from public.conflict_probe").update();
    jdbc.sql("insert into public.conflict_probe values (1, 0), (2, 0)").update();
    TransactionTemplate serializable = new TransactionTemplate(transactions);
    serializable.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE);
    AtomicInteger attempts = new AtomicInteger();

    Integer seen =
        retry.run(
            () ->
                serializable.execute(
                    status -> {
                      int sum =
                          jdbc.sql("select sum(n) from public.conflict_probe")
                              .query(Integer.class)
                              .single();
                      if (attempts.incrementAndGet() == 1) {
                        // Another node's transaction reads and writes the same rows and commits
                        // first: this one can no longer be serialized after it.
                        otherTransactionWrites();
                      }
                      jdbc.sql("update public.conflict_probe set n = n + 1 where id = 1").update();
                      return sum;
                    }));

    assertThat(attempts).hasValue(2);
    assertThat(seen).as("the retry read the other transaction's write").isEqualTo(1);
    assertThat(jdbc.sql("select sum(n) from public.conflict_probe").query(Integer.class).single())
        .isEqualTo(2);
  }

  @Test
  void postgresql_deadlocks_and_serialization_failures_are_conflicts_to_retry() {
    SQLErrorCodeSQLExceptionTranslator translator =
        new SQLErrorCodeSQLExceptionTranslator(dataSource);
    for (String state : new String[] {"40001", "40P01"}) {
      assertThat(translator.translate("test", "select 1", new SQLException("conflict", state)))
          .isInstanceOf(ConcurrencyFailureException.class);
    }
  }

  @Test
  void a_client_mistake_runs_once() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(
            () ->
                retry.run(
                    () -> {
                      attempts.incrementAndGet();
                      throw new DuplicateKeyException("the same id twice");
                    }))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(attempts).hasValue(1);
  }

  private void otherTransactionWrites() {
    // A connection of its own, outside the transaction bound to this thread.
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      other.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
      other.createStatement().execute("select sum(n) from public.conflict_probe");
      other.createStatement().execute("update public.conflict_probe set n = n + 1 where id = 2");
      other.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
