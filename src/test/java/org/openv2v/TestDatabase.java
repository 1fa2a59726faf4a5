package org.openv2v;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * One fresh database per test run: on the PostgreSQL server at 127.0.0.1:5432 when one listens (CI
 * and our machines: trust auth, database {@code test}), else on an embedded PostgreSQL. A database
 * of its own keeps parallel runs and earlier runs' data out of each other's way.
 */
public final class TestDatabase {

  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  private static String url;

  private TestDatabase() {}

  public static synchronized String url() {
    if (url == null) {
      url = serverListens() ? freshDatabaseOnServer() : embedded();
    }
    return url;
  }

  /**
   * Another fresh database, for tests that start application nodes of their own: the suite's cached
   * contexts run background jobs on the first database, and a node of the suite would take the jobs
   * a two-node test means for its own two nodes.
   */
  public static synchronized String another() {
    return serverListens() ? freshDatabaseOnServer() : embedded();
  }

  private static boolean serverListens() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String freshDatabaseOnServer() {
    String name = "openv2v_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(SERVER + "test", "create database " + name);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () ->
                    execute(SERVER + "test", "drop database if exists " + name + " with (force)")));
    return SERVER + name + "?user=postgres";
  }

  private static void execute(String database, String sql) {
    try (Connection connection = DriverManager.getConnection(database, "postgres", "")) {
      connection.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run '" + sql + "' on " + database, e);
    }
  }

  private static String embedded() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      postgres.close();
                    } catch (IOException ignored) {
                      // The JVM is exiting; the temporary data directory goes with it.
                    }
                  }));
      return postgres.getJdbcUrl("postgres", "postgres");
    } catch (IOException e) {
      throw new IllegalStateException("Could not start embedded PostgreSQL for the tests", e);
    }
  }
}
