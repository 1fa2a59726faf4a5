package org.openv2v.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's one DataSource when a replica is set: a connection asked for inside {@link
 * ReadReplica#read} comes from the replica, any other from the primary. Flyway, the scheduler and
 * every write therefore stay on the primary without knowing about the replica.
 */
final class ReplicaRouting extends DelegatingDataSource {

  private final DataSource replica;

  ReplicaRouting(DataSource primary, DataSource replica) {
    super(primary);
    this.replica = replica;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return ReadReplica.routedHere() ? replica.getConnection() : super.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return ReadReplica.routedHere()
        ? replica.getConnection(username, password)
        : super.getConnection(username, password);
  }
}
