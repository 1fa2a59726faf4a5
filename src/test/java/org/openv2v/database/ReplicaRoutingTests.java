package org.openv2v.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openv2v.TestDatabase;
import org.openv2v.cluster.StandInReplica;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Which database a connection comes from, with and without a replica, in and out of work. */
class ReplicaRoutingTests {

  private final DataSource primary =
      new DriverManagerDataSource(TestDatabase.url(), "postgres", "");
  private final DataSource standIn =
      new DriverManagerDataSource(StandInReplica.create(), "postgres", "");

  @Test
  void work_passed_to_the_replica_reads_there_and_all_else_reads_the_primary() {
    ReadReplica replica = new ReadReplica(Optional.of(standIn));
    JdbcClient jdbc = JdbcClient.create(new ReplicaRouting(primary, standIn));
    String primaryName = database(JdbcClient.create(primary));
    String replicaName = database(JdbcClient.create(standIn));

    assertThat(database(jdbc)).isEqualTo(primaryName);
    assertThat(replica.read(() -> database(jdbc))).isEqualTo(replicaName);
    assertThat(database(jdbc)).as("the replica is only for the work passed").isEqualTo(primaryName);
    assertThat(replica.replicaInRecovery())
        .as("a stand-in is no streaming replica")
        .contains(false);
  }

  @Test
  void work_inside_a_transaction_open_on_the_primary_stays_there() {
    ReplicaRouting routing = new ReplicaRouting(primary, standIn);
    ReadReplica replica = new ReadReplica(Optional.of(standIn));
    JdbcClient jdbc = JdbcClient.create(routing);
    TransactionTemplate transaction =
        new TransactionTemplate(new DataSourceTransactionManager(routing));

    String inside = transaction.execute(status -> replica.read(() -> database(jdbc)));

    assertThat(inside).isEqualTo(database(JdbcClient.create(primary)));
  }

  @Test
  void without_a_replica_everything_reads_the_primary() {
    JdbcClient jdbc = JdbcClient.create(primary);
    assertThat(ReadReplica.none().read(() -> database(jdbc)))
        .isEqualTo(database(JdbcClient.create(primary)));
    assertThat(ReadReplica.none().configured()).isFalse();
  }

  private static String database(JdbcClient jdbc) {
    return jdbc.sql("select current_database()").query(String.class).single();
  }
}
